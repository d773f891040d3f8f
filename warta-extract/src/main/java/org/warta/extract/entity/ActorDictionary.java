package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.extract.lexicon.WordMap;
import org.warta.extract.lexicon.WordSet;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * Every name the actor dictionaries know, for longest-match lookup over a sentence's tokens. A name written with
 * capitals and lower case matches in any case but must start with a capital in the text; an acronym ({@code PBB},
 * {@code NATO}) matches only as written. State bodies match by pattern around a country's name
 * ({@code Kemenhan Azerbaijan}). Built once by {@link ActorFiles}; immutable afterwards, shared by threads.
 */
public final class ActorDictionary {
    private final WordTree<Actor> folded = new WordTree<>();
    private final WordTree<Actor> exact = new WordTree<>();
    private final WordTree<Actor> countryFolded = new WordTree<>();
    private final WordTree<Actor> countryExact = new WordTree<>();
    private final WordTree<Actor> demonyms = new WordTree<>();
    private final WordMap<List<StateBodyPattern>> patternsByFirstWord = new WordMap<>();
    private final List<StateBodyPattern> patternsFromCountry = new ArrayList<>();
    private final java.util.Set<String> countries = new java.util.HashSet<>();
    private final Map<String, Actor> countriesByCode = new HashMap<>();
    private final WordSet countryStarts = new WordSet(); // first words of countries and demonyms, also + "s"
    private final boolean[] fromCountryVariants = new boolean[4];
    /** Idioms of {@code idioms.tsv}: a name's folded word, and the folded words after it that make it common. */
    private final Map<String, Set<String>> idioms = new HashMap<>();
    /** Model names of {@code things.tsv}, folded. */
    private final Set<String> things = new HashSet<>();
    /** Endings of {@code things.tsv} ('-made'): a name whose first word ends so is a thing. */
    private final List<String> makerSuffixes = new ArrayList<>();
    private int names;

    /** A name found in the text: {@code length} tokens from the start, naming {@code actor}. */
    public record Match(int length, Actor actor) {
    }

    /** The dictionary from the shipped files and the user's (see {@code LexiconFile}). */
    public static ActorDictionary standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ActorDictionary STANDARD = ActorFiles.load();
    }

    void addIdiom(String name, String next) {
        idioms.computeIfAbsent(NameKey.fold(name), k -> new HashSet<>()).add(NameKey.fold(next));
    }

    /** True when the one-word name at {@code at} and the word after it are an idiom ({@code Baku tembak}). */
    private boolean idiomAt(List<Token> tokens, int at) {
        Set<String> next = idioms.isEmpty() || at + 1 >= tokens.size() ? null : idioms.get(NameKey.fold(tokens.get(at)));
        return next != null && next.contains(NameKey.fold(tokens.get(at + 1)));
    }

    void addThing(String name) {
        if (name.startsWith("-")) {
            makerSuffixes.add(NameKey.fold(name)); // '-made': the end of a word naming a thing's maker
        } else {
            things.add(NameKey.fold(name));
        }
    }

    /**
     * True when {@code name} is a weapon's or machine's model ({@code JDAM}, {@code HIMARS}), whole or before a short
     * suffix after a hyphen ({@code Shahed-136}, {@code Iskander-M}), or opens with who made it ({@code Chinese-made
     * Wing Loong}).
     */
    public boolean namesAModel(String name) {
        int space = name.indexOf(' ');
        String first = NameKey.fold(space < 0 ? name : name.substring(0, space));
        for (String suffix : makerSuffixes) {
            if (first.endsWith(suffix)) {
                return true; // 'Chinese-made Wing Loong', 'US-built F-16': a thing, named by its maker
            }
        }
        if (things.isEmpty()) {
            return false;
        }
        if (things.contains(NameKey.fold(name))) {
            return true;
        }
        int dash = name.lastIndexOf('-');
        return dash > 0 && name.length() - dash <= 5 && things.contains(NameKey.fold(name.substring(0, dash)));
    }

    void addName(String name, Actor actor) {
        List<String> words = NameKey.words(name);
        if (words.isEmpty()) {
            return;
        }
        boolean acronym = NameKey.isAcronym(name);
        if ((acronym ? exact : folded).put(acronym ? words : NameKey.folded(words), actor)) {
            names++;
        }
    }

    void addCountryName(String name, Actor country) {
        countries.add(country.name());
        countriesByCode.putIfAbsent(country.country(), country);
        List<String> words = NameKey.words(name);
        if (words.isEmpty()) {
            return;
        }
        boolean acronym = NameKey.isAcronym(name);
        List<String> key = acronym ? words : NameKey.folded(words);
        (acronym ? countryExact : countryFolded).put(key, country);
        addCountryStart(key);
    }

    void addDemonym(String demonym, Actor country) {
        List<String> key = NameKey.folded(NameKey.words(demonym));
        demonyms.put(key, country);
        if (!key.isEmpty()) {
            addCountryStart(key);
        }
    }

    private void addCountryStart(List<String> key) {
        String first = NameKey.fold(key.get(0)); // folded for the acronyms too: one lookup asks for both
        countryStarts.add(first);
        countryStarts.add(first + "s"); // the plural demonym's first word ('Palestinians')
    }

    /**
     * False when no country's name or demonym, in any form {@link #countryAt} reads, can start with {@code t}: the
     * case of most capitalised words, which are then spared a walk of each tree per form.
     */
    private boolean mayStartCountry(Token t) {
        return countryStarts.contains(NameKey.fold(t));
    }

    void addPattern(StateBodyPattern pattern) {
        if (pattern.before().isEmpty()) {
            patternsFromCountry.add(pattern);
            fromCountryVariants[variant(pattern)] = true;
        } else {
            patternsByFirstWord.computeIfAbsent(pattern.before().get(0), k -> new ArrayList<>()).add(pattern);
        }
    }

    /** The longest dictionary name or state-body pattern that starts at token {@code at}, or null. */
    public Match longestAt(List<Token> tokens, int at) {
        return longestAt(tokens, at, false);
    }

    /** As {@link #longestAt(List, int)}, with {@code cluesOnly} among the actors the tagger's clues read. */
    Match longestAt(List<Token> tokens, int at, boolean cluesOnly) {
        Match best = patternAt(tokens, at);
        int bestLength = best == null ? 0 : best.length();
        // acronyms have no lower-case letter: a word starting with one starts none
        Match exactName = Character.isLowerCase(tokens.get(at).text().charAt(0)) ? null
                : longestName(exact, tokens, at, false, cluesOnly);
        boolean capital = tokens.get(at).isCapitalized() // or a lower-case particle first: 'al-Qaida', as AP writes it
                || NameLexicon.standard().particleCompound(tokens.get(at).text());
        Match foldedName = capital ? longestName(folded, tokens, at, true, cluesOnly) : null;
        int exactLength = exactName == null ? 0 : exactName.length();
        int foldedLength = foldedName == null ? 0 : foldedName.length();
        if (Math.max(exactLength, foldedLength) <= bestLength) {
            return best;
        }
        Match found = exactLength >= foldedLength ? exactName : foldedName;
        return found.length() == 1 && idiomAt(tokens, at) ? null : found;
    }

    /** The longest name of {@code tree} starting at token {@code at}, walking the tree one token at a time. */
    private static Match longestName(WordTree<Actor> tree, List<Token> tokens, int at, boolean fold,
                                     boolean cluesOnly) {
        Match best = null;
        WordTree<Actor> node = tree;
        for (int i = at; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            node = node.child(fold ? NameKey.fold(t) : t.text());
            if (node == null) {
                break;
            }
            if (node.value() != null && (!cluesOnly || node.value().isClue())) {
                best = new Match(i - at + 1, node.value());
            }
        }
        return best;
    }

    private Match patternAt(List<Token> tokens, int at) {
        List<StateBodyPattern> byWord = patternsByFirstWord.get(NameKey.fold(tokens.get(at)));
        boolean capitalized = tokens.get(at).isCapitalized();
        if (byWord == null && (!capitalized || patternsFromCountry.isEmpty())) {
            return null;
        }
        Match best = null;
        boolean[] known = new boolean[8];
        Match[] found = new Match[8];
        for (StateBodyPattern p : orEmpty(byWord)) {
            best = patternAt(tokens, at, p, best, known, found);
        }
        if (capitalized && anyCountryAt(tokens, at, known, found)) {
            for (StateBodyPattern p : patternsFromCountry) {
                best = patternAt(tokens, at, p, best, known, found);
            }
        }
        return best;
    }

    /**
     * True when a country name in one of the forms the patterns that start with the country take (name, demonym,
     * plural demonym) starts at {@code at}: without one, none of them can match. Fills the cache.
     */
    private boolean anyCountryAt(List<Token> tokens, int at, boolean[] known, Match[] found) {
        if (!mayStartCountry(tokens.get(at))) {
            return false;
        }
        boolean any = false;
        for (int variant = 0; variant < fromCountryVariants.length; variant++) {
            if (fromCountryVariants[variant]) {
                if (!known[variant]) {
                    found[variant] = countryAt(tokens, at, (variant & 1) != 0, (variant & 2) != 0);
                    known[variant] = true;
                }
                any |= found[variant] != null;
            }
        }
        return any;
    }

    private static int variant(StateBodyPattern p) {
        return (p.demonym() ? 1 : 0) + (p.plural() ? 2 : 0);
    }

    private static List<StateBodyPattern> orEmpty(List<StateBodyPattern> patterns) {
        return patterns == null ? List.of() : patterns;
    }

    /** {@code best} or the match of {@code p} at {@code at} if longer; country matches at {@code at} cached. */
    private Match patternAt(List<Token> tokens, int at, StateBodyPattern p, Match best, boolean[] known,
            Match[] found) {
        int i = at;
        if (!literalAt(tokens, i, p.before())) {
            return best;
        }
        i += p.before().size();
        if (!p.before().isEmpty() && bracketedWordAt(tokens, i)) {
            i += 3; // 'Kementerian Pertahanan (Kemhan) Rusia': the body's acronym before its country
        }
        int variant = variant(p);
        int slotAt = i;
        if (slotAt != at || !known[variant]) {
            found[variant] = countryAt(tokens, slotAt, p.demonym(), p.plural());
            known[variant] = slotAt == at;
        }
        Match country = found[variant];
        if (country == null) {
            return best;
        }
        i += country.length();
        if (!literalAt(tokens, i, p.after())) {
            return best;
        }
        i += p.after().size();
        if (best == null || i - at > best.length()) {
            Actor c = country.actor();
            Actor body = new Actor("body:" + p.nameFor(c), EntityType.ORGANIZATION,
                    p.nameFor(c), c.country(), p.sector(), List.of());
            return new Match(i - at, body);
        }
        return best;
    }

    /** True when tokens {@code at..at+2} are one word in round brackets ({@code (Kemhan)}). */
    private static boolean bracketedWordAt(List<Token> tokens, int at) {
        return at + 3 < tokens.size() && tokens.get(at).text().equals("(") && tokens.get(at + 1).isWord()
                && tokens.get(at + 2).text().equals(")");
    }

    private static boolean literalAt(List<Token> tokens, int at, List<String> words) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!NameKey.fold(tokens.get(at + k)).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A country's name (or demonym) at {@code at}. */
    public Match countryAt(List<Token> tokens, int at, boolean demonym) {
        return countryAt(tokens, at, demonym, false);
    }

    /**
     * As {@link #countryAt(List, int, boolean)}; with {@code plural}, a demonym with an English plural
     * {@code s} ({@code Palestinians}), but never words that are themselves a country's name ({@code Laos}).
     */
    Match countryAt(List<Token> tokens, int at, boolean demonym, boolean plural) {
        if (at >= tokens.size() || !tokens.get(at).isCapitalized() || !mayStartCountry(tokens.get(at))) {
            return null;
        }
        if (demonym && plural) {
            return pluralDemonym(tokens, at);
        }
        if (demonym) {
            return longestCountry(demonyms, tokens, at, true);
        }
        Match exactName = longestCountry(countryExact, tokens, at, false);
        Match foldedName = longestCountry(countryFolded, tokens, at, true);
        if (foldedName == null || exactName != null && exactName.length() >= foldedName.length()) {
            return exactName;
        }
        return foldedName;
    }

    /** The longest demonym of at most six words at {@code at} whose last word carries a plural s. */
    private Match pluralDemonym(List<Token> tokens, int at) {
        Match best = null;
        WordTree<Actor> node = demonyms;
        WordTree<Actor> country = countryFolded;
        for (int i = at; i < Math.min(at + 6, tokens.size()) && node != null; i++) {
            String w = NameKey.fold(tokens.get(i));
            country = country == null ? null : country.child(w);
            if (w.length() > 1 && w.endsWith("s") && !w.endsWith("'s")
                    && (country == null || country.value() == null)) {
                WordTree<Actor> last = node.child(w.substring(0, w.length() - 1));
                if (last != null && last.value() != null) {
                    best = new Match(i - at + 1, last.value());
                }
            }
            node = node.child(w);
        }
        return best;
    }

    /** The longest country name of at most six words at {@code at}. */
    private static Match longestCountry(WordTree<Actor> tree, List<Token> tokens, int at, boolean fold) {
        Match best = null;
        WordTree<Actor> node = tree;
        for (int i = at; i < Math.min(at + 6, tokens.size()) && node != null; i++) {
            Token t = tokens.get(i);
            node = node.child(fold ? NameKey.fold(t) : t.text());
            if (node != null && node.value() != null) {
                best = new Match(i - at + 1, node.value());
            }
        }
        return best;
    }

    /** True for a country's canonical name ({@code Sudan}), false for a region or city of it ({@code Darfur}). */
    public boolean isCountry(String canonicalName) {
        return countries.contains(canonicalName);
    }

    /** The country of ISO alpha-3 code {@code iso} ({@code THA}), or null when the dictionary has none. */
    Actor country(String iso) {
        return iso == null ? null : countriesByCode.get(iso);
    }

    /** How many names the dictionary holds (for tests and diagnostics). */
    public int size() {
        return names;
    }
}
