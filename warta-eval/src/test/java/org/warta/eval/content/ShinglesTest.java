package org.warta.eval.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** As the article-extraction benchmark's evaluate.py: {@code \w+} tokens, 4-grams, a short text is one shingle. */
class ShinglesTest {
    @Test
    void tokensAreUnicodeWordRunsSplitAtPunctuation() {
        assertThat(Shingles.tokens("Wednesday.The Rp5.000 naik-turun café_1 日本語"))
                .containsExactly("Wednesday", "The", "Rp5", "000", "naik", "turun", "café_1", "日本語");
    }

    @Test
    void makesOverlappingFourTokenShinglesCounted() {
        assertThat(Shingles.counts("a b c d a b c d")).isEqualTo(
                Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1));
    }

    @Test
    void textOfFewerThanFourTokensIsOneShortShingle() {
        assertThat(Shingles.counts("Hello, world")).isEqualTo(Map.of("Hello world", 1));
        assertThat(Shingles.counts("")).isEmpty();
        assertThat(Shingles.counts(null)).isEmpty();
    }
}
