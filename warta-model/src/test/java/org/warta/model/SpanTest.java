package org.warta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanTest {
    /** A record with Span's components: its equals and hashCode are the ones the JDK generates. */
    private record Generated(int start, int end, String text) {
    }

    @Test
    void hashesAsARecordWithTheSameComponents() {
        Random random = new Random(3);
        String[] texts = {null, "", "Baku", "Kementerian Pertahanan", "\u00e9l\u00e8ve"};
        for (int i = 0; i < 10_000; i++) {
            int start = random.nextInt(1 << 20);
            int end = start + random.nextInt(1 << 12);
            String text = texts[random.nextInt(texts.length)];
            assertThat(new Span(start, end, text).hashCode()).isEqualTo(new Generated(start, end, text).hashCode());
        }
    }

    @Test
    void isEqualToASpanWithTheSameComponentsOnly() {
        assertThat(new Span(1, 4, "abc")).isEqualTo(new Span(1, 4, "abc")).isNotEqualTo(new Span(1, 4, null))
                .isNotEqualTo(new Span(1, 5, "abc")).isNotEqualTo(new Span(0, 4, "abc")).isNotEqualTo("abc");
        assertThat(Span.of(2, 3)).isEqualTo(Span.of(2, 3)).isNotEqualTo(new Span(2, 3, ""));
    }
}
