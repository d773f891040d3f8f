package org.warta.store;

import java.util.List;

/** What one {@link Store#add} did: the ids of the articles it stored, and how many it already held. */
public record AddResult(List<String> added, int duplicates) {
    public AddResult {
        added = List.copyOf(added);
    }
}
