package org.warta.eval.content;

import java.util.List;
import java.util.Locale;

/**
 * Scores over pages: precision and recall are the means of the pages' values, F1 is the harmonic mean of those
 * two means (the article-extraction benchmark's definition).
 */
public record ContentScores(List<PageScore> pages) {
    public ContentScores {
        pages = List.copyOf(pages);
    }

    public double precision() {
        return pages.stream().mapToDouble(PageScore::precision).average().orElse(0);
    }

    public double recall() {
        return pages.stream().mapToDouble(PageScore::recall).average().orElse(0);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** {@code P 0.950  R 0.960  F1 0.955  (91 pages)}. */
    public String summary() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d pages)", precision(), recall(), f1(),
                pages.size());
    }
}
