package org.warta.extract.entity.tagger;

import java.util.Map;
import java.util.TreeMap;

/**
 * The weights of a trained tagger: one weight per feature key and label in an open-addressing table, a weight per
 * pair of neighbouring labels and per first label. Immutable once built, so threads share it. {@link ModelFile}
 * reads and writes it.
 */
final class TaggerModel {
    private static final int STRIDE = 8; // a slot: the key, then the seven weights as float bits; one cache line
    private final int[] table;
    private final int mask;
    private final double[] start;
    private final double[] transition;

    TaggerModel(Map<Integer, double[]> features, double[] start, double[] transition) {
        this(keys(features), weightBits(features), start, transition);
    }

    /** A model of {@code keys.length} features: feature {@code i}'s weights are {@code weights[i * COUNT ..]}. */
    TaggerModel(int[] keys, int[] weights, double[] start, double[] transition) {
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 2));
        this.table = new int[capacity * STRIDE];
        this.mask = capacity - 1;
        this.start = start.clone();
        this.transition = transition.clone();
        for (int i = 0; i < keys.length; i++) {
            int slot = keys[i] & mask;
            while (table[slot * STRIDE] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot * STRIDE] = keys[i];
            System.arraycopy(weights, i * BioLabel.COUNT, table, slot * STRIDE + 1, BioLabel.COUNT);
        }
    }

    private static int[] keys(Map<Integer, double[]> features) {
        return new TreeMap<>(features).keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] weightBits(Map<Integer, double[]> features) {
        int[] out = new int[features.size() * BioLabel.COUNT];
        int i = 0;
        for (double[] w : new TreeMap<>(features).values()) {
            for (int y = 0; y < BioLabel.COUNT; y++) {
                out[i++] = Float.floatToRawIntBits((float) w[y]);
            }
        }
        return out;
    }

    /** The best labels, as {@link BioLabel} ordinals, for a sentence's features. */
    int[] decode(Features.Rows rows) {
        int n = rows.size();
        int c = BioLabel.COUNT;
        double[] emission = new double[n * c];
        int[] k = rows.keys();
        int[] offsets = rows.offsets();
        for (int i = 0; i < n; i++) {
            for (int f = offsets[i]; f < offsets[i + 1]; f++) {
                int key = k[f];
                int slot = key & mask;
                int found;
                while ((found = table[slot * STRIDE]) != 0 && found != key) {
                    slot = (slot + 1) & mask;
                }
                if (found != 0) {
                    int at = slot * STRIDE + 1;
                    for (int y = 0; y < c; y++) {
                        emission[i * c + y] += Float.intBitsToFloat(table[at + y]);
                    }
                }
            }
        }
        return Viterbi.decode(emission, n, start, transition);
    }
}
