package org.warta.extract.quantity;

import java.util.List;

/** The value of a whole number phrase, in digits or words ({@code 3}, {@code tiga}, {@code twenty-one}). */
public final class SpelledNumbers {
    private SpelledNumbers() {
    }

    /** The number {@code phrase} says, or null when it is not exactly one number. */
    public static Double value(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        List<Tok> toks = TokenLexer.lex(phrase);
        NumberReader.Num n = new NumberReader(QuantityLexicon.standard()).read(toks, 0, false, false, false);
        return n == null || n.next() != toks.size() ? null : n.value();
    }
}
