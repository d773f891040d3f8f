package org.warta.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Names or phrases as a tree of words, one level per token, so that a longest-match lookup walks the tokens once
 * instead of building and hashing a joined key for every length. The first value put for a word sequence stays.
 * Built once while loading; read-only and shared by threads afterwards.
 */
final class WordTree<V> {
    private Map<String, WordTree<V>> next;
    private V value;

    /** Puts {@code v} for {@code words} unless they have a value already; true when put. */
    boolean put(List<String> words, V v) {
        boolean[] put = new boolean[1];
        computeIfAbsent(words, () -> {
            put[0] = true;
            return v;
        });
        return put[0];
    }

    /** The value of {@code words}, put from {@code absent} first when there is none. */
    V computeIfAbsent(List<String> words, Supplier<V> absent) {
        WordTree<V> node = this;
        for (String w : words) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(w, k -> new WordTree<>());
        }
        if (node.value == null) {
            node.value = absent.get();
        }
        return node.value;
    }

    /** The subtree after {@code word}, or null. */
    WordTree<V> child(String word) {
        return next == null ? null : next.get(word);
    }

    /** The value of the word sequence ending here, or null. */
    V value() {
        return value;
    }
}
