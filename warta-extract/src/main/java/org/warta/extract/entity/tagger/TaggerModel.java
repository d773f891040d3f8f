package org.warta.extract.entity.tagger;

import java.util.HashMap;
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
    /** Whether {@link #decode(String[], int[])} may sum each word's weights once: see {@link WeightTable#sumsExactly}. */
    private final boolean summable;
    private final WordScores edge;
    /**
     * The weights of the small-valued context keys ({@link Features#smallContext}), place by place, {@code COUNT} per
     * place: read by index, where their keys would each be hashed and probed for every token.
     */
    private final float[] small;
    /** Each thread's words met lately; a thread's own, so no locking, and emptied when full. */
    private final ThreadLocal<Map<String, WordScores>> known = ThreadLocal.withInitial(HashMap::new);
    private static final int KNOWN_WORDS = 1 << 14;

    TaggerModel(Map<Integer, double[]> features, double[] start, double[] transition) {
        this(keys(features), weightBits(features), start, transition);
    }

    /** A model of {@code keys.length} features: feature {@code i}'s weights are {@code weights[i * COUNT ..]}. */
    TaggerModel(int[] keys, int[] weights, double[] start, double[] transition) {
        this.weights = WeightTable.of(keys, weights);
        this.start = start.clone();
        this.transition = transition.clone();
        this.summable = this.weights.sumsExactly(Features.MAX_PER_TOKEN);
        this.edge = WordScores.edge(this.weights);
        this.small = smallTable(this.weights);
    }

    private static float[] smallTable(WeightTable weights) {
        double[] sums = new double[Features.SMALL_PLACES * BioLabel.COUNT];
        for (int place = 0; place < Features.SMALL_PLACES; place++) {
            weights.addTo(Features.smallKey(place), sums, place * BioLabel.COUNT);
        }
        float[] out = new float[sums.length];
        for (int i = 0; i < sums.length; i++) {
            out[i] = (float) sums[i]; // one weight or none: a float already
        }
        return out;
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

    /**
     * The best labels, as {@link BioLabel} ordinals, for a sentence's words and their {@link Clue} bits: the same as
     * {@code decode(Features.of(words, clues))}, but each word's own and neighbour weights are summed once per thread
     * ({@link WordScores}) where the sums are exact, so that the order of adding does not change a bit.
     */
    int[] decode(String[] words, int[] clues) {
        return Viterbi.decode(emission(words, clues), words.length, start, transition);
    }

    /** Each word's score for each label, {@code [i * COUNT + label]}: the weights of its features summed. */
    double[] emission(String[] words, int[] clues) {
        if (!summable) {
            return emission(Features.of(words, clues));
        }
        Map<String, WordScores> met = known.get();
        if (met.size() >= KNOWN_WORDS) {
            met.clear();
        }
        int n = words.length;
        int c = BioLabel.COUNT;
        WordScores[] scores = new WordScores[n];
        int[] lower = new int[n];
        int[] caps = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = met.computeIfAbsent(words[i], w -> WordScores.of(w, weights));
            lower[i] = scores[i].lower();
            caps[i] = scores[i].caps();
        }
        Features.Runs runs = Features.Runs.of(caps);
        double[] emission = new double[n * c];
        int[] keys = new int[Features.MAX_WORD_CONTEXT];
        int[] places = new int[Features.MAX_SMALL];
        for (int i = 0; i < n; i++) {
            int at = i * c;
            add(scores[i].scores(), WordScores.OWN, emission, at);
            for (int side : Features.SIDES) {
                int j = i + side;
                add((j >= 0 && j < n ? scores[j] : edge).scores(), WordScores.at(side), emission, at);
            }
            int k = Features.wordContextKeys(lower, caps, runs, i, keys, 0);
            for (int f = 0; f < k; f++) {
                weights.addTo(keys[f], emission, at);
            }
            int m = Features.smallContext(caps, runs, clues, i, places, 0);
            for (int f = 0; f < m; f++) {
                int from = places[f] * c;
                for (int y = 0; y < c; y++) {
                    emission[at + y] += small[from + y];
                }
            }
        }
        return emission;
    }

    private static void add(double[] from, int at, double[] to, int into) {
        for (int y = 0; y < BioLabel.COUNT; y++) {
            to[into + y] += from[at + y];
        }
    }

    /** The best labels, as {@link BioLabel} ordinals, for a sentence's features. */
    int[] decode(Features.Rows rows) {
        return Viterbi.decode(emission(rows), rows.size(), start, transition);
    }

    double[] emission(Features.Rows rows) {
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
        return emission;
    }
}
