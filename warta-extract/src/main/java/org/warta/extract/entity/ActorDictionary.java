package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * Every name the actor dictionaries know, for longest-match lookup over a sentence's tokens. A name written with
 * capitals and lower case matches in any case but must start with a capital in the text; an acronym ({@code PBB},
 * {@code NATO}) matches only as written. State bodies match by pattern around a country's name
 * ({@code Kemenhan Azerbaijan}). Built once by {@link ActorFiles}; immutable afterwards, shared by threads.
 */
public final class ActorDictionary {
    private final Map<String, Actor> folded = new HashMap<>();
    private final Map<String, Actor> exact = new HashMap<>();
    private final Map<String, Actor> countryFolded = new HashMap<>();
    private final Map<String, Actor> countryExact = new HashMap<>();
    private final Map<String, Actor> demonyms = new HashMap<>();
    private final Map<String, List<StateBodyPattern>> patternsByFirstWord = new HashMap<>();
    private final List<StateBodyPattern> patternsFromCountry = new ArrayList<>();
    private final Set<String> firstWords = new HashSet<>();
    private final Set<String> countryFirstWords = new HashSet<>();
    private int longest = 1;

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

    void addName(String name, Actor actor) {
        List<String> words = NameKey.words(name);
        if (words.isEmpty()) {
            return;
        }
        boolean acronym = NameKey.isAcronym(name);
        (acronym ? exact : folded).putIfAbsent(NameKey.join(words, acronym), actor);
        firstWords.add(NameKey.fold(words.get(0)));
        longest = Math.max(longest, words.size());
    }

    void addCountryName(String name, Actor country) {
        List<String> words = NameKey.words(name);
        if (words.isEmpty()) {
            return;
        }
        boolean acronym = NameKey.isAcronym(name);
        (acronym ? countryExact : countryFolded).putIfAbsent(NameKey.join(words, acronym), country);
        countryFirstWords.add(NameKey.fold(words.get(0)));
    }

    void addDemonym(String demonym, Actor country) {
        List<String> words = NameKey.words(demonym);
        if (words.isEmpty()) {
            return;
        }
        demonyms.putIfAbsent(NameKey.join(words, false), country);
        countryFirstWords.add(NameKey.fold(words.get(0)));
    }

    void addPattern(StateBodyPattern pattern) {
        if (pattern.before().isEmpty()) {
            patternsFromCountry.add(pattern);
        } else {
            patternsByFirstWord.computeIfAbsent(pattern.before().get(0), k -> new ArrayList<>()).add(pattern);
        }
        longest = Math.max(longest, pattern.before().size() + pattern.after().size() + 4);
    }

    /** The longest dictionary name or state-body pattern that starts at token {@code at}, or null. */
    public Match longestAt(List<Token> tokens, int at) {
        Match best = patternAt(tokens, at);
        if (!firstWords.contains(NameKey.fold(tokens.get(at).text()))) {
            return best;
        }
        int max = Math.min(longest, tokens.size() - at);
        for (int len = max; len >= 1; len--) {
            if (best != null && best.length() >= len) {
                break;
            }
            Actor a = exact.get(NameKey.join(tokens, at, at + len, true));
            if (a == null && tokens.get(at).isCapitalized()) {
                a = folded.get(NameKey.join(tokens, at, at + len, false));
            }
            if (a != null) {
                best = new Match(len, a);
            }
        }
        return best;
    }

    private Match patternAt(List<Token> tokens, int at) {
        Match best = null;
        List<StateBodyPattern> byWord = patternsByFirstWord.getOrDefault(NameKey.fold(tokens.get(at).text()),
                List.of());
        boolean capitalized = tokens.get(at).isCapitalized();
        if (byWord.isEmpty() && !capitalized) {
            return null;
        }
        List<StateBodyPattern> candidates = byWord;
        if (capitalized && !patternsFromCountry.isEmpty()) {
            candidates = new ArrayList<>(byWord);
            candidates.addAll(patternsFromCountry);
        }
        boolean[] known = new boolean[8];
        Match[] found = new Match[8];
        for (StateBodyPattern p : candidates) {
            int i = at;
            if (!literalAt(tokens, i, p.before())) {
                continue;
            }
            i += p.before().size();
            int variant = (p.possessive() ? 1 : 0) + (p.demonym() ? 2 : 0) + (p.plural() ? 4 : 0);
            int slotAt = i;
            if (slotAt != at || !known[variant]) {
                found[variant] = countryAt(tokens, slotAt, p.possessive(), p.demonym(), p.plural());
                known[variant] = slotAt == at;
            }
            Match country = found[variant];
            if (country == null) {
                continue;
            }
            i += country.length();
            if (!literalAt(tokens, i, p.after())) {
                continue;
            }
            i += p.after().size();
            if (best == null || i - at > best.length()) {
                Actor c = country.actor();
                Actor body = new Actor("body:" + p.nameFor(c), EntityType.ORGANIZATION,
                        p.nameFor(c), c.country(), p.sector(), List.of());
                best = new Match(i - at, body);
            }
        }
        return best;
    }

    private static boolean literalAt(List<Token> tokens, int at, List<String> words) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!NameKey.fold(tokens.get(at + k).text()).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A country's name (or demonym) at {@code at}; with {@code possessive}, its last word ends in 's. */
    public Match countryAt(List<Token> tokens, int at, boolean possessive, boolean demonym) {
        return countryAt(tokens, at, possessive, demonym, false);
    }

    /**
     * As {@link #countryAt(List, int, boolean, boolean)}; with {@code plural}, a demonym with an English plural
     * {@code s} ({@code Palestinians}), but never a word that is itself a country's name ({@code Laos}).
     */
    Match countryAt(List<Token> tokens, int at, boolean possessive, boolean demonym, boolean plural) {
        if (at >= tokens.size() || !tokens.get(at).isCapitalized()) {
            return null;
        }
        String first = NameKey.fold(tokens.get(at).text());
        int cut = possessive ? 2 : plural && demonym ? 1 : 0;
        if (!countryFirstWords.contains(first) && !(cut > 0 && first.length() > cut
                && countryFirstWords.contains(first.substring(0, first.length() - cut)))) {
            return null; // no country name or demonym starts with this word: skip building the candidates
        }
        for (int len = Math.min(6, tokens.size() - at); len >= 1; len--) {
            List<String> words = new ArrayList<>();
            for (int k = at; k < at + len; k++) {
                words.add(tokens.get(k).text());
            }
            String last = words.get(len - 1);
            if (possessive) {
                if (!last.endsWith("'s") && !last.endsWith("\u2019s")) {
                    continue;
                }
                words.set(len - 1, last.substring(0, last.length() - 2));
            } else if (plural && demonym) {
                if (!last.endsWith("s") || last.endsWith("'s") || countryFolded.containsKey(NameKey.join(words, false))) {
                    continue;
                }
                words.set(len - 1, last.substring(0, last.length() - 1));
            }
            if (demonym) {
                Actor c = demonyms.get(NameKey.join(words, false));
                if (c != null) {
                    return new Match(len, c);
                }
                continue;
            }
            Actor c = countryExact.get(NameKey.join(words, true));
            if (c == null) {
                c = countryFolded.get(NameKey.join(words, false));
            }
            if (c != null) {
                return new Match(len, c);
            }
        }
        return null;
    }

    /** How many names the dictionary holds (for tests and diagnostics). */
    public int size() {
        return folded.size() + exact.size();
    }
}
