package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.RecordJson;
import org.warta.store.ClaimFilter;
import org.warta.store.Store;
import picocli.CommandLine;

/**
 * Kills a real ingest process (SIGKILL, a child JVM on the test's classpath) in the middle of a run, then
 * checks that nothing it reported as ingested was lost and that a second run stores every article exactly once.
 */
class IngestKillTest {
    private static final int ARTICLES = 1500;
    private static final Pattern REPORTED = Pattern.compile("(\\d+) ingested");

    @TempDir
    Path dir;

    private Path input() throws Exception {
        Path file = dir.resolve("in.jsonl");
        Random rnd = new Random(7);
        String[] places = {"Tovuz", "Fuzuli", "Jabrayil", "Terter", "Aghdam", "Ganja", "Barda", "Shusha"};
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder text = new StringBuilder();
                text.append(String.format(Locale.ROOT, "Laporan nomor %d dari %s. ", i, places[i % places.length]));
                for (int s = 0; s < 6; s++) {
                    text.append("Pasukan melaporkan ").append(rnd.nextInt(5000)).append(" korban di ")
                            .append(places[rnd.nextInt(places.length)]).append(" pada hari ke-").append(rnd.nextInt(40))
                            .append(" menurut sumber ").append(Long.toString(rnd.nextLong() & 0xffffffL, 36)).append(". ");
                }
                w.write(RecordJson.line(Map.of("id", String.format(Locale.ROOT, "k%05d", i), "text", text.toString(),
                        "language", "id", "published", "2020-10-" + String.format(Locale.ROOT, "%02d", 1 + i % 28))));
                w.write('\n');
            }
        }
        return file;
    }

    @Test
    void aKilledIngestLosesNothingReportedAndARerunStoresEachArticleOnce() throws Exception {
        Path input = input();
        Path store = dir.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.warta.cli.Warta", "ingest", "--store", store.toString(), "--batch", "40", "--threads", "2",
                input.toString()).redirectErrorStream(true).start();
        long reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = REPORTED.matcher(line);
                if (m.find()) {
                    reported = Long.parseLong(m.group(1));
                    if (reported > 0) {
                        break;
                    }
                }
            }
            Thread.sleep(300); // let it write a few more batches, then kill it mid-batch
            assertThat(child.isAlive()).as("the ingest must still be running when it is killed").isTrue();
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no flush
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).isPositive();

        long afterKill;
        try (Store s = Store.open(store)) {
            afterKill = (Long) s.queries().stats().get("articles");
            assertThat(afterKill).as("articles reported before the kill are kept").isGreaterThanOrEqualTo(reported);
            assertThat(afterKill).as("the kill came midway").isLessThan(ARTICLES);
            assertThat(s.indexed()).as("the index is repaired to match the database").isEqualTo((int) afterKill);
        }

        StringWriter err = new StringWriter();
        CommandLine cl = Warta.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute("ingest", "--store", store.toString(), "--quiet", input.toString())).isZero();
        assertThat(err.toString()).contains("ingested " + (ARTICLES - afterKill) + ", duplicates " + afterKill
                + ", failed 0");

        try (Store s = Store.open(store)) {
            assertThat(s.queries().stats()).containsEntry("articles", (long) ARTICLES);
            assertThat(s.indexed()).isEqualTo(ARTICLES);
            List<String> ids = new java.util.ArrayList<>();
            s.queries().forEachRecord(null, null, null, null, json -> ids.add(RecordJson.read(json).id()));
            assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
            assertThat(s.queries().claims(ClaimFilter.ALL, 1, 1).page()).isEqualTo(1);
        }
    }
}
