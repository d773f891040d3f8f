package org.warta.eval;

import java.util.Locale;

/** Precision, recall and F1 from true positives, false positives and false negatives. */
public record Scores(String label, long tp, long fp, long fn) {
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Scores plus(Scores other) {
        return new Scores(label, tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** One table row: label, P, R, F1, then the counts. */
    public String row() {
        return String.format(Locale.ROOT, "%-16s P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)", label,
                precision(), recall(), f1(), tp, fp, fn);
    }
}
