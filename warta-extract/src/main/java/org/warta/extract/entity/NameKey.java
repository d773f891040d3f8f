package org.warta.extract.entity;

import java.util.List;
import java.util.Locale;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;

/** How names are compared: as token sequences, case-folded except for acronyms, which must match exactly. */
final class NameKey {
    private NameKey() {
    }

    /**
     * The words of a dictionary name, tokenized as the text is. A name of letters, digits and single spaces (most of
     * them) is split at its spaces, which is what the tokenizer does with it; the dictionaries load at start-up,
     * where the tokenizer's general path and a stream per name cost the entity stage tens of milliseconds.
     */
    static List<String> words(String name) {
        if (plain(name)) {
            return List.of(name.split(" "));
        }
        List<Token> tokens = Tokenizer.standard().tokenize(name, 0, name.length());
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return List.of(words);
    }

    /** True when {@code name} is words of BMP letters and digits, one space between two: no spacing to undo. */
    static boolean plain(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c == ' ' ? name.charAt(i - 1) == ' ' : Character.isSurrogate(c) || !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for {@code PBB}, {@code NATO}, {@code U.N.}: no lower-case letter and at most eight letters; and for a
     * short one with lower-case letters inside, of letters only ({@code LeT}, {@code DoD}, {@code BiH}), which in
     * any other case is a common word ({@code Let's}, {@code dod}).
     */
    static boolean isAcronym(String name) {
        int letters = 0;
        int lower = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                lower++;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        if (lower == 0) {
            return letters >= 2 && letters <= 8;
        }
        return letters == name.length() && letters <= 4 && letters - lower >= 2;
    }

    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** A token's text folded as {@link #fold(String)} does, from the token's lower case. */
    static String fold(Token token) {
        return token.lower().replace('\u2019', '\'');
    }

    static List<String> folded(List<String> words) {
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(words.get(i));
        }
        return List.of(out);
    }

    static String join(List<String> words, boolean exact) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(exact ? w : fold(w));
        }
        return b.toString();
    }

    static String join(List<Token> tokens, int from, int to, boolean exact) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(exact ? tokens.get(i).text() : fold(tokens.get(i)));
        }
        return b.toString();
    }
}
