package org.warta.extract.entity.tagger;

/**
 * The tagger's feature weights in memory: an open-addressing table of feature keys kept at most three-eighths
 * full, and beside it, slot for slot, each key's seven weights. A lookup probes the dense key array only (most
 * keys of a sentence are words the model never saw, and their probes stay within a cache line or two); the
 * weights are read only for a key that is there. In front of the table, a set of 2^20 bits (128 KB, small enough to
 * stay in cache), one for each value of a key's top 20 bits, says whether any key of the model has those bits: most
 * keys the model lacks are turned away there without probing the table. Immutable once built, shared by threads.
 */
final class WeightTable {
    private static final int SEEN_BITS = 20;
    private static final int STRIDE = 8; // the seven weights of a slot, padded to 32 bytes: one cache line at most
    private final int[] keys;
    private final float[] weights;
    private final int mask;
    private final long[] seen = new long[(1 << SEEN_BITS) / 64];
    private int lowestBit = Integer.MAX_VALUE; // the exponent of the lowest bit set in any weight
    private double largest; // the largest weight in size
    private boolean finite = true;

    private WeightTable(int capacity) {
        this.keys = new int[capacity];
        this.weights = new float[capacity * STRIDE];
        this.mask = capacity - 1;
    }

    /** A table of {@code keys} (never 0): key {@code i}'s {@link BioLabel#COUNT} weights are the float bits {@code bits[i * COUNT ..]}. */
    static WeightTable of(int[] keys, int[] bits) {
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 8 / 3)) * 2;
        WeightTable t = new WeightTable(capacity);
        for (int i = 0; i < keys.length; i++) {
            int slot = t.slotOf(keys[i]);
            t.keys[slot] = keys[i];
            int part = keys[i] >>> (32 - SEEN_BITS);
            t.seen[part >>> 6] |= 1L << part;
            for (int y = 0; y < BioLabel.COUNT; y++) {
                float w = Float.intBitsToFloat(bits[i * BioLabel.COUNT + y]);
                t.weights[slot * STRIDE + y] = w;
                t.note(w);
            }
        }
        return t;
    }

    private void note(float w) {
        if (!Float.isFinite(w)) {
            finite = false;
        } else if (w != 0) {
            int b = Float.floatToRawIntBits(w);
            int exponent = b >>> 23 & 0xFF;
            int mantissa = b & 0x7FFFFF;
            int lowest = exponent == 0 ? -149 + Integer.numberOfTrailingZeros(mantissa) // subnormal
                    : exponent - 150 + Integer.numberOfTrailingZeros(mantissa | 0x800000);
            lowestBit = Math.min(lowestBit, lowest);
            largest = Math.max(largest, Math.abs(w));
        }
    }

    /**
     * Whether adding up to {@code terms} of the weights, starting from 0, is exact in {@code double} whatever the
     * order, so that partial sums may be kept and joined later with the same result to the last bit: every partial
     * sum is a multiple of the lowest bit set in any weight and below {@code terms} times the largest weight, and is
     * exact while that span fits in a double's 53 bits. The shipped model's weights are 0.5 or more in size and
     * rounded to hundredths (lowest bit 2^-24, largest about 150), far inside.
     */
    boolean sumsExactly(int terms) {
        return finite && (lowestBit == Integer.MAX_VALUE || terms * largest < Math.scalb(1.0, 53 + lowestBit));
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slotOf(int key) {
        int slot = key & mask;
        int found;
        while ((found = keys[slot]) != 0 && found != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Adds {@code key}'s weights to {@code scores[at..at + COUNT)}; a key the table lacks adds nothing. */
    void addTo(int key, double[] scores, int at) {
        int part = key >>> (32 - SEEN_BITS); // the key's high bits; the table's slot comes from its low bits
        if ((seen[part >>> 6] & 1L << part) == 0) {
            return;
        }
        int slot = slotOf(key);
        if (keys[slot] != 0) {
            int from = slot * STRIDE;
            for (int y = 0; y < BioLabel.COUNT; y++) {
                scores[at + y] += weights[from + y];
            }
        }
    }
}
