package org.warta.store.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Cluster names (article keys) as 64-bit codes, so that story clusters hold a long per article and not a string: a
 * key of 16 lower-case hex digits (a content hash, as every key the store gives) is its own value; any other key is
 * numbered in a reserved range of 2^32 codes, and so is the rare hex key whose value falls in that range, so every
 * key has one code and every code one key.
 */
final class ClusterCodes {
    private static final long RESERVED = Long.MIN_VALUE;
    private static final HexFormat HEX = HexFormat.of();
    private final Map<String, Long> others = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    long code(String key) {
        long hex = hex(key);
        if (hex != RESERVED && !reserved(hex)) {
            return hex;
        }
        Long code = others.get(key);
        if (code == null) {
            code = RESERVED + names.size();
            others.put(key, code);
            names.add(key);
        }
        return code;
    }

    String name(long code) {
        return reserved(code) ? names.get((int) (code - RESERVED)) : HEX.toHexDigits(code);
    }

    private static boolean reserved(long code) {
        return code - RESERVED >= 0 && code - RESERVED < (1L << 32);
    }

    /** The key's value when it is 16 lower-case hex digits, else {@link #RESERVED} (itself in the reserved range). */
    private static long hex(String key) {
        if (key.length() != 16) {
            return RESERVED;
        }
        long v = 0;
        for (int i = 0; i < 16; i++) {
            char c = key.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) {
                return RESERVED;
            }
            v = v << 4 | d;
        }
        return v;
    }
}
