package org.warta.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordHashFilterTest {
    private static final Set<String> LISTED = Set.of("januari", "kemarin", "2020", "yang", "oktober");

    private static WordHashFilter filter() {
        WordHashFilter f = new WordHashFilter(10);
        LISTED.forEach(f::add);
        return f;
    }

    @Test
    void neverTurnsAwayAListedWordWhateverItsCaseOrPlaceInTheText() {
        WordHashFilter f = filter();
        String text = "Pada JANUARI 2020, Kemarin yang Oktober";
        for (String w : new String[] {"JANUARI", "2020", "Kemarin", "yang", "Oktober"}) {
            int at = text.indexOf(w);
            assertThat(f.mayHold(text, at, at + w.length())).as(w).isTrue();
        }
    }

    @Test
    void turnsAwayMostWordsThatAreNotListed() {
        WordHashFilter f = filter();
        Random rnd = new Random(7);
        int turnedAway = 0;
        for (int n = 0; n < 1000; n++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 3 + rnd.nextInt(8); k++) {
                w.append((char) ('a' + rnd.nextInt(26)));
            }
            String word = w.toString();
            boolean may = f.mayHold("x " + word + " y", 2, 2 + word.length());
            if (LISTED.contains(word.toLowerCase(Locale.ROOT))) {
                assertThat(may).isTrue();
            } else if (!may) {
                turnedAway++;
            }
        }
        assertThat(turnedAway).isGreaterThan(950); // 5 words in 1,024 bits
    }

    @Test
    void leavesWordsWithOtherCharactersToTheMap() {
        WordHashFilter f = filter();
        assertThat(f.mayHold("Āpa", 0, 3)).isTrue();
        assertThat(f.mayHold("rock'n", 0, 6)).isTrue();
    }
}
