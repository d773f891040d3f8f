package org.warta.extract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.warta.extract.Extractor;
import org.warta.extract.RawArticle;
import org.warta.extract.date.DateFinder;
import org.warta.model.DateMention;
import org.warta.extract.html.HtmlArticleExtractor;
import org.warta.extract.quantity.QuantityFinder;
import org.warta.extract.read.Item;
import org.warta.extract.read.JsonLinesReader;
import org.warta.extract.read.Limits;
import org.warta.extract.read.WarcReader;
import org.warta.extract.segment.Document;
import org.warta.model.Quantity;
import org.warta.model.Record;

/**
 * Jazzer fuzz targets for everything that reads text from outside. Under {@code mvn test} each runs its seed
 * inputs (src/test/resources/.../HostileInputFuzzTestInputs/METHOD/) and the inputs of crashes found
 * earlier; with {@code JAZZER_FUZZ=1} one target at a time is fuzzed (see the README). A target fails on any
 * exception or a span outside the text.
 */
class HostileInputFuzzTest {
    private static final Limits SMALL = new Limits(1 << 20);
    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final QuantityFinder QUANTITIES = new QuantityFinder();
    private static final DateFinder DATES = new DateFinder();
    private static final HtmlArticleExtractor HTML = new HtmlArticleExtractor();

    @FuzzTest
    void htmlExtractorReturnsAnOutcomeForAnyBytes(byte[] page) {
        var outcome = HTML.extract(page, null, "https://fuzz.example/a");
        assertThat(outcome).isNotNull();
        assertThat(outcome.value()).isNotNull();
    }

    @FuzzTest
    void quantityFinderKeepsSpansInsideAnyText(FuzzedDataProvider data) {
        String language = data.pickValue(new String[] {"id", "en"});
        String text = data.consumeRemainingAsString();
        List<Quantity> found = QUANTITIES.find(new Document(text, language, null, List.of())).value();
        int last = 0;
        for (Quantity q : found) {
            assertThat(q.start()).isGreaterThanOrEqualTo(last);
            assertThat(q.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(q.start());
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            last = q.end();
        }
    }

    @FuzzTest
    void dateFinderKeepsSpansInsideAnyText(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? null
                : LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2100, 1, 1).toEpochDay()));
        String text = data.consumeRemainingAsString();
        int last = 0;
        for (DateMention d : DATES.find(text, published)) {
            assertThat(d.start()).isGreaterThanOrEqualTo(last);
            assertThat(d.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(d.start());
            assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
            last = d.end();
        }
    }

    @FuzzTest
    void extractorGivesARecordWithSpansInsideTheTextForAnyArticle(FuzzedDataProvider data) {
        boolean html = data.consumeBoolean();
        String published = data.consumeBoolean() ? data.consumeString(12) : null;
        String language = data.consumeBoolean() ? data.consumeString(4) : null;
        String body = data.consumeRemainingAsString();
        RawArticle in = new RawArticle("f1", html ? null : body, html ? body : null, null, published, language, null);
        Record r = EXTRACTOR.extract(in);
        int length = r.text().codePointCount(0, r.text().length());
        r.quantities().forEach(q -> assertThat(q.end()).isLessThanOrEqualTo(length).isGreaterThan(q.start()));
        r.quotes().forEach(q -> assertThat(q.end()).isLessThanOrEqualTo(length).isGreaterThanOrEqualTo(q.start()));
        r.entities().forEach(e -> e.mentions().forEach(m -> assertThat(m.end()).isLessThanOrEqualTo(length)));
    }

    @FuzzTest
    void jsonLinesReaderGivesAnItemPerLineForAnyBytes(byte[] bytes) {
        var reader = new JsonLinesReader(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8)), "fuzz.jsonl", SMALL);
        while (reader.hasNext()) {
            Item item = reader.next();
            assertThat(item.isFailed() ? item.failure().message() : item.article()).isNotNull();
        }
    }

    @FuzzTest
    void warcReaderEndsWithItemsOrAFailureForAnyBytes(byte[] bytes) throws IOException {
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes), "fuzz.warc", SMALL)) {
            int n = 0;
            while (reader.hasNext()) {
                Item item = reader.next();
                assertThat(item.name()).startsWith("fuzz.warc");
                assertThat(++n).isLessThan(bytes.length + 2);
            }
        }
    }
}
