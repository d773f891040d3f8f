package org.warta.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.lexicon.LexiconRow;

class BoilerplateTest {
    private static final String STORY = "Warga desa itu berkumpul di balai desa untuk membahas banjir yang melanda "
            .repeat(20);

    private static Boilerplate lists() {
        return new Boilerplate(List.of(row("line", "Share this"), row("prefix", "Tags:"), row("cut", "Related Posts"),
                row("trail", "\\s*\\(\\s*[a-z]{2,4}\\s*(/[a-z]{2,4}\\s*)*\\)\\s*$")));
    }

    private static LexiconRow row(String kind, String pattern) {
        return new LexiconRow("clean/test.tsv", 1, List.of(kind, pattern));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Share this|true", "  SHARE   this |true", "Share this now|false",
        "Tags: banjir, desa|true"})
    void tellsListedLinesAndPrefixesInAnyCaseAndSpacing(String line, boolean furniture) {
        assertThat(lists().isFurniture(line)).isEqualTo(furniture);
    }

    @Test
    void longParagraphStartingLikeAListedLineIsStory() {
        Boilerplate b = lists();
        assertThat(b.isFurniture("Share this " + STORY)).isFalse();
        assertThat(b.endsStory("Related Posts " + STORY)).isFalse();
        assertThat(b.keyOf("Share this " + STORY).whole()).isFalse();
    }

    @Test
    void longParagraphStartingWithAListedPrefixIsFurniture() {
        assertThat(lists().isFurniture("TAGS: " + STORY)).isTrue();
    }

    @Test
    void shortParagraphKeyIsTheWholeKey() {
        Boilerplate.Key k = lists().keyOf("  Related \t Posts ");
        assertThat(k.whole()).isTrue();
        assertThat(k.text()).isEqualTo(Boilerplate.key("  Related \t Posts "));
        assertThat(lists().endsStory("  Related \t Posts ")).isTrue();
    }

    @Test
    void removesTrailAtTheEndOfALongParagraph() {
        assertThat(lists().withoutTrail(STORY + "(ant/hrs)")).isEqualTo(STORY.stripTrailing());
        assertThat(lists().withoutTrail("(ant) " + STORY)).isEqualTo("(ant) " + STORY);
    }

    @Test
    void aLineHasAKeyExactlyWhenItsWholeKeyIsThatKey() {
        List<String> lines = List.of("Banjir Bandang di Bima", "  Banjir   bandang\tdi BIMA ", "Banjir Bandang di Bima.",
                "Banjir", "", "   ", "Serangan di Kota Πόλη Σ", "ΣΟΦΙΑ ΣΑΣ", "Ka\u212Aelvin", "Kakelvin", "İstanbul dilanda",
                "istanbul dilanda", "Banjir Bandang di Bima dan Dompu" + STORY, "a\u00A0b", "a b");
        for (String line : lines) {
            for (String other : lines) {
                String key = Boilerplate.key(other);
                assertThat(Boilerplate.hasKey(line, key)).as(line + " / " + other)
                        .isEqualTo(Boilerplate.key(line).equals(key));
            }
        }
        assertThat(Boilerplate.hasKey("  Banjir   bandang\tdi BIMA ", Boilerplate.key("Banjir Bandang di Bima"))).isTrue();
    }
}
