package org.warta.extract.segment;

/** A word, number or punctuation mark; offsets are UTF-16 indexes into the document's text. */
public record Token(int start, int end, String text) {
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
