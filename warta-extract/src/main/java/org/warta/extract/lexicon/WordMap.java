package org.warta.extract.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A map from words to what a word list says of them, for lookups of every token of a text, most of which the list
 * lacks: a {@link WordHashFilter} in front turns those away without walking the map. Filled while loading, then
 * read-only and shared by threads.
 *
 * @param <V> what a word stands for
 */
public final class WordMap<V> {
    private final Map<String, V> map = new HashMap<>();
    private WordHashFilter filter;

    /** The value of {@code word}, or null. */
    public V get(String word) {
        return filter == null || !filter.mayHold(word) ? null : map.get(word);
    }

    public boolean containsKey(String word) {
        return get(word) != null;
    }

    /** Puts {@code value} for {@code word}. Call only while filling. */
    public void put(String word, V value) {
        if (map.put(word, value) == null) {
            filter = WordHashFilter.grown(filter, map.keySet(), word);
        }
    }

    /** The value of {@code word}, made by {@code make} and put first when there is none. Call only while filling. */
    public V computeIfAbsent(String word, Function<String, V> make) {
        V v = map.get(word);
        if (v == null) {
            v = make.apply(word);
            put(word, v);
        }
        return v;
    }

    public Set<String> keySet() {
        return map.keySet();
    }

    public int size() {
        return map.size();
    }
}
