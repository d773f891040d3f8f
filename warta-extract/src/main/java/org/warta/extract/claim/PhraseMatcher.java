package org.warta.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.extract.lexicon.WordHashFilter;
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

    private final Map<String, Bucket<T>> byFirstWord = new HashMap<>();
    private final Map<Character, Bucket<T>> wildByInitial = new HashMap<>();
    /**
     * The wildcard phrases a word may start, by its first two letters when both are a-z ({@code co} -> {@code c*},
     * {@code con*}, {@code condemn*}; longest phrases first, in the order added among equals, as in every list here),
     * so that a word is not tried against every wildcard of its initial. Null where no phrase starts with that pair.
     */
    @SuppressWarnings("unchecked")
    private final Bucket<T>[] wildByPair = new Bucket[26 * 26];

    /** Adds a phrase; lower-cased with {@link Locale#ROOT}. Call only while building. */
    public PhraseMatcher<T> add(String phrase, T value) {
        String[] words = phrase.strip().toLowerCase(Locale.ROOT).split(" +");
        Entry<T> e = new Entry<>(words, value);
        if (words[0].endsWith("*") && words[0].length() > 1) {
            wildByInitial.computeIfAbsent(words[0].charAt(0), k -> new Bucket<>(0)).insert(e);
            addByPair(words[0].substring(0, words[0].length() - 1), e);
        } else {
            byFirstWord.computeIfAbsent(words[0], k -> new Bucket<>(1)).insert(e);
            firstWords.add(words[0]);
        }
        return this;
    }

    /**
     * The first words of the phrases that are not prefixes: a token the filter turns away is no key of {@link
     * #byFirstWord}, so the map (a walk through memory far from the token) is asked only on a hit or a rare collision.
     */
    private final WordHashFilter firstWords = new WordHashFilter(14);

    /** The phrases whose first word is {@code word}, or null. */
    private Bucket<T> phrasesOpenedBy(String word) {
        return firstWords.mayHold(word) ? byFirstWord.get(word) : null;
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
        Bucket<T> exact = phrasesOpenedBy(first);
        Match<T> best = exact == null ? null : exact.longest(null, tokens, at, to);
        if (first.isEmpty() || wildByInitial.isEmpty()) {
            return best;
        }
        int pair = first.length() >= 2 ? pair(first.charAt(0), first.charAt(1)) : -1;
        Bucket<T> wild = pair >= 0 ? wildByPair[pair] : wildByInitial.get(first.charAt(0));
        return wild == null ? best : wild.longest(best, tokens, at, to);
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
                    wildByPair[k] = new Bucket<>(0);
                }
                wildByPair[k].insert(e);
            }
        }
    }

    /** The index of a pair of a-z letters, or -1. */
    private static int pair(char a, char b) {
        return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' ? (a - 'a') * 26 + (b - 'a') : -1;
    }

    /**
     * The phrases filed under one key (a first word, a letter pair, an initial), longest first and in the order added
     * among equals, so that the first that matches is the longest. Beside each phrase, in flat arrays read one after
     * the other, its length and a test of its word {@code known} (the first word not already known to match: the
     * second under a first word, the first under a prefix's letters): the word's hash, or its first four letters as a
     * prefix. A token that fails the test is turned away without reaching the phrase's words, which lie scattered
     * through memory.
     */
    private static final class Bucket<T> {
        private static final byte ANY = 0, WORD = 1, PREFIX = 2;
        private final int known;
        private final List<Entry<T>> entries = new ArrayList<>();
        private int[] lengths = new int[0];
        private byte[] kinds = new byte[0];
        /** {@link #WORD}: the word's hash; {@link #PREFIX}: the prefix's length. */
        private int[] hashes = new int[0];
        /** {@link #PREFIX}: the prefix's first four chars as {@link #pack} gives them, and the mask of those it has. */
        private long[] packs = new long[0];
        private long[] masks = new long[0];

        Bucket(int known) {
            this.known = known;
        }

        /** Puts {@code e} after the phrases of its length or longer, and files its test beside it. */
        void insert(Entry<T> e) {
            int i = 0;
            while (i < entries.size() && entries.get(i).words().length >= e.words().length) {
                i++;
            }
            entries.add(i, e);
            int n = entries.size();
            lengths = new int[n];
            kinds = new byte[n];
            hashes = new int[n];
            packs = new long[n];
            masks = new long[n];
            for (int k = 0; k < n; k++) {
                String[] words = entries.get(k).words();
                lengths[k] = words.length;
                String w = words.length > known ? words[known] : "*";
                if (!w.endsWith("*")) {
                    kinds[k] = WORD;
                    hashes[k] = w.hashCode();
                } else if (w.length() > 1) {
                    kinds[k] = PREFIX;
                    hashes[k] = w.length() - 1;
                    packs[k] = pack(w, w.length() - 1);
                    masks[k] = mask(w.length() - 1);
                }
            }
        }

        /**
         * {@code best} or the longest phrase here that matches at {@code at}, ends by {@code to} and is longer than
         * {@code best}.
         */
        Match<T> longest(Match<T> best, List<Token> tokens, int at, int to) {
            String word = at + known < to ? lower(tokens.get(at + known)) : null;
            int hash = word == null ? 0 : word.hashCode();
            long pack = -1; // read on the first prefix to test
            for (int k = 0; k < lengths.length; k++) {
                int end = at + lengths[k];
                if (best != null && end <= best.to()) {
                    return best; // the rest are no longer
                }
                if (end > to) {
                    continue;
                }
                boolean may = switch (kinds[k]) {
                    case WORD -> hashes[k] == hash;
                    case PREFIX -> word.length() >= hashes[k]
                            && ((pack == -1 ? pack = pack(word, word.length()) : pack) & masks[k]) == packs[k];
                    default -> true;
                };
                if (may && matches(entries.get(k).words(), tokens, at, known)) {
                    return new Match<>(at, end, entries.get(k).value()); // the first that matches is the longest
                }
            }
            return best;
        }

        /** The first four chars of {@code w[0, length)}, sixteen bits each, the first lowest; zero past the end. */
        private static long pack(String w, int length) {
            long p = 0;
            for (int i = 0; i < Math.min(4, length); i++) {
                p |= (long) w.charAt(i) << (16 * i);
            }
            return p;
        }

        private static long mask(int length) {
            return length >= 4 ? -1L : (1L << (16 * length)) - 1;
        }
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
