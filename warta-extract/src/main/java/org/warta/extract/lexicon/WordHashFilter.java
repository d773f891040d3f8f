package org.warta.extract.lexicon;

import java.util.BitSet;
import java.util.Collection;

/**
 * A quick "not listed" test for the words of a text, before a word list's map is asked: the listed words'
 * {@link String#hashCode}s folded to a number of bits. A word of ASCII letters and digits is hashed lower-cased in
 * place, without building its string, and when its bit is clear no listed word is that word: most words of a text
 * are turned away so. Any other word may be listed and is left to the map. Filled once, then shared by threads.
 */
public final class WordHashFilter {
    private final BitSet bits;
    private final int mask;

    /** A filter of {@code 2^log2Bits} bits. */
    public WordHashFilter(int log2Bits) {
        this.mask = (1 << log2Bits) - 1;
        this.bits = new BitSet(1 << log2Bits);
    }

    /** Adds a listed word, as the map holds it (lower case for {@link #mayHold(String, int, int)}). Call only while filling. */
    public void add(String word) {
        bits.set(word.hashCode() & mask);
    }

    /**
     * A filter for {@code words}, which has just gained {@code word}: {@code filter} with {@code word} added, or, when
     * {@code filter} is null or would hold fewer than sixteen bits a word, a new one of thirty-two bits a word or more
     * holding all of {@code words}. Growing so, a filter filled word by word costs each word a few additions in all.
     */
    public static WordHashFilter grown(WordHashFilter filter, Collection<String> words, String word) {
        if (filter != null && (long) words.size() * 16 <= filter.mask + 1L) {
            filter.add(word);
            return filter;
        }
        WordHashFilter out = new WordHashFilter(32 - Integer.numberOfLeadingZeros(Math.max(1, words.size() * 32 - 1)));
        words.forEach(out::add);
        return out;
    }

    /** False when {@code word}, as it is, is certainly none of the added words: one bit read, the hash cached. */
    public boolean mayHold(String word) {
        return bits.get(word.hashCode() & mask);
    }

    /**
     * False when {@code text[from, to)}, lower-cased, is certainly none of the added words; true when it may be one,
     * and for every word with a character other than an ASCII letter or digit.
     */
    public boolean mayHold(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return true;
            }
            h = 31 * h + c;
        }
        return bits.get(h & mask);
    }
}
