package org.warta.extract.entity.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeaturesTest {
    /** The hash as the trained model's keys were made: Unicode digit and lower-case tables for every character. */
    private static int reference(String w) {
        int h = 17;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            h = 31 * h + (Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return h;
    }

    @Test
    void hashesEveryCharacterAsTheUnicodeTablesFoldIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String w = "A" + (char) c + "9z";
            assertThat(Features.lowerHash(w, 0, w.length())).as("U+%04X", c).isEqualTo(reference(w));
        }
    }

    @Test
    void hashesAPartOfTheWord() {
        assertThat(Features.lowerHash("Jakarta", 0, 3)).isEqualTo(reference("jak"));
        assertThat(Features.lowerHash("Jakarta2020", 7, 11)).isEqualTo(reference("0000"));
    }
}
