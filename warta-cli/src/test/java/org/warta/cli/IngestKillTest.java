package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.RecordJson;
import org.warta.store.ClaimFilter;
import org.warta.store.Store;
import picocli.CommandLine;

/**
 * Kills a real ingest process (SIGKILL, a child JVM on the test's classpath) at random moments, five runs in a
 * row on the same store, then checks after each that the store opens, that nothing a run reported as ingested
 * was lost and that nothing is stored twice; a last run stores the rest, every article exactly once.
 */
class IngestKillTest {
    private static final int ARTICLES = 3000;
    private static final int ROUNDS = 5;
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
    void ingestsKilledAtRandomMomentsLoseNothingReportedAndARerunStoresEachArticleOnce() throws Exception {
        Path input = input();
        Path store = dir.resolve("store");
        long seed = Long.getLong("warta.kill.seed", System.nanoTime());
        Random when = new Random(seed);
        long stored = 0;
        int killedAlive = 0;
        long span = 2500; // how long after start-up a kill may come; shrinks to the time the rest should take
        for (int round = 0; round < ROUNDS && stored < ARTICLES; round++) {
            Process child = WartaChild.start(List.of("-Xmx512m"), "ingest", "--store", store.toString(), "--batch", "40",
                    "--threads", "2", input.toString());
            AtomicLong reported = new AtomicLong();
            Thread reader = WartaChild.lines(child, line -> {
                Matcher m = REPORTED.matcher(line);
                if (m.find()) {
                    reported.set(Long.parseLong(m.group(1)));
                }
            });
            long sleep = 1000 + when.nextInt((int) span);
            Thread.sleep(sleep); // start-up, reading, or the middle of a batch
            if (child.isAlive()) {
                killedAlive++;
            }
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no flush
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            String why = "round " + round + " (seed " + seed + ", -Dwarta.kill.seed to repeat)";
            try (Store s = Store.open(store)) {
                long now = (Long) s.queries().stats().get("articles");
                assertThat(now).as("articles reported before the kill are kept, " + why)
                        .isGreaterThanOrEqualTo(stored + reported.get());
                assertThat(s.indexed()).as("the index is repaired to match the database, " + why).isEqualTo((int) now);
                assertThat(ids(s)).as(why).hasSize((int) now).doesNotHaveDuplicates();
                if (now > stored && sleep > 1000) { // a fast machine must not finish the rest before the kill
                    double perMilli = (now - stored) / (double) (sleep - 1000);
                    span = Math.max(200, Math.min(3500, (long) ((ARTICLES - now) / perMilli)));
                }
                stored = now;
            }
        }
        assertThat(killedAlive).as("most kills must hit a running ingest (seed " + seed + ")").isGreaterThanOrEqualTo(2);

        StringWriter err = new StringWriter();
        CommandLine cl = Warta.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute("ingest", "--store", store.toString(), "--quiet", input.toString())).isZero();
        assertThat(err.toString()).contains("ingested " + (ARTICLES - stored) + ", duplicates " + stored
                + ", failed 0");

        try (Store s = Store.open(store)) {
            assertThat(s.queries().stats()).containsEntry("articles", (long) ARTICLES);
            assertThat(s.indexed()).isEqualTo(ARTICLES);
            assertThat(ids(s)).hasSize(ARTICLES).doesNotHaveDuplicates();
            assertThat(s.queries().claims(ClaimFilter.ALL, 1, 1).page()).isEqualTo(1);
        }
    }

    static List<String> ids(Store s) {
        List<String> ids = new java.util.ArrayList<>();
        s.queries().forEachRecord(null, null, null, null, json -> ids.add(RecordJson.read(json).id()));
        return ids;
    }
}
