package org.warta.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;
import org.warta.model.Entity;
import org.warta.model.Quote;

/**
 * Golden articles written for Warta (nested, split and follow-on quotations, reported speech, both languages):
 * {@code golden/NAME.txt} in, {@code golden/NAME.quotes} out, one quotation a line as
 * {@code direct|cue|speaker|text}. Run with {@code -Dgolden.update=true} to rewrite the expected files, then
 * review the diff.
 */
class GoldenQuotesTest {
    private static final String DIR = "org/warta/extract/quote/golden/";

    @ParameterizedTest
    @CsvSource({"id-banjir, id", "en-strike, en"})
    void findsTheGoldenQuotes(String name, String language) throws Exception {
        String text = resource(name + ".txt");
        Document doc = Segmenter.standard().segment(text, language, LocalDate.of(2024, 3, 5));
        List<Entity> entities = new EntityFinder().find(doc).value();
        String actual = new QuoteFinder().find(doc, entities).value().stream().map(GoldenQuotesTest::line)
                .collect(Collectors.joining("\n", "", "\n"));
        if (Boolean.getBoolean("golden.update")) {
            Path out = Paths.get("src/test/resources", DIR, name + ".quotes");
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(resource(name + ".quotes"));
    }

    private static String line(Quote q) {
        return (q.direct() ? "direct" : "reported") + "|" + q.cue() + "|" + q.speakerText() + "|" + q.text();
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = GoldenQuotesTest.class.getClassLoader().getResourceAsStream(DIR + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
