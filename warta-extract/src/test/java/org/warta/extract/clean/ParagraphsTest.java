package org.warta.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {
    @Test
    void textThatNeedsNothingComesBackAsItIs() {
        String plain = "Banjir melanda Bima.\n\nSebanyak 12 warga mengungsi, kata Kepala BPBD (ant).";
        assertThat(Paragraphs.normalise(plain)).isSameAs(plain);
    }

    @Test
    void oddSpacesBreaksAndInvisibleMarksAreMadePlainWhereverTheyStand() {
        assertThat(Paragraphs.normalise("a\r\nb\rc\u00A0d\te\u200Bf\u00ADg\u0007h\uFEFF"))
                .isEqualTo("a\nb\nc d efgh");
        assertThat(Paragraphs.normalise("\u2003awal")).isEqualTo(" awal");
        assertThat(Paragraphs.normalise("akhir\u2003")).isEqualTo("akhir ");
        assertThat(Paragraphs.normalise("Kata é dan ñ tetap")).isEqualTo("Kata é dan ñ tetap");
    }
}
