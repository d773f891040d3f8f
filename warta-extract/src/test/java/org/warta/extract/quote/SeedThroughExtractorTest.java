package org.warta.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.Extractor;
import org.warta.extract.RawArticle;
import org.warta.model.Entity;
import org.warta.model.Quote;
import org.warta.model.Record;
import org.warta.model.testing.SharedData;

/**
 * The seed's quotes through the front door, with the body cut from the scrape here (cleaning is another stage):
 * speakers point at entities of the record, and every span reads back its own words.
 */
class SeedThroughExtractorTest {
    @Test
    void givesBothSeedQuotesToAppathuraiThroughTheExtractor() throws Exception {
        String raw = Files.readString(SharedData.require("seed/000_ff36bd3fc7d329e5.txt"), StandardCharsets.UTF_8);
        String body = raw.substring(raw.indexOf("Azerbaijan mengklaim"), raw.indexOf("Post a Comment"))
                .replace("***", "").strip();
        Record r = Extractor.standard().extract(new RawArticle(null, body, null, null, "2020-09-30", "id", null));
        assertThat(r.diagnostics()).noneMatch(d -> d.stage().equals("entity") || d.stage().equals("quote"));
        List<Quote> direct = r.quotes().stream().filter(Quote::direct).toList();
        assertThat(direct).hasSize(2);
        Entity speaker = r.entities().stream().filter(e -> e.id().equals(direct.get(0).speaker())).findFirst()
                .orElseThrow();
        assertThat(speaker.name()).isEqualTo("James Appathurai");
        assertThat(direct.get(1).speaker()).isEqualTo(speaker.id());
        for (Quote q : r.quotes()) {
            assertThat(r.text().substring(q.start(), q.end())).isEqualTo(q.text());
        }
        for (Entity e : r.entities()) {
            e.mentions().forEach(m -> assertThat(r.text().substring(m.start(), m.end())).isEqualTo(m.text()));
        }
    }
}
