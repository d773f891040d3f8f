package org.warta.extract.claim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.warta.extract.claim.ClaimLexicon.ResponseWord;
import org.warta.extract.segment.Token;

/**
 * The response words of one article's sentences, each sentence read once: the claim loop asks of a sentence more
 * than once, and the status rules ask of every sentence again after it. Keyed by the sentence's token list itself
 * (a sentence's tokens never change). One per article; not shared.
 */
final class ArticleResponses {
    private final ClaimLexicon lex;
    private final Map<List<Token>, List<PhraseMatcher.Match<ResponseWord>>> read = new IdentityHashMap<>();

    ArticleResponses(ClaimLexicon lex) {
        this.lex = lex;
    }

    /** As {@link ClaimLexicon#responses}, read once per sentence. */
    List<PhraseMatcher.Match<ResponseWord>> of(List<Token> tokens) {
        return read.computeIfAbsent(tokens, lex::responses);
    }
}
