package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Each of the html stage's data files loads and says what it should. */
class HtmlLexiconsTest {
    @Test
    void furnitureAndContentHintsLoad() {
        assertThat(HintWords.furniture().size()).isGreaterThan(40);
        assertThat(HintWords.content().size()).isGreaterThan(10);
    }

    @Test
    void insertAndEndMarkerListsLoad() {
        assertThat(StoryText.insertCount()).isGreaterThan(40);
        assertThat(StoryText.isInsert("Baca juga: Harga beras naik lagi")).isTrue();
        assertThat(StoryText.isInsert("0 Comments")).isTrue();
        assertThat(StoryText.isInsert("Comments from the minister were brief.")).isFalse();
    }

    @Test
    void monthNamesLoadInBothLanguages() {
        assertThat(PublishedDates.monthCount()).isGreaterThan(35);
    }

    @Test
    void matchesPartWordsInsideNamesAndWholeWordsOnlyAsWords() {
        HintWords hints = HintWords.furniture();
        assertThat(hints.matches(new Element("div").attr("class", "commentlist"))).isTrue();
        assertThat(hints.matches(new Element("div").attr("class", "ad-slot"))).isTrue();
        assertThat(hints.matches(new Element("div").attr("id", "topAdBanner"))).isTrue();
        assertThat(hints.matches(new Element("div").attr("class", "header-shadow"))).isFalse();
        assertThat(hints.matches(new Element("div").attr("class", "story"))).isFalse();
    }
}
