package org.warta.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.eval.Scores;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.quote.QuoteFinder;
import org.warta.model.testing.SharedData;

/** Quotations and speakers on id-news-ner must not fall below what Warta reached (floors just under it). */
class QuoteFloorTest {
    @Test
    void keepsQuoteScoresAboveTheirFloors() throws Exception {
        var lines = Files.readAllLines(SharedData.require("data/id-news-ner/data_train.txt"), StandardCharsets.UTF_8);
        Map<String, Scores> s = new QuoteEvaluation(new EntityFinder(), new QuoteFinder()).score(lines);
        assertThat(s.get("TEXT").precision()).as("quote text precision").isGreaterThan(0.98);
        assertThat(s.get("TEXT").recall()).as("quote text recall").isGreaterThan(0.94);
        assertThat(s.get("SPEAKER").recall()).as("speaker recall").isGreaterThan(0.925);
        assertThat(s.get("SPEAKER").precision()).as("speaker precision").isGreaterThan(0.95);
    }

    @Test
    void readsInlineTagsAndTheSpeakerTheCuePointsTo() {
        TaggedSentence s = TaggedSentence.parse("\"Ini tanda kebangkrutan,\" kata <PERSON>Arie</PERSON>.");
        assertThat(s.text()).isEqualTo("\"Ini tanda kebangkrutan,\" kata Arie.");
        var gold = GoldQuote.of(s);
        assertThat(gold).hasSize(1);
        assertThat(s.text().substring(gold.get(0).start(), gold.get(0).end())).isEqualTo("Ini tanda kebangkrutan");
        assertThat(s.text().substring(gold.get(0).speaker().start(), gold.get(0).speaker().end())).isEqualTo("Arie");
    }
}
