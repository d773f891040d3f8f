package org.warta.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.extract.segment.Token;

/**
 * Finds lexicon phrases in a run of tokens: each phrase is a sequence of lower-case words separated by single
 * spaces, and a word ending in {@code *} matches any token that starts with the rest ({@code condemn*}). Matching
 * is left to right, longest first, without overlaps. Immutable, shared by threads.
 *
 * @param <T> what a phrase stands for (a predicate, a role, an event type)
 */
public final class PhraseMatcher<T> {
    /** A phrase found at tokens {@code [from, to)} of the list given to {@link #find}. */
    public record Match<T>(int from, int to, T value) {
    }

    private record Entry<T>(String[] words, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    private final Map<Character, List<Entry<T>>> wildByInitial = new HashMap<>();
    /**
     * The wildcard phrases a word may start, by its first two letters when both are a-z ({@code co} -> {@code c*},
     * {@code con*}, {@code condemn*}; longest phrases first, in the order added among equals, as in every list here),
     * so that a word is not tried against every wildcard of its initial. Null where no phrase starts with that pair.
     */
    @SuppressWarnings("unchecked")
    private final List<Entry<T>>[] wildByPair = new List[26 * 26];

    /** Adds a phrase; lower-cased with {@link Locale#ROOT}. Call only while building. */
    public PhraseMatcher<T> add(String phrase, T value) {
        String[] words = phrase.strip().toLowerCase(Locale.ROOT).split(" +");
        Entry<T> e = new Entry<>(words, value);
        if (words[0].endsWith("*") && words[0].length() > 1) {
            insertByLength(wildByInitial.computeIfAbsent(words[0].charAt(0), k -> new ArrayList<>()), e);
            addByPair(words[0].substring(0, words[0].length() - 1), e);
        } else {
            insertByLength(byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()), e);
            int bit = firstWordBit(words[0]);
            firstWords[bit >>> 6] |= 1L << bit;
        }
        return this;
    }

    /**
     * One bit per first word of the phrases that are not prefixes, at its hash: a token whose bit is clear is no key
     * of {@link #byFirstWord}, so the map (a walk through memory far from the token) is asked only on a hit or a
     * rare collision.
     */
    private final long[] firstWords = new long[FIRST_WORD_BITS / 64];
    private static final int FIRST_WORD_BITS = 1 << 14;

    private static int firstWordBit(String word) {
        int h = word.hashCode();
        return (h ^ h >>> 16) & (FIRST_WORD_BITS - 1);
    }

    /** The phrases whose first word is {@code word}, or null. */
    private List<Entry<T>> phrasesOpenedBy(String word) {
        int bit = firstWordBit(word);
        return (firstWords[bit >>> 6] & 1L << bit) == 0 ? null : byFirstWord.get(word);
    }

    /**
     * Adds a phrase that is none of the lexicon's though a phrase inside it is ({@code were admitted} against the cue
     * {@code admitted}): where it is the longest match, nothing is found, and {@link #find} goes on after it.
     */
    public PhraseMatcher<T> block(String phrase) {
        return add(phrase, null);
    }

    /** All non-overlapping matches in {@code tokens[from, to)}, longest first at each position. */
    public List<Match<T>> find(List<Token> tokens, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<T> m = longestOrBlockAt(tokens, i, to);
            if (m == null) {
                i++;
            } else {
                if (m.value() != null) {
                    out.add(m);
                }
                i = m.to();
            }
        }
        return out;
    }

    public List<Match<T>> find(List<Token> tokens) {
        return find(tokens, 0, tokens.size());
    }

    /** The longest phrase starting exactly at token {@code at} and ending by {@code to}, or null. */
    public Match<T> longestAt(List<Token> tokens, int at, int to) {
        Match<T> m = longestOrBlockAt(tokens, at, to);
        return m == null || m.value() == null ? null : m;
    }

    private Match<T> longestOrBlockAt(List<Token> tokens, int at, int to) {
        String first = lower(tokens.get(at));
        Match<T> best = longest(phrasesOpenedBy(first), null, tokens, at, to, 1);
        if (first.isEmpty() || wildByInitial.isEmpty()) {
            return best;
        }
        int pair = first.length() >= 2 ? pair(first.charAt(0), first.charAt(1)) : -1;
        return longest(pair >= 0 ? wildByPair[pair] : wildByInitial.get(first.charAt(0)), best, tokens, at, to, 0);
    }

    /**
     * Files a wildcard phrase under each letter pair a matching word may start with: its prefix's first two letters,
     * or, for a one-letter prefix, every pair starting with that letter. A prefix that does not start with a-z is
     * found through {@link #wildByInitial} alone, as are the pairs of words it could start.
     */
    private void addByPair(String prefix, Entry<T> e) {
        char c = prefix.charAt(0);
        if (c < 'a' || c > 'z') {
            return;
        }
        if (prefix.length() >= 2 && pair(c, prefix.charAt(1)) < 0) {
            return;
        }
        for (char d = 'a'; d <= 'z'; d++) {
            if (prefix.length() == 1 || prefix.charAt(1) == d) {
                int k = pair(c, d);
                if (wildByPair[k] == null) {
                    wildByPair[k] = new ArrayList<>();
                }
                insertByLength(wildByPair[k], e);
            }
        }
    }

    /** The index of a pair of a-z letters, or -1. */
    private static int pair(char a, char b) {
        return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' ? (a - 'a') * 26 + (b - 'a') : -1;
    }

    /**
     * {@code best} or the longest phrase of {@code entries} (longest first, in the order added among equals) that
     * matches at {@code at} and is longer; {@code from}: the words already known to match ({@code 1} where the first
     * word was the map's key).
     */
    private Match<T> longest(List<Entry<T>> entries, Match<T> best, List<Token> tokens, int at, int to, int from) {
        if (entries == null) {
            return best;
        }
        for (Entry<T> e : entries) {
            int end = at + e.words().length;
            if (best != null && end <= best.to()) {
                return best; // the rest are no longer
            }
            if (end <= to && matches(e.words(), tokens, at, from)) {
                return new Match<>(at, end, e.value()); // the first that matches is the longest, and added first
            }
        }
        return best;
    }

    /** Puts {@code e} after the phrases of its length or longer: each list is kept longest first, stable. */
    private static <T> void insertByLength(List<Entry<T>> list, Entry<T> e) {
        int i = 0;
        while (i < list.size() && list.get(i).words().length >= e.words().length) {
            i++;
        }
        list.add(i, e);
    }

    private static boolean matches(String[] words, List<Token> tokens, int at, int from) {
        for (int k = from; k < words.length; k++) {
            String w = words[k];
            String t = lower(tokens.get(at + k));
            boolean ok = w.endsWith("*") ? t.regionMatches(0, w, 0, w.length() - 1) : t.equals(w); // prefix*
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String lower(Token t) {
        return t.lower();
    }
}
