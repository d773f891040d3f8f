package org.warta.store.index;

import java.time.LocalDate;

/**
 * A full-text search: Lucene query syntax in {@code q} (words, "phrases", AND/OR, -not), or null for every
 * article; the other fields filter and may be null.
 */
public record SearchQuery(String q, String language, String site, LocalDate from, LocalDate to) {
    public static SearchQuery text(String q) {
        return new SearchQuery(q, null, null, null, null);
    }
}
