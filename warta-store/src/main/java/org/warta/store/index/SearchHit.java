package org.warta.store.index;

/** One article found by a full-text search, with what a result list shows. */
public record SearchHit(String id, String key, String title, String site, String published, String language,
                        String lead, float score) {
}
