package org.warta.extract.quantity;

import java.util.List;

/**
 * Indonesian ordinals ({@code ke-4}, {@code keempat}, {@code kesepuluh}, {@code ke-00003}; KBBI "ke-" as an
 * ordinal prefix, Duckling's Indonesian ordinal corpus) read to their number. An ordinal ranks, it does not
 * count: the quantity finder leaves them out, and other stages may use this to read them.
 */
public final class Ordinals {
    private Ordinals() {
    }

    /** The rank {@code text} names, or null when it is no ordinal. */
    public static Integer value(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!s.startsWith("ke") || s.length() < 3) {
            return null;
        }
        String rest = s.substring(2);
        if (rest.startsWith("-")) {
            rest = rest.substring(1);
        }
        if (!rest.isEmpty() && rest.chars().allMatch(Character::isDigit)) {
            return rest.length() > 9 ? null : Integer.valueOf(rest);
        }
        if (rest.equals("satu")) {
            return null; // "kesatu" is rare; "pertama" is the word for first
        }
        List<Tok> toks = TokenLexer.lex(rest);
        NumberReader.Num n = new NumberReader(QuantityLexicon.standard()).read(toks, 0, false, false, false);
        if (n == null || n.next() != toks.size() || n.value() == null || n.value() != Math.floor(n.value())) {
            return null;
        }
        return n.value().intValue();
    }
}
