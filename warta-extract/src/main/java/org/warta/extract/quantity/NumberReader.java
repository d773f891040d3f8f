package org.warta.extract.quantity;

import java.util.List;
import org.warta.extract.quantity.QuantityLexicon.NumberWord;
import org.warta.extract.quantity.QuantityLexicon.Vague;
import org.warta.extract.quantity.QuantityLexicon.WordKind;

/**
 * Reads one number at a token: digits with an optional scale ({@code 1,2 juta}, {@code 3.5 million},
 * {@code 10k}, {@code Rp 5 M}), number words composed as CLDR's spell-out rules build them
 * ({@code dua ratus lima puluh ribu}, {@code satu setengah}, {@code ninety-nine}, {@code half a million},
 * {@code a dozen}), or a vague amount with its scale ({@code puluhan ribu}, {@code tens of thousands}).
 */
final class NumberReader {
    /**
     * A number read from tokens {@code [first, next)}.
     *
     * @param scale    the scale written after it (1000 for {@code ribu}), 1 when none
     * @param digits   true when written with digits
     */
    record Num(int first, int next, Double value, Double min, Double max, double scale, boolean digits) {
        boolean vague() {
            return value == null;
        }
    }

    private final QuantityLexicon lex;

    NumberReader(QuantityLexicon lex) {
        this.lex = lex;
    }

    /**
     * The number at token {@code i}, or null.
     *
     * @param money         true when a currency is already known (allows a spaced suffix: {@code Rp 5 M})
     * @param indonesianMoney true for rupiah amounts or money in Indonesian text, where M is miliar
     */
    Num read(List<Tok> toks, int i, boolean money, boolean indonesianMoney, boolean allowVague) {
        if (i >= toks.size()) {
            return null;
        }
        Tok t = toks.get(i);
        double sign = 1;
        int j = i;
        NumberWord w = t.isWord() ? lex.numberWords.get(t.lower()) : null;
        if (w != null && w.kind() == WordKind.NEGATIVE && j + 1 < toks.size()) {
            sign = -1;
            j++;
        } else if (t.is("-") && j + 1 < toks.size() && toks.get(j + 1).isNumber()
                && (t.touches(toks.get(j + 1)) || i == 0) && (i == 0 || !toks.get(i - 1).touches(t))) {
            sign = -1;
            j++;
        }
        Num n = toks.get(j).isNumber() ? digits(toks, j, money, indonesianMoney) : words(toks, j);
        if (n == null && allowVague && sign > 0) {
            n = vague(toks, j);
        }
        if (n == null || sign > 0) {
            return n;
        }
        return new Num(i, n.next(), n.value() == null ? null : -n.value(), n.min(), n.max(), n.scale(), n.digits());
    }

    private Num digits(List<Tok> toks, int i, boolean money, boolean indonesianMoney) {
        Tok t = toks.get(i);
        int j = i + 1;
        Tok next = j < toks.size() ? toks.get(j) : null;
        NumberWord after = next != null && next.isWord() ? lex.numberWords.get(next.lower()) : null;
        boolean scaleFollows = after != null && (after.kind() == WordKind.SCALE || after.kind() == WordKind.SUFFIX)
                || next != null && lex.percent.at(toks, j) != null;
        Double v = DigitNumbers.parse(t.text(), scaleFollows);
        if (v == null) {
            return null;
        }
        if (next != null && next.is("-") && t.touches(next) && j + 1 < toks.size()
                && toks.get(j + 1).lower().equals("an") && v >= 10 && v == Math.floor(v)) {
            double step = 1;
            for (double x = v; x % 10 == 0 && x >= 10; x /= 10) {
                step *= 10;
            }
            return new Num(i, j + 2, null, v, v + step - 1, 1, true);
        }
        double scale = 1;
        if (after != null && after.kind() == WordKind.MUL && v < 100 && v == Math.floor(v)) {
            v *= after.value();
            j++;
            after = j < toks.size() && toks.get(j).isWord() ? lex.numberWords.get(toks.get(j).lower()) : null;
        }
        if (after != null && after.kind() == WordKind.SCALE) {
            scale = after.value();
            j++;
        } else if (after != null && after.kind() == WordKind.SUFFIX
                && (t.touches(next) || money || next.text().length() > 1)
                && !(j + 1 < toks.size() && toks.get(j + 1).is(".") && next.text().length() == 1
                        && !money && !t.touches(next))) {
            scale = indonesianMoney ? after.moneyValue() : after.value();
            j++;
        }
        return new Num(i, j, v * scale, null, null, scale, true);
    }

    /** Number words composed: digits times puluh/ratus, plus belas, times scales, halves. */
    private Num words(List<Tok> toks, int i) {
        WordSum sum = new WordSum();
        int j = i;
        int good = -1;
        while (j < toks.size() && toks.get(j).isWord()) {
            String[] parts = toks.get(j).lower().split("-");
            if (parts.length > 1 && !allNumberWords(parts)) {
                break;
            }
            boolean ok = true;
            for (String p : parts) {
                NumberWord w = lex.numberWords.get(p);
                NumberWord peek = j + 1 < toks.size() ? lex.numberWords.get(toks.get(j + 1).lower()) : null;
                if (w == null || !sum.add(w, peek)) {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                break;
            }
            if (sum.complete()) {
                good = j;
            }
            j++;
        }
        if (good < 0) {
            return null;
        }
        WordSum again = new WordSum();
        for (int k = i; k <= good; k++) {
            for (String p : toks.get(k).lower().split("-")) {
                NumberWord peek = k + 1 < toks.size() ? lex.numberWords.get(toks.get(k + 1).lower()) : null;
                again.add(lex.numberWords.get(p), peek);
            }
        }
        return new Num(i, good + 1, again.value(), null, null, again.lastScale(), false);
    }

    private boolean allNumberWords(String[] parts) {
        for (String p : parts) {
            if (!lex.numberWords.containsKey(p)) {
                return false;
            }
        }
        return true;
    }

    /** {@code puluhan}, {@code puluhan ribu}, {@code tens of thousands}, {@code beberapa juta}. */
    private Num vague(List<Tok> toks, int i) {
        QuantityLexicon.Match<Vague> m = lex.vague.at(toks, i);
        if (m == null) {
            return null;
        }
        int j = i + m.length();
        double min = m.value().min();
        double max = m.value().max();
        int k = j < toks.size() && toks.get(j).lower().equals("of") ? j + 1 : j;
        double scale = k < toks.size() ? scaleOf(toks.get(k).lower()) : 0;
        if (scale > 0) {
            return new Num(i, k + 1, null, min * scale, max * scale + (scale - 1), scale, false);
        }
        return new Num(i, j, null, min, max, 1, false);
    }

    private double scaleOf(String word) {
        NumberWord w = lex.numberWords.get(word);
        if (w == null && word.endsWith("s")) {
            w = lex.numberWords.get(word.substring(0, word.length() - 1));
        }
        return w != null && w.kind() == WordKind.SCALE ? w.value() : 0;
    }
}
