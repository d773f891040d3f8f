package org.warta.extract.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.warta.extract.Extractor;
import org.warta.extract.RawArticle;
import org.warta.model.Record;
import org.warta.model.RecordJson;
import org.warta.model.testing.RecordSchema;
import org.warta.model.testing.SharedData;

/**
 * Whole articles: each folder under {@code src/test/resources/golden} holds an input and the record it must
 * give ({@code expected.json}), with {@code review.txt} for reviewers. {@code -Dgolden.update=true} rewrites
 * both from the current code.
 */
class GoldenArticlesTest {
    static final Path ROOT = Paths.get("src/test/resources/golden");
    private static final Extractor EXTRACTOR = Extractor.standard();

    @TestFactory
    Stream<DynamicTest> everyGoldenArticleGivesItsExpectedRecord() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("golden cases under " + ROOT.toAbsolutePath()).isNotEmpty();
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    static RawArticle input(Path dir) throws IOException {
        RawArticle meta = meta(dir);
        Path txt = dir.resolve("input.txt");
        Path html = dir.resolve("input.html");
        Path ref = dir.resolve("input.ref");
        String path = dir.getFileName() + "/";
        if (Files.exists(html)) {
            return new RawArticle(meta.id(), null, Files.readString(html), meta.url(), meta.published(),
                    meta.language(), path + "input.html");
        }
        Path source = txt;
        if (Files.exists(ref)) {
            String relative = Files.readString(ref).strip();
            source = SharedData.require(relative);
            path = relative;
        } else {
            path += "input.txt";
        }
        return new RawArticle(meta.id(), Files.readString(source, StandardCharsets.UTF_8), null, meta.url(),
                meta.published(), meta.language(), path);
    }

    private static RawArticle meta(Path dir) throws IOException {
        Path file = dir.resolve("meta.json");
        if (!Files.exists(file)) {
            return new RawArticle(null, null, null, null, null, null, null);
        }
        JsonNode m = RecordJson.mapper().readTree(file.toFile());
        return new RawArticle(text(m, "id"), null, null, text(m, "url"), text(m, "published"), text(m, "language"),
                null);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static void check(Path dir) throws IOException {
        Record record = EXTRACTOR.extract(input(dir));
        String actual = RecordJson.canonical(record);
        RecordSchema.assertValid(actual);
        Path expected = dir.resolve("expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
            Files.writeString(dir.resolve("review.txt"), ReviewView.render(record));
            return;
        }
        Assumptions.assumeTrue(Files.exists(expected), "No expected.json in " + dir
                + " yet: run with -Dgolden.update=true, review the files, and commit them.");
        assertThat(actual).as("record for golden article '%s' (rerun with -Dgolden.update=true and review the diff "
                + "of expected.json and review.txt if the change is intended)", dir.getFileName())
                .isEqualTo(Files.readString(expected));
    }
}
