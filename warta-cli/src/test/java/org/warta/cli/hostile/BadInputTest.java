package org.warta.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.RecordJson;

/**
 * What the user sees for hostile input, from the real {@code warta} process with a 256 MiB heap: each bad
 * item is named with a clear reason (or a diagnostic on its record), within a bounded time, the batch goes on,
 * and the exit status is 1 when some item failed.
 */
class BadInputTest {
    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final String GOOD = "Polisi menangkap 12 orang di Bekasi pada Senin malam, kata juru bicara.";

    @TempDir
    Path dir;

    private WartaProcess.Result extract(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("extract", "--threads", "2"));
        all.addAll(List.of(args));
        return WartaProcess.run(dir, BOUND, all.toArray(String[]::new));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static List<JsonNode> records(String out) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                list.add(RecordJson.mapper().readTree(line));
            }
        }
        return list;
    }

    @Test
    void anEmptyFileIsNamedAsEmptyAndTheOthersAreStillExtracted() throws Exception {
        write("a-empty.txt", new byte[0]);
        write("b-blank.txt", " \n\t\r\n".getBytes(StandardCharsets.US_ASCII));
        write("c-good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
        WartaProcess.Result r = extract(dir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("a-empty.txt' is empty; give a file that holds an article.")
                .contains("b-blank.txt' is empty (only white space)");
        assertThat(records(r.out())).hasSize(3).last().satisfies(g -> assertThat(g.get("text").asText()).isEqualTo(GOOD));
    }

    @Test
    void aBinaryFileIsRefusedAsBinary() throws Exception {
        byte[] noise = new byte[200_000];
        new Random(11).nextBytes(noise);
        write("photo.txt", noise);
        write("good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
        WartaProcess.Result r = extract(dir.resolve("photo.txt").toString(), dir.resolve("good.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("photo.txt' holds binary data, not text or HTML");
        assertThat(records(r.out())).hasSize(2);
    }

    @Test
    void aHundredMegabyteTextAndPageAreRefusedQuicklyWithTheLimitNamed() throws Exception {
        HostileFiles.huge(dir.resolve("big.txt"), "", "Kalimat yang sama diulang terus-menerus. ", 100L << 20);
        HostileFiles.huge(dir.resolve("big.html"), "<html><body><p>", "<b>kata</b> ", 100L << 20);
        write("good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
        WartaProcess.Result r = extract(dir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("big.html' is larger than 16777216 bytes; split it or raise --max-bytes.")
                .contains("big.txt' is larger than 16777216 bytes");
        assertThat(records(r.out())).hasSize(3);
        assertThat(r.took()).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithADiagnostic() throws Exception {
        byte[] text = ("Menteri berkata \u201cperang\u201d di caf\u00e9 Baku, 28 September 2020.")
                .getBytes(Charset.forName("windows-1252"));
        write("latin.txt", text);
        WartaProcess.Result r = extract(dir.resolve("latin.txt").toString());
        assertThat(r.status()).isZero();
        JsonNode rec = records(r.out()).get(0);
        assertThat(rec.get("text").asText()).contains("\u201cperang\u201d").contains("caf\u00e9");
        assertThat(rec.get("diagnostics").toString()).contains("not valid UTF-8; it was read as Windows-1252");
    }

    @Test
    void aPageLabelledUtf8ButWrittenInWindows1252IsReadAsWindows1252() throws Exception {
        byte[] html = ("<html><head><meta charset=\"utf-8\"><title>Berita</title></head><body><p>Menteri berkata "
                + "\u201cperang\u201d di caf\u00e9 Baku pada 28 September 2020, kata pejabat.</p></body></html>")
                .getBytes(Charset.forName("windows-1252"));
        write("labelled.html", html);
        WartaProcess.Result r = extract(dir.resolve("labelled.html").toString());
        assertThat(r.status()).isZero();
        assertThat(records(r.out()).get(0).get("text").asText()).contains("\u201cperang\u201d").contains("caf\u00e9")
                .doesNotContain("\uFFFD");
    }

    @Test
    void tenThousandNestedTagsGiveARecordInBoundedTime() throws Exception {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>" + GOOD + "</p>" + "</div>".repeat(10_000)
                + "</body></html>";
        write("nested.html", html.getBytes(StandardCharsets.UTF_8));
        WartaProcess.Result r = extract(dir.resolve("nested.html").toString());
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(records(r.out())).hasSize(1);
        assertThat(r.took()).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void brokenHugeAndNonObjectJsonLinesAreNamedByLineAndTheGoodOnesExtracted() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        try (OutputStream out = HostileFiles.create(file)) {
            out.write(("{\"id\": \"g1\", \"text\": \"" + GOOD + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"b2\", \"text\": \"unclosed\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"h3\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] words = "kata ".repeat(200_000).getBytes(StandardCharsets.UTF_8); // 1 MB
            for (int i = 0; i < 50; i++) {
                out.write(words);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("[1, 2, 3]\n\"just a string\"\n42\nnull\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}', '\n'});
            out.write(("{\"id\": \"g9\", \"text\": \"" + GOOD + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        WartaProcess.Result r = extract("--jsonl", file.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("mixed.jsonl:2: Line 2 of " + file + " is not valid JSON")
                .contains("mixed.jsonl:3: Line 3 of " + file + " has 50000024 characters, more than the limit of 16777216")
                .contains("mixed.jsonl:4: Line 4 of " + file + " is a JSON array, not an object")
                .contains("mixed.jsonl:5: Line 5 of " + file + " is a JSON string, not an object")
                .contains("mixed.jsonl:6: Line 6 of " + file + " is a JSON number, not an object")
                .contains("mixed.jsonl:7: Line 7 of " + file + " is a JSON null, not an object");
        List<JsonNode> recs = records(r.out());
        assertThat(recs).hasSize(9);
        assertThat(recs.get(7).get("text").asText()).contains("\uFFFD"); // line 8: invalid UTF-8 replaced, not fatal
        assertThat(recs.get(8).get("id").asText()).isEqualTo("g9");
    }

    @Test
    void gzipBombsInAWarcAreRefusedAndTheNextRecordIsStillIngested() throws Exception {
        Path warc = dir.resolve("bomb.warc.gz");
        // 10 GiB each (-Dwarta.bomb.gib=N for another size): the first is skipped by finding the next record's gzip
        // member in the compressed bytes, not by inflating it, so the size costs no time
        long bombBytes = Long.getLong("warta.bomb.gib", 10) << 30;
        byte[] http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = HostileFiles.create(warc)) {
            // 1: the record's own gzip member inflates to 10 GiB of zeros
            byte[] head = concat(HostileFiles.warcHeader("https://bomb.example/warc", http.length + bombBytes, 1), http);
            HostileFiles.gzipMember(out, head, bombBytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            // 2: a small record whose HTTP body is gzip content-encoding of 10 GiB of zeros
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            HostileFiles.gzipMember(body, new byte[0], bombBytes, new byte[0]);
            byte[] http2 = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                    + "Content-Length: " + body.size() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body.toByteArray());
            java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(new java.io.FilterOutputStream(out) {
                @Override
                public void close() throws java.io.IOException {
                    flush();
                }
            });
            gz.write(HostileFiles.warcHeader("https://bomb.example/http", http2.length, 2));
            gz.write(http2);
            gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            gz.close();
            // 3: an ordinary page
            HostileFiles.warcRecord(out, "https://news.example/ok", "<html><body><p>" + GOOD + "</p></body></html>", 3);
        }
        java.time.Instant started = java.time.Instant.now();
        WartaProcess.Result r = WartaProcess.run(dir, BOUND, "ingest", "--store", dir.resolve("store").toString(),
                "--quiet", warc.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("https://bomb.example/warc").contains("https://bomb.example/http").contains("it declares")
                .contains("larger than 16777216 bytes").contains("warta: ingested 1, duplicates 0, failed 2");
        assertThat(java.time.Duration.between(started, java.time.Instant.now())).as("bounded time")
                .isLessThan(java.time.Duration.ofSeconds(60));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
