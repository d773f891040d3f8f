package org.warta.extract.segment;

import java.util.List;
import org.warta.model.Span;

/**
 * One sentence: its offsets into the document's text (UTF-16 indexes, end exclusive), its tokens, and the
 * number of the paragraph it sits in (from 0).
 */
public record Sentence(int start, int end, List<Token> tokens, int paragraph) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Span span(String text) {
        return new Span(start, end, text.substring(start, end));
    }

    public String text(String documentText) {
        return documentText.substring(start, end);
    }
}
