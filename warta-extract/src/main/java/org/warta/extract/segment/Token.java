package org.warta.extract.segment;

import java.util.List;
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

    // The three tests below answer ASCII without the Unicode tables (a third of the calls' time in the text
    // pass's profile), with the same answers.
    public boolean isWord() {
        char c = text.charAt(0);
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalized() {
        char c = text.charAt(0);
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(text.codePointAt(0));
    }

    /** The index in {@code tokens} of the first token that starts at or after offset {@code offset}. */
    public static int indexAt(List<Token> tokens, int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    /** True for the English {@code 's} the tokenizer splits off a word ({@code Russia 's}), straight or curly. */
    public boolean isPossessive() {
        return text.length() == 2 && (lower.equals("'s") || lower.equals("\u2019s"));
    }

    /** True for a double quotation mark, straight or curly ({@code "}, {@code “}, {@code ”}). */
    public boolean isDoubleQuote() {
        return text.length() == 1 && (text.charAt(0) == '"' || text.charAt(0) == '\u201C' || text.charAt(0) == '\u201D');
    }

    public boolean isNumeric() {
        char c = text.charAt(0);
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(text.codePointAt(0));
    }
}
