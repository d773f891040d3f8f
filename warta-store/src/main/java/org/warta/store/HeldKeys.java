package org.warta.store;

import java.util.HashSet;
import java.util.Set;

/**
 * The keys of the articles the database holds, in memory, so that a batch's duplicates are found without a query:
 * DuckDB answered {@code key IN (...)} by scanning every stored key (the articles table has no index on the key: it
 * cost a third of the write time), 9 ms per batch of 1,000 at 100,000 articles and 18 ms at a million. A key of 16
 * lower-case hex digits (a content hash, as every key the store gives) is kept as its 64-bit value in an
 * open-addressing table, 8 to 16 bytes per article; any other key as a string. The store fills it from the database
 * on its first write and adds a batch's keys only once the batch is committed, so it holds the committed keys.
 */
final class HeldKeys {
    /** Slots hold values; 0 marks an empty slot, and the value 0 itself is {@link #hasZero}. */
    private long[] slots = new long[1024];
    private int count;
    private boolean hasZero;
    private final Set<String> others = new HashSet<>();

    boolean contains(String key) {
        if (!isHex(key)) {
            return others.contains(key);
        }
        long v = hex(key);
        if (v == 0) {
            return hasZero;
        }
        int mask = slots.length - 1;
        for (int i = index(v, mask); ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == v) {
                return true;
            }
            if (s == 0) {
                return false;
            }
        }
    }

    void add(String key) {
        if (!isHex(key)) {
            others.add(key);
            return;
        }
        long v = hex(key);
        if (v == 0) {
            hasZero = true;
            return;
        }
        if (count + 1 > slots.length / 2) {
            long[] old = slots;
            slots = new long[old.length * 2];
            count = 0;
            for (long s : old) {
                if (s != 0) {
                    put(s);
                }
            }
        }
        put(v);
    }

    /** The number of keys held. */
    int size() {
        return count + (hasZero ? 1 : 0) + others.size();
    }

    private void put(long v) {
        int mask = slots.length - 1;
        for (int i = index(v, mask); ; i = (i + 1) & mask) {
            if (slots[i] == v) {
                return;
            }
            if (slots[i] == 0) {
                slots[i] = v;
                count++;
                return;
            }
        }
    }

    private static int index(long v, int mask) {
        long h = v * 0x9e3779b97f4a7c15L;
        return (int) (h >>> 32) & mask;
    }

    private static boolean isHex(String key) {
        if (key.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static long hex(String key) {
        return Long.parseUnsignedLong(key, 16);
    }
}
