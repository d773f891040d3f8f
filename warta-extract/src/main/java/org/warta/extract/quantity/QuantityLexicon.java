package org.warta.extract.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.extract.lexicon.WordSet;
import org.warta.model.ObjectCategory;

/**
 * The quantity stage's language knowledge, read once from {@code quantity/*.tsv}: number words, vague amounts,
 * hedges, currencies, percent words, counted nouns and their categories, words that end a unit, and label words.
 */
final class QuantityLexicon {
    enum WordKind { DIGIT, ADD, TEEN, MUL, SCALE, SCALE1, SUFFIX, HALF, ARTICLE, NEGATIVE, JOINER }

    enum Hedge { APPROX, MIN, MAX, NEAR, EXACT }

    record NumberWord(String word, double value, WordKind kind, double moneyValue) {
    }

    record Vague(double min, double max) {
    }

    record HedgeWord(Hedge effect, boolean after) {
    }

    final Map<String, NumberWord> numberWords;
    final Phrases<Vague> vague;
    final Phrases<HedgeWord> hedgesBefore;
    final Phrases<HedgeWord> hedgesAfter;
    final Phrases<String> currenciesBefore;
    final Phrases<String> currenciesAfter;
    /** The ISO 4217 codes of currencies.tsv: the units of sums of money. */
    final Set<String> currencyCodes;
    final Phrases<String> percent;
    final Phrases<String> categories;
    final Set<String> unitStops;
    /** Time zones and clock marks after a time ({@code WIB}, {@code pm}): the number before is no count. */
    final Set<String> timeZones;
    /** Ordinal endings that may stick to a number ({@code 4th}). */
    final Set<String> ordinalSuffixes;
    /** Conjunctions that may join two nouns inside one counted phrase ({@code dan}, {@code and}). */
    final Set<String> unitConjunctions;
    final Set<String> unitStopsAfterFirst;
    /** Words that open another noun phrase after a conjunction ({@code and the speedboat}). */
    final Set<String> unitStopsAfterConjunction;
    final Set<String> unitNouns;
    final WordSet labels;

    private QuantityLexicon() {
        Map<String, NumberWord> words = new HashMap<>();
        for (LexiconRow r : LexiconFile.rows("quantity/number-words.tsv")) {
            double v = r.numberColumn(1);
            double money = r.size() > 4 && !r.column(4, "").isEmpty() ? r.numberColumn(4) : v;
            words.put(key(r), new NumberWord(key(r), v, r.enumColumn(2, WordKind.class), money));
        }
        numberWords = Map.copyOf(words);
        Map<String, Vague> v = new HashMap<>();
        for (LexiconRow r : LexiconFile.rows("quantity/vague.tsv")) {
            v.put(key(r), new Vague(r.numberColumn(1), r.numberColumn(2)));
        }
        vague = new Phrases<>(v);
        Map<String, HedgeWord> before = new HashMap<>();
        Map<String, HedgeWord> afterHedges = new HashMap<>();
        for (LexiconRow r : LexiconFile.rows("quantity/hedges.tsv")) {
            String pos = r.column(2, "before");
            if (!pos.equals("before") && !pos.equals("after")) {
                throw new LexiconException(r, "position '" + pos + "' is unknown; expected 'before' or 'after'");
            }
            (pos.equals("after") ? afterHedges : before).put(key(r), new HedgeWord(r.enumColumn(1, Hedge.class),
                    pos.equals("after")));
        }
        hedgesBefore = new Phrases<>(before);
        hedgesAfter = new Phrases<>(afterHedges);
        Map<String, String> cb = new HashMap<>();
        Map<String, String> ca = new HashMap<>();
        for (LexiconRow r : LexiconFile.rows("quantity/currencies.tsv")) {
            String pos = r.column(2, "both");
            if (!List.of("before", "after", "both").contains(pos)) {
                throw new LexiconException(r, "position '" + pos + "' is unknown; expected before, after or both");
            }
            if (!pos.equals("after")) {
                cb.put(key(r), r.column(1));
            }
            if (!pos.equals("before")) {
                ca.put(key(r), r.column(1));
            }
        }
        currenciesBefore = new Phrases<>(cb);
        currenciesAfter = new Phrases<>(ca);
        currencyCodes = Set.copyOf(java.util.stream.Stream.concat(cb.values().stream(), ca.values().stream()).toList());
        Map<String, String> p = new HashMap<>();
        for (LexiconRow r : LexiconFile.rows("quantity/percent.tsv")) {
            p.put(key(r), r.column(1));
        }
        percent = new Phrases<>(p);
        Map<String, String> c = new HashMap<>();
        for (LexiconRow r : LexiconFile.rows("quantity/categories.tsv")) {
            c.put(key(r), r.enumColumn(1, ObjectCategory.class).jsonName());
        }
        categories = new Phrases<>(c);
        Set<String> stops = new java.util.HashSet<>();
        Set<String> after = new java.util.HashSet<>();
        Set<String> conjunction = new java.util.HashSet<>();
        for (LexiconRow r : LexiconFile.rows("quantity/unit-stops.tsv")) {
            String when = r.column(1, "always");
            (when.equals("after") ? after : when.equals("conjunction") ? conjunction : stops).add(key(r));
        }
        unitStops = Set.copyOf(stops);
        unitStopsAfterFirst = Set.copyOf(after);
        unitStopsAfterConjunction = Set.copyOf(conjunction);
        unitNouns = Set.copyOf(LexiconFile.words("quantity/unit-nouns.tsv"));
        labels = WordSet.of(LexiconFile.words("quantity/labels.tsv"));
        timeZones = Set.copyOf(LexiconFile.words("quantity/time-zones.tsv"));
        ordinalSuffixes = Set.copyOf(LexiconFile.words("quantity/ordinal-suffixes.tsv"));
        unitConjunctions = Set.copyOf(LexiconFile.words("quantity/unit-conjunctions.tsv"));
    }

    static QuantityLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final QuantityLexicon STANDARD = new QuantityLexicon();
    }

    private static String key(LexiconRow r) {
        return r.column(0).toLowerCase(Locale.ROOT);
    }

    /** Phrases of one or more tokens, matched longest first against lower-cased tokens. */
    static final class Phrases<V> {
        private final Map<String, V> byPhrase;
        private final WordSet firstTokens;
        private final int longest;

        Phrases(Map<String, V> byPhrase) {
            this.byPhrase = Map.copyOf(byPhrase);
            int max = 1;
            Set<String> firsts = new java.util.HashSet<>();
            for (String k : byPhrase.keySet()) {
                List<Tok> toks = TokenLexer.lex(k);
                max = Math.max(max, toks.size());
                if (!toks.isEmpty()) {
                    firsts.add(toks.get(0).lower());
                }
            }
            this.longest = max;
            this.firstTokens = WordSet.of(firsts);
        }

        /** The first tokens of the phrases (lower case). */
        Set<String> firstTokens() {
            return firstTokens.words();
        }

        /** True when some phrase starts with this (lower-cased) token. */
        boolean startsWith(String lowerToken) {
            return firstTokens.contains(lowerToken);
        }

        /** The longest phrase starting at token {@code i}: its value and how many tokens it spans, or null. */
        Match<V> at(List<Tok> toks, int i) {
            if (i >= toks.size() || !firstTokens.contains(toks.get(i).lower())) {
                return null;
            }
            Match<V> best = null;
            StringBuilder sb = new StringBuilder();
            for (int n = 0; n < longest && i + n < toks.size(); n++) {
                Tok t = toks.get(i + n);
                if (n > 0 && !toks.get(i + n - 1).touches(t)) {
                    sb.append(' ');
                }
                sb.append(t.lower());
                V v = byPhrase.get(sb.toString());
                if (v != null) {
                    best = new Match<>(v, n + 1);
                }
            }
            return best;
        }

        boolean contains(String phrase) {
            return byPhrase.containsKey(phrase);
        }
    }

    record Match<V>(V value, int length) {
    }
}
