package org.warta.eval.ner;

import java.util.List;

/**
 * A sentence of a BIO-tagged corpus: its tokens and the gold names as token ranges.
 *
 * @param names gold names, end exclusive, typed with Warta's entity types
 */
public record BioSentence(List<String> tokens, List<TypedRange> names) {
    public BioSentence {
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
    }

    /** Tokens {@code from} to {@code to} (exclusive), typed {@code PERSON}, {@code LOCATION} or {@code ORGANIZATION}. */
    public record TypedRange(int from, int to, String type) {
    }
}
