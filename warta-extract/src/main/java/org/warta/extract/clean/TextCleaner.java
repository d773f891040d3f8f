package org.warta.extract.clean;

import org.warta.extract.Outcome;

/** Plain-text scrape -> {@link CleanArticle}. */
public final class TextCleaner {
    public Outcome<CleanArticle> clean(String raw, String url) {
        return Outcome.of(new CleanArticle(null, raw.strip(), null, null, null, null, null));
    }
}
