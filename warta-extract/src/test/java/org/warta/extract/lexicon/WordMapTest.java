package org.warta.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filtered word map and set answer as a plain map and set do while they grow through many filter sizes. */
class WordMapTest {
    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(7);
        for (int i = 0; i < n; i++) {
            b.append(random.nextInt(10) == 0 ? 'é' : (char) ('a' + random.nextInt(random.nextBoolean() ? 4 : 26)));
        }
        return b.toString();
    }

    @Test
    void answersAsAPlainMapAndSetWhileGrowing() {
        Random random = new Random(3);
        WordMap<Integer> map = new WordMap<>();
        WordSet set = new WordSet();
        Map<String, Integer> plainMap = new HashMap<>();
        Set<String> plainSet = new HashSet<>();
        for (int k = 0; k < 20_000; k++) {
            String w = word(random);
            if (random.nextBoolean()) {
                map.put(w, k);
                plainMap.put(w, k);
            } else {
                assertThat(map.computeIfAbsent(w, x -> -1)).isEqualTo(plainMap.computeIfAbsent(w, x -> -1));
            }
            set.add(w);
            plainSet.add(w);
            if (k % 97 == 0) { // asked between fills too, at every size the filter takes
                for (int probe = 0; probe < 200; probe++) {
                    String p = word(random);
                    assertThat(map.get(p)).as(p).isEqualTo(plainMap.get(p));
                    assertThat(set.contains(p)).as(p).isEqualTo(plainSet.contains(p));
                }
            }
        }
        assertThat(map.size()).isEqualTo(plainMap.size());
        assertThat(map.keySet()).isEqualTo(plainMap.keySet());
        assertThat(set.words()).isEqualTo(plainSet);
        assertThat(WordSet.of(plainSet).words()).isEqualTo(plainSet);
        assertThat(new WordSet().contains("a")).isFalse();
        assertThat(new WordMap<String>().get("a")).isNull();
    }
}
