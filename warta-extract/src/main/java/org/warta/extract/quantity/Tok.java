package org.warta.extract.quantity;

import java.util.Locale;

/**
 * A token as the quantity and date readers see it: a run of digits with its inner separators ({@code 2.300},
 * {@code 1,5}), a word with its inner hyphens and apostrophes ({@code kira-kira}, {@code anti-tank}), or one
 * other character. Offsets are UTF-16 indexes into the document's text.
 */
record Tok(int start, int end, String text, Kind kind, String lower) {
    enum Kind { NUMBER, WORD, MARK }

    static Tok of(int start, int end, String text, Kind kind) {
        return new Tok(start, end, text, kind, text.toLowerCase(Locale.ROOT));
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String mark) {
        return text.equals(mark);
    }

    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** True when a word, a hyphen and a number stand together from token {@code j}: a model's name ({@code AK-47}). */
    static boolean modelNameAt(java.util.List<Tok> toks, int j) {
        return j >= 0 && j + 2 < toks.size() && toks.get(j).isWord() && toks.get(j + 1).is("-")
                && toks.get(j).touches(toks.get(j + 1)) && toks.get(j + 2).isNumber()
                && toks.get(j + 1).touches(toks.get(j + 2));
    }

    /** True when nothing stands between this token and {@code next}. */
    boolean touches(Tok next) {
        return end == next.start;
    }
}
