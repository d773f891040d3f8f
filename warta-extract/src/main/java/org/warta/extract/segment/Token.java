package org.warta.extract.segment;

import java.util.Locale;

/**
 * A word, number or punctuation mark; offsets are UTF-16 indexes into the document's text. {@code lower} is the
 * text lower-cased with {@link Locale#ROOT}, computed once here because every stage's word lists look tokens up
 * in lower case.
 */
public record Token(int start, int end, String text, String lower) {
    public Token(int start, int end, String text) {
        this(start, end, text, text.toLowerCase(Locale.ROOT));
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isNumeric() {
        return Character.isDigit(text.codePointAt(0));
    }
}
