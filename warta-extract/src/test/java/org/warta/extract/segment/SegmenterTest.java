package org.warta.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.testing.RandomText;

class SegmenterTest {
    private final Segmenter segmenter = Segmenter.standard();

    private List<String> sentences(String text) {
        Document d = segmenter.segment(text, "id", null);
        return d.sentences().stream().map(s -> s.text(text)).toList();
    }

    private List<String> tokens(String text) {
        return Tokenizer.standard().tokenize(text, 0, text.length()).stream().map(Token::text).toList();
    }

    @Test
    void splitsAtSentenceEndsFollowedByACapital() {
        assertThat(sentences("Ia datang. Mereka pergi! Siapa itu? Tidak tahu."))
                .containsExactly("Ia datang.", "Mereka pergi!", "Siapa itu?", "Tidak tahu.");
    }

    // Abbreviations from segment/abbreviations.txt (KBBI's list of abbreviations; newswire usage).
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kantornya di Jl. Sudirman No. 5 Jakarta. Ia datang.|Kantornya di Jl. Sudirman No. 5 Jakarta.",
        "Harganya Rp. 5.000 per kilo. Ia membeli.|Harganya Rp. 5.000 per kilo.",
        "Kami bertemu Sdr. Budi kemarin. Ia sehat.|Kami bertemu Sdr. Budi kemarin.",
        "Mr. Smith met U.S. officials on Monday. They talked.|Mr. Smith met U.S. officials on Monday.",
        "Prof. Dr. Ir. Budi hadir. Ia bicara.|Prof. Dr. Ir. Budi hadir.",
        "Menurut J. Appathurai, perang harus usai. Ia pergi.|Menurut J. Appathurai, perang harus usai.",
    })
    void doesNotSplitAfterAnAbbreviationOrAnInitial(String text, String first) {
        assertThat(sentences(text)).first().isEqualTo(first);
        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void keepsAQuoteOfSeveralSentencesWithItsCue() {
        String text = "\"Mereka harus berunding. NATO mendukung upaya itu,\" sambungnya. Sekjen PBB setuju.";
        assertThat(sentences(text)).containsExactly(
                "\"Mereka harus berunding. NATO mendukung upaya itu,\" sambungnya.", "Sekjen PBB setuju.");
    }

    @Test
    void splitsAfterAClosingQuote() {
        assertThat(sentences("\"Kami siap.\" Ia lalu pergi.")).containsExactly("\"Kami siap.\"", "Ia lalu pergi.");
    }

    @Test
    void leavesAnOpeningQuoteToTheNextSentence() {
        assertThat(sentences("Ia berkata. \"Kami siap.\" Lalu pergi.")).containsExactly("Ia berkata.",
                "\"Kami siap.\"", "Lalu pergi.");
    }

    @Test
    void neverJoinsParagraphs() {
        assertThat(sentences("Paragraf satu tanpa titik\n\nParagraf dua")).containsExactly("Paragraf satu tanpa titik",
                "Paragraf dua");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2.300 personel|2.300,personel",
        "naik 4,7%|naik,4,7,%",
        "pukul 07.30 WIB|pukul,07.30,WIB",
        "luka-luka parah|luka-luka,parah",
        "dikutip impiannews.com. Rabu|dikutip,impiannews.com,.,Rabu",
        "don't stop|don't,stop",
        "Russia's army|Russia,'s,army",
        "Hong Kong’s police|Hong,Kong,’s,police",
        "it's over, the Joneses' house|it,'s,over,',',the,Joneses,',house",
        "Jum'at dan Qur'an, the 1990's|Jum'at,dan,Qur'an,',',the,1990,'s",
        "'s defence ministry|'s,defence,ministry",
        "senjata anti-tank,|senjata,anti-tank,','",
    })
    void tokenizesNumbersHyphensDomainsAndPossessives(String text, String expected) {
        assertThat(String.join(",", tokens(text))).isEqualTo(expected.replace("','", ","));
    }

    @Test
    void tokenOffsetsPointIntoTheText() {
        String text = "Azerbaijan mengklaim 2.300 personel.";
        for (Token t : Tokenizer.standard().tokenize(text, 0, text.length())) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void survivesArbitraryInputWithSpansInsideTheText() {
        String alphabet = "aZ9 .,!?\"\u201C\u201D'()-\n\u00A0\uD83D\uDE00Jl.";
        for (String text : RandomText.samples(7, alphabet, 120, 3000)) {
            Document d = segmenter.segment(text, "id", null);
            int last = 0;
            for (Sentence s : d.sentences()) {
                assertThat(s.start()).isGreaterThanOrEqualTo(last);
                assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
                last = s.end();
            }
        }
    }
}
