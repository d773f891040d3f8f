package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.RecordJson;
import picocli.CommandLine;

/** warta ingest, search and export over a real store folder, on the project's sample articles. */
class StoreCommandsTest {
    private static final Path SAMPLES = Path.of("../samples");

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Warta.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @BeforeEach
    void ingestSamples() {
        assertThat(run("ingest", "--store", dir.resolve("s").toString(), SAMPLES.toString())).isZero();
        assertThat(err.toString()).contains("warta: ingested 4, duplicates 0, failed 0, in ");
    }

    @Test
    void ingestingAgainStoresNothingNew() {
        assertThat(run("ingest", "--store", dir.resolve("s").toString(), SAMPLES.toString())).isZero();
        assertThat(err.toString()).contains("warta: ingested 0, duplicates 4, failed 0");
    }

    @Test
    void storesRecordsExtractedBeforeWithoutExtractingAgain() throws Exception {
        Path records = dir.resolve("records.jsonl");
        assertThat(run("extract", SAMPLES.toString(), "-o", records.toString())).isZero();
        Files.writeString(records, "not json\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThat(run("ingest", "--records", "--store", dir.resolve("r").toString(), records.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Line 5 of '" + records + "' is not a Warta record")
                .contains("warta: ingested 4, duplicates 0, failed 1, in ");
        // the same articles as extracting them here: all duplicates of the store ingested from the files
        assertThat(run("ingest", "--records", "--store", dir.resolve("s").toString(), records.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("warta: ingested 0, duplicates 4, failed 1");
    }

    @Test
    void aMissingFileIsCountedAsFailedAndNamed() {
        assertThat(run("ingest", "--store", dir.resolve("s").toString(), "no-such.txt")).isEqualTo(1);
        assertThat(err.toString()).contains("warta: no-such.txt: No such file 'no-such.txt'")
                .contains("ingested 0, duplicates 0, failed 1");
    }

    @Test
    void searchesWithStemmingAndFilters() {
        assertThat(run("search", "--store", dir.resolve("s").toString(), "--lang", "id", "klaimnya")).isZero();
        assertThat(out.toString()).contains("Militer Klaim Hancurkan 14 Tank").contains("-- 1-1 of 1 articles");
        assertThat(run("search", "--store", dir.resolve("s").toString(), "--json", "floods")).isZero();
        assertThat(out.toString()).contains("\"title\":\"Flood toll rises to 57");
        assertThat(run("search", "--store", dir.resolve("s").toString(), "\"unclosed")).isEqualTo(2);
        assertThat(err.toString()).contains("Query '\"unclosed' is not valid");
    }

    @Test
    void exportsEveryFormat() throws Exception {
        String store = dir.resolve("s").toString();
        Path jsonl = dir.resolve("r.jsonl");
        assertThat(run("export", "--store", store, "--format", "jsonl", "-o", jsonl.toString())).isZero();
        assertThat(Files.readAllLines(jsonl, StandardCharsets.UTF_8)).hasSize(4)
                .allSatisfy(l -> assertThat(RecordJson.read(l).schema()).isEqualTo("warta.record/1"));
        Path csv = dir.resolve("q.csv");
        assertThat(run("export", "--store", store, "--format", "csv", "--table", "claims", "-o", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0)).startsWith("article_id,claim_id,predicate,");
        Path parquet = dir.resolve("e.parquet");
        assertThat(run("export", "--store", store, "--format", "parquet", "--table", "events", "-o",
                parquet.toString())).isZero();
        assertThat(Files.readAllBytes(parquet)).startsWith('P', 'A', 'R', '1');
        Path gkg = dir.resolve("g.tsv");
        assertThat(run("export", "--store", store, "--format", "gkg", "-o", gkg.toString())).isZero();
        assertThat(Files.readAllLines(gkg, StandardCharsets.UTF_8).get(0)).startsWith("GKGRECORDID\tV2.1DATE\t");
        assertThat(run("export", "--store", store, "--format", "plover", "-o", dir.resolve("p.jsonl").toString())).isZero();
        assertThat(run("export", "--store", store, "--format", "parquet")).isEqualTo(2);
        assertThat(err.toString()).contains("--format parquet needs -o FILE.");
    }
}
