package org.warta.extract.quantity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.extract.lexicon.WordSet;
import org.warta.extract.quantity.NumberReader.Num;
import org.warta.extract.quantity.QuantityLexicon.Hedge;
import org.warta.extract.quantity.QuantityLexicon.HedgeWord;
import org.warta.extract.quantity.QuantityLexicon.Match;

/**
 * Reads one amount at a token: an optional hedge ({@code sekitar}, {@code lebih dari}, {@code at least}), an
 * optional range opener ({@code antara}, {@code between}, {@code dari}), a currency before or after, a number or a
 * range of two ({@code 10-20}, {@code 10 hingga 20}, {@code Rp 10-11 ribu}), a percent sign or word, and a hedge
 * after ({@code 100 lebih}).
 */
final class AmountReader {
    private static final Set<String> RANGE_OPENERS = Set.of("antara", "between", "dari", "from");
    private static final Set<String> RANGE_WORDS = Set.of("sampai", "hingga", "to", "s/d", "and", "atau", "or",
            "sd", "-", "\u2013", "\u2014");

    /** An amount read from tokens {@code [first, next)}; {@code unit} is the currency or percent when given. */
    record Amount(int first, int next, Double value, Double min, Double max, boolean approximate, String unit,
                  Num number, boolean plain) {
    }

    private final QuantityLexicon lex;
    private final NumberReader numbers;
    /**
     * Every word an amount may start with (number words, the first words of hedges, currencies and vague amounts,
     * range openers), so that a token is looked up once instead of once per list.
     */
    private final WordSet startWords;

    AmountReader(QuantityLexicon lex) {
        this.lex = lex;
        this.numbers = new NumberReader(lex);
        Set<String> starts = new HashSet<>(lex.numberWords.keySet());
        starts.addAll(lex.hedgesBefore.firstTokens());
        starts.addAll(lex.currenciesBefore.firstTokens());
        starts.addAll(lex.vague.firstTokens());
        starts.addAll(RANGE_OPENERS);
        this.startWords = WordSet.of(starts);
    }

    /** True when an amount may start at this token: a digit, a sign, or the first word of a known phrase. */
    boolean mayStart(Tok t) {
        String w = t.lower();
        return t.isNumber() || t.is("-") || startWords.contains(w)
                || w.indexOf('-') > 0 && lex.numberWords.containsKey(w.substring(0, w.indexOf('-')));
    }

    /** The amount at token {@code i}, or null. */
    Amount read(List<Tok> toks, int i, boolean indonesian) {
        Match<HedgeWord> hedge = lex.hedgesBefore.at(toks, i);
        Amount a = hedge == null ? null : readAfterHedge(toks, i, i + hedge.length(), hedge.value().effect(),
                indonesian);
        return a != null ? a : readAfterHedge(toks, i, i, Hedge.EXACT, indonesian);
    }

    private Amount readAfterHedge(List<Tok> toks, int first, int j, Hedge hedge, boolean indonesian) {
        boolean opener = j < toks.size() && RANGE_OPENERS.contains(toks.get(j).lower());
        if (opener) {
            j++;
        }
        String currency = null;
        Match<String> cur = lex.currenciesBefore.at(toks, j);
        if (cur != null && j + cur.length() < toks.size()) {
            currency = cur.value();
            j += cur.length();
            if (toks.get(j).is(".") && j + 1 < toks.size() && toks.get(j + 1).isNumber()) {
                j++;
            }
        }
        Num a = numbers.read(toks, j, currency != null, idMoney(currency, indonesian), currency == null && !opener);
        if (a == null) {
            return null;
        }
        int k = a.next();
        if (currency == null) {
            Match<String> after = currencyAfter(toks, k);
            if (after != null) {
                currency = after.value();
                k += after.length();
            }
        }
        String percentFirst = null;
        int percentEnd = k;
        if (currency == null && !a.vague()) {
            Match<String> pct = lex.percent.at(toks, k);
            if (pct != null && k + pct.length() < toks.size()
                    && RANGE_WORDS.contains(toks.get(k + pct.length()).lower())) {
                percentFirst = pct.value();
                k += pct.length();
                percentEnd = k;
            }
        }
        Num b = null;
        if (!a.vague() && k < toks.size() && RANGE_WORDS.contains(toks.get(k).lower())
                && (opener || !toks.get(k).lower().equals("and"))) {
            int m = k + 1;
            Match<String> cur2 = lex.currenciesBefore.at(toks, m);
            if (cur2 != null) {
                m += cur2.length();
            }
            b = numbers.read(toks, m, currency != null, idMoney(currency, indonesian), false);
            if (b != null && (b.digits() != a.digits() && toks.get(k).kind() == Tok.Kind.MARK || b.vague())) {
                b = null;
            }
            if (b != null) {
                k = b.next();
                Match<String> after = currencyAfter(toks, k);
                if (after != null) {
                    currency = currency == null ? after.value() : currency;
                    k += after.length();
                }
            }
        }
        if (percentFirst != null && (b == null || lex.percent.at(toks, k) == null)) {
            return opener ? null : build(first, percentEnd, a, null, hedge, percentFirst);
        }
        if (opener && b == null) {
            return null;
        }
        String unit = currency;
        if (unit == null) {
            Match<String> pct = lex.percent.at(toks, k);
            if (pct != null) {
                unit = pct.value();
                k += pct.length();
            }
        }
        Match<HedgeWord> post = lex.hedgesAfter.at(toks, k);
        if (post != null && hedge == Hedge.EXACT && !nextIsNumber(toks, k + post.length())) {
            hedge = post.value().effect();
            k += post.length();
        }
        return build(first, k, a, b, hedge, unit);
    }

    /** A currency after the amount, unless it is the start of the next amount ({@code APBNP 2007 Rp9.100}). */
    private Match<String> currencyAfter(List<Tok> toks, int k) {
        Match<String> m = lex.currenciesAfter.at(toks, k);
        if (m == null) {
            return null;
        }
        int n = k + m.length();
        if (n < toks.size() && toks.get(n).is(".")) {
            n++;
        }
        boolean prefixOfNext = n < toks.size() && toks.get(n).isNumber() && lex.currenciesBefore.at(toks, k) != null
                && !toks.get(k - 1).touches(toks.get(k));
        return prefixOfNext ? null : m;
    }

    private static boolean nextIsNumber(List<Tok> toks, int k) {
        return k < toks.size() && toks.get(k).isNumber();
    }

    private static boolean idMoney(String currency, boolean indonesian) {
        return "IDR".equals(currency) || currency != null && indonesian;
    }

    private static Amount build(int first, int next, Num a, Num b, Hedge hedge, String unit) {
        Double value = a.value();
        Double min = a.min();
        Double max = a.max();
        boolean approximate = a.vague();
        if (b != null) {
            double lo = a.value();
            if (a.scale() == 1 && b.scale() > 1 && lo * b.scale() <= b.value()) {
                lo *= b.scale();
            }
            value = null;
            min = Math.min(lo, b.value());
            max = Math.max(lo, b.value());
        }
        if (value != null) {
            switch (hedge) {
                case APPROX -> approximate = true;
                case NEAR -> {
                    approximate = true;
                    max = value;
                }
                case MIN -> {
                    approximate = true;
                    min = value;
                }
                case MAX -> {
                    approximate = true;
                    max = value;
                }
                default -> {
                }
            }
        } else if (hedge == Hedge.APPROX || hedge == Hedge.NEAR) {
            approximate = true;
        }
        boolean plain = b == null && hedge == Hedge.EXACT && unit == null && a.digits() && a.scale() == 1
                && first == a.first();
        return new Amount(first, next, value, min, max, approximate, unit, a, plain);
    }
}
