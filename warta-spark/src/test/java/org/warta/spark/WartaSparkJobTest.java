package org.warta.spark;

import org.warta.model.ContentHash;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.warta.extract.Extractor;
import org.warta.extract.read.Item;
import org.warta.extract.read.JsonLinesReader;
import org.warta.extract.read.Limits;
import org.warta.extract.read.WarcReader;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Quote;
import org.warta.model.Record;
import org.warta.model.RecordJson;

/**
 * The job in Spark local mode on WARC and JSON Lines files written here, its Parquet read back with Spark and
 * compared row by row with what {@code Extractor.standard()} (the extractor behind {@code warta extract})
 * makes of the same items, read with the same readers.
 */
class WartaSparkJobTest {
    @TempDir
    static Path dir;
    static RunSummary summary;
    /** The articles the job should keep: first of each content key, in input order. */
    static Map<String, Record> expected;

    @BeforeAll
    static void runTheJob() throws IOException {
        Path samples = Path.of("..", "samples");
        String flood = Files.readString(samples.resolve("sample-en-flood-toll.html"));
        String arrest = Files.readString(samples.resolve("sample-id-penangkapan.html"));
        String claim = Files.readString(samples.resolve("sample-id-klaim-serangan.txt"));
        String talks = Files.readString(samples.resolve("sample-en-ceasefire-talks.txt"));
        Path in = Files.createDirectories(dir.resolve("in"));
        try (TestWarcs w = new TestWarcs(in.resolve("a.warc.gz"))) {
            w.page("https://news.example/2024/10/flood", flood).page("https://berita.example/penangkapan", arrest)
                    .response("https://news.example/logo.png", 200, MediaType.parse("image/png"), new byte[]{1, 2, 3});
        }
        long cut;
        Path b = in.resolve("b.warc.gz");
        try (TestWarcs w = new TestWarcs(b)) {
            w.page("https://mirror.example/flood-copy", flood);
            w.page("https://berita.example/klaim", "<html><head><title>Klaim</title></head><body>"
                    + claim.lines().map(l -> "<p>" + l + "</p>").collect(Collectors.joining()) + "</body></html>");
            cut = w.position();
            w.page("https://news.example/talks", "<html><body><p>" + talks + "</p></body></html>");
        }
        try (RandomAccessFile f = new RandomAccessFile(b.toFile(), "rw")) {
            f.setLength(cut + (f.length() - cut) / 2);
        }
        ObjectMapper json = new ObjectMapper();
        Files.write(in.resolve("c.jsonl"), List.of(
                json.writeValueAsString(Map.of("id", "klaim-1", "text", claim, "published", "2024-10-14")),
                "{not json",
                json.writeValueAsString(Map.of("id", "talks-1", "text", talks, "url", "https://news.example/t")),
                json.writeValueAsString(Map.of("id", "klaim-again", "text", claim, "published", "2024-10-14"))));

        expected = expectedArticles(List.of(in.resolve("a.warc.gz"), b, in.resolve("c.jsonl")));
        summary = WartaSparkJob.run(SparkTestSession.spark(),
                JobOptions.parse("--output", dir.resolve("out").toString(), in.toString()));
    }

    private static Map<String, Record> expectedArticles(List<Path> files) throws IOException {
        Extractor extractor = Extractor.standard();
        Map<String, Record> first = new LinkedHashMap<>();
        for (Path f : files) {
            List<Item> items = new ArrayList<>();
            if (f.toString().endsWith(".jsonl")) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    new JsonLinesReader(r, f.toString(), Limits.DEFAULT).forEachRemaining(items::add);
                }
            } else {
                try (WarcReader r = new WarcReader(f, Limits.DEFAULT)) {
                    r.forEachRemaining(items::add);
                }
            }
            for (Item item : items) {
                if (!item.isFailed()) {
                    Record r = extractor.extract(item.article());
                    first.putIfAbsent(ContentHash.of(r), r);
                }
            }
        }
        return first;
    }

    private static List<Row> table(String name) {
        SparkSession spark = SparkTestSession.spark();
        return spark.read().parquet(dir.resolve("out").resolve(name).toString()).collectAsList();
    }

    private static <T> List<List<Object>> rows(List<Row> rows, String... columns) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : rows) {
            List<Object> values = new ArrayList<>();
            for (String c : columns) {
                values.add(r.get(r.fieldIndex(c)));
            }
            out.add(values);
        }
        return out;
    }

    private static <T> List<List<Object>> expectedRows(Function<Record, List<T>> items, RowOf<T> row) {
        List<List<Object>> out = new ArrayList<>();
        expected.forEach((key, r) -> {
            for (T item : items.apply(r)) {
                out.add(row.of(key, r, item));
            }
        });
        return out;
    }

    interface RowOf<T> {
        List<Object> of(String key, Record r, T item);
    }

    private static List<Object> list(Object... values) {
        return java.util.Arrays.asList(values);
    }

    @Test
    void writesOneArticleRowPerDistinctArticleWithTheWholeRecord() {
        assertThat(expected).hasSize(5);
        List<List<Object>> want = new ArrayList<>();
        expected.forEach((key, r) -> want.add(list(key, r.id(), r.source().url(), r.language(), r.title(),
                r.published(), r.text().codePointCount(0, r.text().length()), RecordJson.line(r))));
        assertThat(rows(table("articles"), "key", "id", "url", "language", "title", "published_text",
                "text_length", "record")).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void writesTheClaimsOfEveryArticleAsTheExtractorFindsThem() {
        List<List<Object>> want = expectedRows(Record::claims, (String key, Record r, Claim c) -> list(key, r.id(), c.id(),
                c.predicate().name(), c.count() == null ? null : c.count().value(), c.claimant(), c.status().name(),
                c.evidence().isEmpty() ? null : c.evidence().get(0).start(), c.confidence()));
        assertThat(rows(table("claims"), "article_key", "article_id", "claim_id", "predicate", "value", "claimant_id",
                "status", "evidence_start", "confidence")).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void writesTheQuotesWithTheirSpansAndSpeakers() {
        List<List<Object>> want = new ArrayList<>();
        expected.forEach((key, r) -> {
            int ord = 0;
            for (Quote q : r.quotes()) {
                want.add(list(key, ord++, q.text(), q.start(), q.end(), q.speaker(), q.cue(), q.direct()));
            }
        });
        assertThat(rows(table("quotes"), "article_key", "ord", "text", "start_cp", "end_cp", "speaker_id", "cue",
                "direct")).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void writesEntitiesAndEventsOfEveryArticle() {
        List<List<Object>> entities = expectedRows(Record::entities, (String key, Record r, Entity e) -> list(key, e.id(),
                e.type() == null ? null : e.type().name(), e.name(), e.country(), e.mentions().size()));
        assertThat(rows(table("entities"), "article_key", "entity_id", "type", "name", "country", "mention_count"))
                .containsExactlyInAnyOrderElementsOf(entities);
        List<List<Object>> events = expectedRows(Record::events, (String key, Record r, Event e) -> list(key, e.id(),
                e.type().name(), e.trigger() == null ? null : e.trigger().start(), String.join(" ", e.claims())));
        assertThat(rows(table("events"), "article_key", "event_id", "type", "trigger_start", "claim_ids"))
                .containsExactlyInAnyOrderElementsOf(events);
        long mentions = expected.values().stream().flatMap(r -> r.entities().stream())
                .mapToLong(e -> e.mentions().size()).sum();
        assertThat(table("mentions")).hasSize((int) mentions);
    }

    @Test
    void writesTheQuantitiesInTheirOrderWithValuesAndSpans() {
        List<List<Object>> want = new ArrayList<>();
        expected.forEach((key, r) -> {
            int ord = 0;
            for (org.warta.model.Quantity q : r.quantities()) {
                want.add(list(key, ord++, q.text(), q.start(), q.end(), q.value(), q.min(), q.max(), q.approximate(),
                        q.unit(), q.category()));
            }
        });
        assertThat(want).isNotEmpty();
        assertThat(rows(table("quantities"), "article_key", "ord", "text", "start_cp", "end_cp", "value", "min", "max",
                "approximate", "unit", "category")).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void countsDuplicatesAndFailuresInsteadOfFailing() {
        assertThat(summary.inputs()).isEqualTo(3);
        assertThat(summary.extracted()).isEqualTo(7);
        assertThat(summary.records()).isEqualTo(5);
        assertThat(summary.duplicates()).isEqualTo(2);
        assertThat(summary.failures()).containsEntry("not_html", 1L).containsEntry("broken_file", 1L)
                .containsEntry("invalid_json", 1L).hasSize(3);
        List<Row> failures = table("failures");
        assertThat(failures).hasSize(3);
        assertThat(failures.stream().map(r -> r.getString(r.fieldIndex("source"))).filter(Objects::nonNull)
                .map(s -> Path.of(s).getFileName().toString()).sorted())
                .containsExactly("a.warc.gz", "b.warc.gz", "c.jsonl");
    }

    @Test
    void writesTheSummaryBesideTheTables() throws IOException {
        Path file = dir.resolve("out").resolve("summary.json");
        RunSummary read = new ObjectMapper().readValue(file.toFile(), RunSummary.class);
        assertThat(read.records()).isEqualTo(summary.records());
        assertThat(read.rows()).containsEntry("articles", 5L);
    }

    @Test
    void keepsTheStoreColumnTypesInParquet() {
        for (Table t : Table.values()) {
            Dataset<Row> read = SparkTestSession.spark().read().parquet(dir.resolve("out").resolve(t.tableName())
                    .toString());
            Iterator<org.apache.spark.sql.types.StructField> want = java.util.Arrays.stream(t.schema().fields())
                    .iterator();
            for (org.apache.spark.sql.types.StructField got : read.schema().fields()) {
                org.apache.spark.sql.types.StructField w = want.next();
                assertThat(got.name() + " " + got.dataType()).isEqualTo(w.name() + " " + w.dataType());
            }
            assertThat(want.hasNext()).as("columns missing from %s", t).isFalse();
        }
    }
}
