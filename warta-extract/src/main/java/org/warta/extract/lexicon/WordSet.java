package org.warta.extract.lexicon;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of words asked about every token of a text, most of which it lacks: a {@link WordHashFilter} in front turns
 * those away without walking the set. Filled while loading, then read-only and shared by threads.
 */
public final class WordSet {
    private final Set<String> words = new HashSet<>();
    private WordHashFilter filter;

    /** A set of {@code words}. */
    public static WordSet of(Collection<String> words) {
        WordSet out = new WordSet();
        words.forEach(out::add);
        return out;
    }

    public boolean contains(String word) {
        return filter != null && filter.mayHold(word) && words.contains(word);
    }

    /** Adds {@code word}. Call only while filling. */
    public void add(String word) {
        if (words.add(word)) {
            filter = WordHashFilter.grown(filter, words, word);
        }
    }

    /** The words, unmodifiable. */
    public Set<String> words() {
        return Collections.unmodifiableSet(words);
    }
}
