package org.warta.eval.content;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One page's shingle match, with tp, fp and fn divided by their sum so that long pages weigh no more than short
 * ones (as the article-extraction benchmark does).
 */
public record PageScore(String id, double tp, double fp, double fn) {

    /** Compares the shingle multisets of the gold body and the extracted body. */
    public static PageScore of(String id, String gold, String extracted) {
        Map<String, Integer> want = Shingles.counts(gold);
        Map<String, Integer> got = Shingles.counts(extracted);
        Set<String> keys = new HashSet<>(want.keySet());
        keys.addAll(got.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (String key : keys) {
            int w = want.getOrDefault(key, 0);
            int g = got.getOrDefault(key, 0);
            tp += Math.min(w, g);
            fp += Math.max(0, g - w);
            fn += Math.max(0, w - g);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new PageScore(id, 0, 0, 0) : new PageScore(id, tp / sum, fp / sum, fn / sum);
    }

    /** 1 when nothing is extra nor missing, 0 when nothing matched and something was extracted. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
