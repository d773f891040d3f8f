package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.RecordJson;
import org.warta.model.testing.RecordSchema;
import org.warta.model.testing.SharedData;
import picocli.CommandLine;

class ExtractCommandTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Warta.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    private static List<JsonNode> records(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            RecordSchema.assertValid(line);
            out.add(RecordJson.mapper().readTree(line));
        }
        return out;
    }

    @Test
    void helpShowsExamplesAndExitStatus() {
        StringWriter out = new StringWriter();
        CommandLine cl = Warta.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertThat(cl.execute("extract", "--help")).isZero();
        assertThat(out.toString())
                .contains("Usage: warta extract [-hV] [--pretty] [--jsonl[=FILE]] [--max-bytes=N]\n"
                        + "                     [-o=FILE] [--threads=N] [PATH...]")
                .contains("  warta extract --jsonl in.jsonl             JSON Lines in, each line an object:\n"
                        + "      {\"id\", \"text\" or \"html\", \"url\", \"published\", \"language\"}")
                .contains("Exit status: 0 all items extracted; 1 some items failed (each is named on\n"
                        + "stderr and still gets a record with the reason); 2 usage error.");
    }

    /** The README's first command runs Warta on the bundled samples: it must work and give valid records. */
    @Test
    void readmeRunCommandExtractsEverySample(@TempDir Path tmp) throws Exception {
        List<String> readme = Files.readAllLines(Paths.get("../README.md"));
        String run = readme.stream().filter(l -> l.startsWith("./warta ")).findFirst().orElseThrow();
        assertThat(run).startsWith("./warta extract samples/");
        Path out = tmp.resolve("samples.jsonl");
        assertThat(run("extract", "../samples", "-o", out.toString())).isZero();
        List<JsonNode> rs = records(out);
        try (Stream<Path> files = Files.list(Paths.get("../samples"))) {
            assertThat(rs).hasSize((int) files.filter(p -> p.getFileName().toString().startsWith("sample-")).count());
        }
        assertThat(rs).allSatisfy(r -> assertThat(r.get("text").asText()).isNotBlank());
    }

    @Test
    void noInputIsAUsageError() {
        assertThat(run("extract")).isEqualTo(2);
        assertThat(err.toString()).contains("Nothing to read: give article files or folders, or --jsonl FILE");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("extract", "--frobnicate", "x.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }

    /** The seed's article-level fields, as ../shared/spec/seed-expectations.md lists them. */
    @Test
    void extractsTheSeedArticleFields(@TempDir Path tmp) throws Exception {
        Path seed = SharedData.require("seed/000_ff36bd3fc7d329e5.txt");
        Path out = tmp.resolve("out.jsonl");
        assertThat(run("extract", seed.toString(), "-o", out.toString())).isZero();
        JsonNode r = records(out).get(0);
        assertThat(r.get("language").asText()).isEqualTo("id");
        assertThat(r.get("title").asText()).isEqualTo("Azerbaijan Mengamuk Habisi 2.300 Prajurit Armenia dan Persenjaan Perang");
        assertThat(r.get("published").asText()).isEqualTo("2020-09-30");
        assertThat(r.get("dateline").asText()).isEqualTo("Azerbaijan");
        assertThat(r.at("/source/site").asText()).isEqualTo("impiannews.com");
        String text = r.get("text").asText();
        assertThat(text).startsWith("Azerbaijan mengklaim telah berhasil membunuh")
                .endsWith("Sekjen PBB Antonio Guterres juga menyampaikan seruan senada.")
                .doesNotContain("***").doesNotContain("Post a Comment").doesNotContain("0 Comments")
                .doesNotContain("Mengamuk Habisi").doesNotContain("IMPIANNEWS.COM");
    }

    @Test
    void extractsAFolderInNameOrderAndNamesTheBadFile(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("b.txt"), "Judul B\n\nIsi berita kedua.");
        Files.writeString(dir.resolve("a.txt"), "Judul A\n\nIsi berita pertama.");
        Files.write(dir.resolve("c.txt"), new byte[] {0, 1, 2, 3});
        Path out = tmp.resolve("out.jsonl");
        assertThat(run("extract", dir.toString(), "-o", out.toString())).isEqualTo(1);
        List<JsonNode> rs = records(out);
        assertThat(rs).extracting(r -> r.get("title").asText(null)).containsExactly("Judul A", "Judul B", null);
        assertThat(rs.get(2).at("/diagnostics/0/message").asText()).contains("binary data");
        assertThat(err.toString()).contains("c.txt").contains("binary data");
    }

    /** 10,000 lines made from the golden inputs, with bad lines among them: ids and order kept. */
    @Test
    void roundTripsTenThousandJsonLines(@TempDir Path tmp) throws Exception {
        List<String> texts = new ArrayList<>();
        Path golden = Paths.get("../warta-extract/src/test/resources/golden");
        try (Stream<Path> files = Files.walk(golden)) {
            files.filter(p -> p.getFileName().toString().startsWith("input.")).sorted()
                    .forEach(p -> texts.add(read(p)));
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(5);
        Path in = tmp.resolve("in.jsonl");
        List<String> expectedIds = new ArrayList<>();
        int bad = 0;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            String id = "doc-" + i;
            expectedIds.add(id);
            if (i % 1000 == 999) {
                b.append("{\"id\": \"").append(id).append("\", \"text\": broken\n");
                bad++;
                expectedIds.set(i, null);
                continue;
            }
            ObjectNode line = RecordJson.mapper().createObjectNode();
            line.put("id", id);
            String t = texts.get(i % texts.size());
            line.put(t.startsWith("<") ? "html" : "text", t);
            if (i % 3 == 0) {
                line.put("published", "2024-01-0" + (1 + i % 9));
            }
            b.append(RecordJson.mapper().writeValueAsString(line)).append('\n');
        }
        Files.writeString(in, b);
        Path out = tmp.resolve("out.jsonl");
        assertThat(run("extract", "--jsonl", in.toString(), "-o", out.toString())).isEqualTo(1);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(10_000);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode r = RecordJson.mapper().readTree(lines.get(i));
            if (expectedIds.get(i) == null) {
                assertThat(r.at("/diagnostics/0/message").asText()).startsWith("Line " + (i + 1) + " of ");
            } else {
                assertThat(r.get("id").asText()).isEqualTo(expectedIds.get(i));
            }
            if (i % 97 == 0) {
                RecordSchema.assertValid(lines.get(i));
            }
        }
        assertThat(err.toString().lines().filter(l -> l.contains("is not valid JSON"))).hasSize(bad);
    }

    private static String read(Path p) {
        try {
            String s = Files.readString(p);
            return p.toString().endsWith(".ref") ? Files.readString(SharedData.require(s.strip())) : s;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "extract a.txt|a.txt",
        "extract a.txt dir/b.html|a.txt dir/b.html",
        "extract|",
        "extract -o out.jsonl a.txt|",
        "extract a.txt --pretty|",
        "extract @args.txt|",
        "extract -|",
        "ingest a.txt|",
        "extract --help|"})
    void takesTheQuickWayOnlyForPathsAlone(String args, String paths) {
        List<Path> quick = Warta.quickPaths(args.split(" "));
        if (paths == null) {
            assertThat(quick).isNull();
        } else {
            assertThat(quick).containsExactlyElementsOf(Stream.of(paths.split(" ")).map(Path::of).toList());
        }
    }

    @Test
    void theQuickWayWritesWhatPicocliWritesAndExitsAlike(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("missing.txt");
        for (String[] args : List.of(new String[] {"extract", "../samples"},
                new String[] {"extract", "../samples/sample-id-klaim-serangan.txt", missing.toString()})) {
            String[] viaPicocli = captured(() -> Warta.run(args));
            String[] quick = captured(() -> Warta.quickExtract(Warta.quickPaths(args)));
            assertThat(quick).containsExactly(viaPicocli);
        }
    }

    /** Exit status, stdout and stderr of a run. */
    private static String[] captured(java.util.function.IntSupplier run) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(e, true, StandardCharsets.UTF_8));
            int status = run.getAsInt();
            return new String[] {String.valueOf(status), o.toString(StandardCharsets.UTF_8),
                e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
