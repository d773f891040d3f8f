package org.warta.extract.entity;

import java.util.List;
import org.warta.extract.segment.Token;

/**
 * The actor dictionary's longest match at each token of one sentence, looked up once per token however often the
 * name rules and the tagger's clues ask: the same answers as {@link ActorDictionary#longestAt}, one tree walk each.
 * One per sentence and thread; not shared.
 */
final class DictionaryHits {
    private final ActorDictionary dictionary;
    private final List<Token> tokens;
    private final ActorDictionary.Match[] hits;
    private final boolean[] known;

    DictionaryHits(ActorDictionary dictionary, List<Token> tokens) {
        this.dictionary = dictionary;
        this.tokens = tokens;
        this.hits = new ActorDictionary.Match[tokens.size()];
        this.known = new boolean[tokens.size()];
    }

    /** The longest dictionary name or state-body pattern starting at token {@code at}, or null. */
    ActorDictionary.Match at(int at) {
        if (!known[at]) {
            hits[at] = dictionary.longestAt(tokens, at);
            known[at] = true;
        }
        return hits[at];
    }
}
