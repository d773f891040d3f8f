package org.warta.extract.entity.tagger;

import java.util.stream.IntStream;

/**
 * The best label sequence under a first-order model: per-token label scores plus a score for each pair of
 * neighbouring labels and for the first label; sequences where an inside label follows another type are never
 * chosen.
 */
final class Viterbi {
    private static final double NEVER = Double.NEGATIVE_INFINITY;
    private static final int[][] PREVIOUS = previous();

    private Viterbi() {
    }

    /** {@code PREVIOUS[y]}: the labels {@code y} may follow, in ascending order (ties go to the first). */
    private static int[][] previous() {
        int c = BioLabel.COUNT;
        int[][] out = new int[c][];
        for (int y = 0; y < c; y++) {
            int y0 = y;
            out[y] = IntStream.range(0, c)
                    .filter(p -> BioLabel.ALL[y0].mayFollow(BioLabel.ALL[p])).toArray();
        }
        return out;
    }

    /**
     * @param emission    {@code emission[i * COUNT + label]}: token {@code i}'s score for {@code label}
     * @param start       score of each label at the start
     * @param transition  {@code transition[previous * COUNT + label]}
     */
    static int[] decode(double[] emission, int n, double[] start, double[] transition) {
        int c = BioLabel.COUNT;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        double[] score = new double[n * c];
        int[] back = new int[n * c];
        for (int y = 0; y < c; y++) {
            score[y] = BioLabel.ALL[y].mayFollow(null) ? start[y] + emission[y] : NEVER;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < c; y++) {
                double best = NEVER;
                int arg = 0;
                for (int p : PREVIOUS[y]) {
                    double s = score[(i - 1) * c + p] + transition[p * c + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * c + y] = best + emission[i * c + y];
                back[i * c + y] = arg;
            }
        }
        int y = 0;
        for (int k = 1; k < c; k++) {
            if (score[(n - 1) * c + k] > score[(n - 1) * c + y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = back[i * c + y];
        }
        return out;
    }
}
