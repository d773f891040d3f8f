package org.warta.extract.entity.tagger;

import java.util.Map;
import java.util.TreeMap;

/**
 * The weights of a trained tagger: one weight per feature key and label ({@link WeightTable}), a weight per
 * pair of neighbouring labels and per first label. Immutable once built, so threads share it. {@link ModelFile}
 * reads and writes it.
 */
final class TaggerModel {
    private final WeightTable weights;
    private final double[] start;
    private final double[] transition;

    TaggerModel(Map<Integer, double[]> features, double[] start, double[] transition) {
        this(keys(features), weightBits(features), start, transition);
    }

    /** A model of {@code keys.length} features: feature {@code i}'s weights are {@code weights[i * COUNT ..]}. */
    TaggerModel(int[] keys, int[] weights, double[] start, double[] transition) {
        this.weights = WeightTable.of(keys, weights);
        this.start = start.clone();
        this.transition = transition.clone();
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
                weights.addTo(k[f], emission, i * c);
            }
        }
        return Viterbi.decode(emission, n, start, transition);
    }
}
