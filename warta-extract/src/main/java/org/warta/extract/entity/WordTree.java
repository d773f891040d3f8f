package org.warta.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.warta.extract.lexicon.WordHashFilter;

/**
 * Names or phrases as a tree of words, one level per token, so that a longest-match lookup walks the tokens once
 * instead of building and hashing a joined key for every length. The first value put for a word sequence stays.
 * Built once while loading; read-only and shared by threads afterwards.
 */
final class WordTree<V> {
    private Map<String, WordTree<V>> next;
    private V value;
    /**
     * Beside a node of more than {@value #FILTERED} words (the roots of the dictionaries), a filter of sixteen bits or
     * more per word: a token it turns away starts no name there, and the map, a walk through memory far from the
     * token, is asked only on a hit or a rare collision. Built anew, larger, as the node grows.
     */
    private WordHashFilter words;
    private static final int FILTERED = 64;

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
            WordTree<V> child = node.next.get(w);
            if (child == null) {
                child = new WordTree<>();
                node.next.put(w, child);
                node.noteWord(w);
            }
            node = child;
        }
        if (node.value == null) {
            node.value = absent.get();
        }
        return node.value;
    }

    /** The subtree after {@code word}, or null. */
    WordTree<V> child(String word) {
        if (next == null) {
            return null;
        }
        return words != null && !words.mayHold(word) ? null : next.get(word);
    }

    /** Files a word just added under this node in its filter, once the node has more than {@value #FILTERED}. */
    private void noteWord(String word) {
        if (next.size() > FILTERED) {
            words = WordHashFilter.grown(words, next.keySet(), word);
        }
    }

    /** The value of the word sequence ending here, or null. */
    V value() {
        return value;
    }
}
