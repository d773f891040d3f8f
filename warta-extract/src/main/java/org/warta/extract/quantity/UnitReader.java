package org.warta.extract.quantity;

import java.util.List;
import org.warta.extract.quantity.QuantityLexicon.Match;

/**
 * The counted noun phrase after an amount, as written ({@code personel militer Armenia}, {@code tank dan
 * kendaraan lapis baja}), and its claim-object category from {@code quantity/categories.tsv}. The phrase stops at
 * punctuation, at a word of {@code quantity/unit-stops.tsv} (prepositions, verbs, relative words), at a verb by
 * its Indonesian prefix ({@code me-}, {@code ber-}, {@code di-}, {@code ter-}) or English ending ({@code -ed}),
 * at a number, and at a conjunction unless a lower-case noun follows it ({@code and the ...} opens another phrase).
 * A model's name of letters, a hyphen and digits is one word of it ({@code AK-47}).
 */
final class UnitReader {
    private static final int MAX_WORDS = 7;

    /** A unit from token {@code first} to {@code last} inclusive, with its category (null when none). */
    record Unit(int first, int last, String text, String category) {
    }

    private final QuantityLexicon lex;

    UnitReader(QuantityLexicon lex) {
        this.lex = lex;
    }

    /** The unit starting at token {@code i}, or null when no noun phrase follows. */
    Unit read(String text, List<Tok> toks, int i) {
        int j = i;
        if (j < toks.size() && toks.get(j).lower().equals("of")) {
            j++;
        }
        int first = j;
        int last = -1;
        int words = 0;
        while (j < toks.size() && words < MAX_WORDS) {
            Match<String> phrase = lex.categories.at(toks, j);
            if (phrase != null && sameLine(text, toks, j, j + phrase.length() - 1)) {
                last = j + phrase.length() - 1;
                words += phrase.length();
                j = last + 1;
                continue;
            }
            Tok t = toks.get(j);
            if (Tok.modelNameAt(toks, j)) {
                last = j + 2; // a model's name: 'two AK-47 rifles', 'F-16 jets'
                words++;
                j += 3;
                continue;
            }
            if (!t.isWord() || !sameLine(text, toks, j - 1, j)) {
                break;
            }
            if (lex.unitConjunctions.contains(t.lower())) {
                if (last < 0 || !continuesAfterConjunction(toks, j + 1)) {
                    break;
                }
                j++;
                continue;
            }
            boolean afterPer = last >= 0 && toks.get(last).lower().equals("per");
            if (!afterPer && (stops(t) || (last < 0 && isAmountWord(t))
                    || last >= 0 && lex.unitStopsAfterFirst.contains(t.lower()))) {
                break;
            }
            last = j;
            words++;
            j++;
        }
        if (last < first) {
            return null;
        }
        String unit = text.substring(toks.get(first).start(), toks.get(last).end());
        return new Unit(first, last, unit, category(toks, first, last));
    }

    private boolean continuesAfterConjunction(List<Tok> toks, int k) {
        if (k >= toks.size() || !toks.get(k).isWord() || toks.get(k).isCapitalized()) {
            return false;
        }
        Tok t = toks.get(k);
        if (lex.unitStopsAfterConjunction.contains(t.lower())) {
            return false;
        }
        if (lex.categories.at(toks, k) != null) {
            return true;
        }
        return !stops(t) && !isAmountWord(t) && lex.hedgesBefore.at(toks, k) == null;
    }

    private boolean isAmountWord(Tok t) {
        return lex.numberWords.containsKey(t.lower()) || lex.vague.contains(t.lower());
    }

    private boolean stops(Tok t) {
        String w = t.lower();
        if (lex.unitNouns.contains(w)) {
            return false;
        }
        if (lex.unitStops.contains(w) || lex.numberWords.containsKey(w) && !w.equals("a")) {
            return true;
        }
        if (w.length() >= 6 && (w.startsWith("me") || w.startsWith("ber") || w.startsWith("di")
                || w.startsWith("ter"))) {
            return true;
        }
        return w.length() >= 5 && w.endsWith("ed");
    }

    private static boolean sameLine(String text, List<Tok> toks, int a, int b) {
        if (a < 0) {
            return true;
        }
        for (int k = toks.get(a).end(); k < toks.get(b).start(); k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }

    /** The category of the first word of the unit that names one (longest phrase at that word). */
    private String category(List<Tok> toks, int first, int last) {
        for (int k = first; k <= last; k++) {
            Match<String> m = lex.categories.at(toks, k);
            if (m != null && k + m.length() - 1 <= last) {
                return m.value();
            }
        }
        return null;
    }
}
