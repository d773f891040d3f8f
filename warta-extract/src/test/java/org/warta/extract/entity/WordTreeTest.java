package org.warta.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTreeTest {
    /** Words of one to six letters, some shared, so roots and inner nodes pass the filter's threshold and grow on. */
    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(random.nextBoolean() ? 3 : 26)));
        }
        return b.toString();
    }

    @Test
    void findsWhatAMapOfWholeSequencesHolds() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            WordTree<String> tree = new WordTree<>();
            Map<List<String>, String> naive = new HashMap<>();
            int names = 10 + random.nextInt(5_000);
            for (int k = 0; k < names; k++) {
                List<String> words = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    words.add(word(random));
                }
                String v = "v" + k;
                assertThat(tree.put(words, v)).isEqualTo(naive.putIfAbsent(words, v) == null);
            }
            java.util.Set<List<String>> prefixes = new java.util.HashSet<>();
            for (List<String> k : naive.keySet()) {
                for (int i = 1; i <= k.size(); i++) {
                    prefixes.add(k.subList(0, i));
                }
            }
            for (int probe = 0; probe < 20_000; probe++) {
                List<String> words = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    words.add(word(random));
                }
                WordTree<String> node = tree;
                for (String w : words) {
                    node = node == null ? null : node.child(w);
                }
                String found = node == null ? null : node.value();
                assertThat(found).as("%s", words).isEqualTo(naive.get(words));
                assertThat(node != null).as("a node for %s", words).isEqualTo(prefixes.contains(words));
            }
        }
    }
}
