package org.warta.extract.quantity;

import java.util.List;
import java.util.Set;
import org.warta.extract.date.DateNames;
import org.warta.extract.quantity.AmountReader.Amount;

/**
 * Numbers that count nothing and are left to other stages or out: dates ({@code 27/9}, {@code 24/8/2014},
 * {@code 30-09-2020}, {@code 27 September}, {@code Sept. 30}), decades ({@code 1990-an}), times
 * ({@code pukul 07.30}, {@code 10:15}, {@code 7 WIB}), phone and ID numbers (long digit strings, a leading 0 or
 * {@code +}), ordinals ({@code ke-4}, {@code 4th}), numbers after a label word of {@code quantity/labels.tsv}
 * ({@code Pasal 28}, {@code No. 5}, {@code tahun 2014}), calibres ({@code .303}) and bare years.
 */
final class NotCounts {
    private static final Set<String> CHAIN_MARKS = Set.of("/", ":", "-");

    private final QuantityLexicon lex;
    private final DateNames dates;

    NotCounts(QuantityLexicon lex, DateNames dates) {
        this.lex = lex;
        this.dates = dates;
    }

    /** True when token {@code t} may start something {@link #skipFrom} skips: a number, a label, a month, a sign. */
    boolean mayStart(Tok t) {
        return t.isNumber() || t.is("+") || t.isWord() && (lex.labels.contains(t.lower()) || t.lower().equals("ke")
                || t.lower().equals("one") || t.lower().equals("satu") || isMonth(t));
    }

    /** Where reading should go on when token {@code i} starts something that is no count, else {@code i}. */
    int skipFrom(String text, List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (t.isWord()) {
            if (lex.labels.contains(t.lower())) {
                int j = i + 1;
                while (j < toks.size() && (toks.get(j).is(".") || toks.get(j).is("-")) && j < i + 3) {
                    j++;
                }
                boolean newSentence = j > i + 1 && toks.get(j - 1).is(".") && j < toks.size()
                        && toks.get(j).isCapitalized(); // '... berusia 16 tahun. Dua orang luka-luka.'
                if (!newSentence && j < toks.size() && toks.get(j).isWord()
                        && lex.numberWords.containsKey(toks.get(j).lower())) {
                    return j + 1;
                }
                if (j + 1 < toks.size() && toks.get(j).isNumber() && lex.percent.startsWith(toks.get(j + 1).lower())) {
                    return i; // level 8,25 persen: a rate, not a label
                }
                return j < toks.size() && toks.get(j).isNumber() ? chainEnd(toks, j) : i;
            }
            if (t.lower().equals("ke") && i + 2 < toks.size() && toks.get(i + 1).is("-")
                    && toks.get(i + 2).isNumber()) {
                return i + 3;
            }
            if ((t.lower().equals("one") || t.lower().equals("satu")) && i + 1 < toks.size()
                    && toks.get(i + 1).lower().equals("of")) {
                return i + 1;
            }
            if (isMonth(t) && i + 1 < toks.size()) {
                int j = toks.get(i + 1).is(".") ? i + 2 : i + 1;
                if (j < toks.size() && toks.get(j).isNumber()) {
                    j = chainEnd(toks, j);
                    if (j + 1 < toks.size() && toks.get(j).is(",") && toks.get(j + 1).isNumber()) {
                        j += 2;
                    }
                    return j;
                }
            }
            return i;
        }
        if (!t.isNumber()) {
            return t.is("+") && i + 1 < toks.size() && toks.get(i + 1).isNumber() && t.touches(toks.get(i + 1))
                    && !bracketedIncrease(toks, i) ? phoneEnd(toks, i + 1) : i;
        }
        if (i > 0 && (toks.get(i - 1).is("'") || toks.get(i - 1).is("\u2019"))
                && t.start() - toks.get(i - 1).end() <= 1) {
            return chainEnd(toks, i); // '90s, '98
        }
        if (i > 1 && Tok.modelNameAt(toks, i - 2)) {
            return chainEnd(toks, i); // model names: Karrar-4, F-16, MH-17
        }
        if (i > 0 && toks.get(i - 1).isWord() && toks.get(i - 1).touches(t)) {
            return chainEnd(toks, i); // m2, H5N1, Rp5 read elsewhere
        }
        if (i > 0 && toks.get(i - 1).is(".") && toks.get(i - 1).touches(t)
                && (i == 1 || !toks.get(i - 2).touches(toks.get(i - 1)))) {
            return chainEnd(toks, i); // a calibre: 'two .303 rifles', '.50-calibre'
        }
        if (i + 1 < toks.size() && toks.get(i + 1).isWord() && t.touches(toks.get(i + 1))
                && !attachable(toks, i + 1)) {
            return i + 2; // 18A, 12B: a label
        }
        if (isListNumber(text, toks, i)) {
            return i + 2;
        }
        if (isPhoneOrId(t)) {
            return chainEnd(toks, i);
        }
        int end = chainEnd(toks, i);
        if (end > i + 3 || end > i + 1 && !toks.get(i + 1).is("-")) {
            return end;
        }
        if (i + 1 < toks.size()) {
            Tok next = toks.get(i + 1);
            if (next.isWord() && t.touches(next) && lex.ordinalSuffixes.contains(next.lower())) {
                return i + 2;
            }
            if (next.is("-") && i + 2 < toks.size() && toks.get(i + 2).lower().equals("an") && isYear(t)) {
                return i + 3;
            }
            if (next.isWord() && lex.timeZones.contains(next.lower())) {
                return i + 2;
            }
            int m = next.is(".") ? i + 2 : i + 1;
            if (next.isWord() && isMonth(next) || m == i + 2 && m < toks.size() && isMonth(toks.get(m))) {
                return i + 2;
            }
        }
        return i;
    }

    /** Where to go on when the whole amount is no count (a span of years, {@code 2014-2019}), else its start. */
    int skipAmount(List<Tok> toks, Amount a) {
        if (a.unit() == null && a.number().digits() && a.min() != null && a.value() == null
                && isYear(toks.get(a.number().first())) && isYear(toks.get(a.next() - 1))) {
            return a.next();
        }
        return a.first();
    }

    boolean isYear(Tok t) {
        if (!t.isNumber() || t.text().length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(t.text().charAt(k))) {
                return false;
            }
        }
        int y = Integer.parseInt(t.text());
        return y >= 1800 && y <= 2100;
    }

    /** Letters that may stick to a number: a scale ({@code 10k}), a currency ({@code 20Rp}), {@code %}, an ordinal. */
    private boolean attachable(List<Tok> toks, int k) {
        String w = toks.get(k).lower();
        QuantityLexicon.NumberWord nw = lex.numberWords.get(w);
        QuantityLexicon.WordKind kind = nw == null ? null : nw.kind();
        return kind == QuantityLexicon.WordKind.SUFFIX || kind == QuantityLexicon.WordKind.SCALE
                || lex.currenciesAfter.startsWith(w) || lex.percent.startsWith(w) || lex.ordinalSuffixes.contains(w)
                || lex.timeZones.contains(w);
    }

    /** {@code 1. Langit gelap}: a number that opens its line, with a dot and a capitalised word after it. */
    private static boolean isListNumber(String text, List<Tok> toks, int i) {
        return (i == 0 || text.substring(toks.get(i - 1).end(), toks.get(i).start()).indexOf('\n') >= 0)
                && i + 2 < toks.size() && toks.get(i + 1).is(".") && toks.get(i + 2).isCapitalized();
    }

    /**
     * A bare number right after a capitalised word inside a sentence names a thing ({@code Golkar 1},
     * {@code Kabinet Kerja 2}) rather than counting one.
     */
    boolean isNameNumber(List<Tok> toks, int i) {
        if (i < 2) {
            return false;
        }
        Tok prev = toks.get(i - 1);
        Tok before = toks.get(i - 2);
        return prev.isCapitalized() && !before.is(".") && !before.is("\"") && !before.is("\u201C")
                && !prev.lower().equals("rp");
    }

    private boolean isMonth(Tok t) {
        DateNames.Name m = t.isWord() ? dates.month(t.text(), t.lower()) : null;
        return m != null && (!m.abbreviation() || t.text().length() > 2);
    }

    private static boolean isPhoneOrId(Tok t) {
        String s = t.text();
        boolean digitsOnly = s.chars().allMatch(Character::isDigit);
        return digitsOnly && (s.length() >= 9 || s.length() >= 6 && s.charAt(0) == '0');
    }

    /**
     * True when the sign at {@code i} opens a bracketed increase that ends the line or clause ({@code Tank: 11.402
     * (+3)}): a count, not a country code ({@code (+62) 21 555}).
     */
    private static boolean bracketedIncrease(List<Tok> toks, int i) {
        return i > 0 && toks.get(i - 1).is("(") && toks.get(i - 1).touches(toks.get(i)) && i + 2 < toks.size()
                && toks.get(i + 2).is(")") && toks.get(i + 1).touches(toks.get(i + 2))
                && (i + 3 == toks.size() || !toks.get(i + 3).isNumber());
    }

    /** The end of {@code +62 21 555-1234}: numbers, dashes and brackets on after a plus sign. */
    private static int phoneEnd(List<Tok> toks, int i) {
        int j = i;
        while (j < toks.size() && (toks.get(j).isNumber() || toks.get(j).is("-") || toks.get(j).is("(")
                || toks.get(j).is(")"))) {
            j++;
        }
        return j;
    }

    /** The end of {@code 24/8/2014}, {@code 10:15}, {@code 021-555-1234}: numbers joined by / : or - marks. */
    private static int chainEnd(List<Tok> toks, int i) {
        int j = i + 1;
        while (j + 1 < toks.size() && CHAIN_MARKS.contains(toks.get(j).text()) && toks.get(j + 1).isNumber()
                && toks.get(j - 1).touches(toks.get(j)) && toks.get(j).touches(toks.get(j + 1))) {
            j += 2;
        }
        return j;
    }
}
