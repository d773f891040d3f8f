package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.RecordJson;
import org.warta.store.Store;

/**
 * Kills a real {@code warta serve} (SIGKILL) at random moments while a client posts batches to
 * {@code POST /api/ingest}, five times on the same store: every article whose batch was answered 200 must be
 * there afterwards, none twice, also when the batch cut off by the kill is posted again.
 */
class ServeKillTest {
    private static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String TOKEN = "serve-kill-token-0123456789abcdef";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private static String batch(int first, int n) {
        List<Map<String, String>> list = new ArrayList<>();
        for (int i = first; i < first + n; i++) {
            list.add(Map.of("id", String.format(Locale.ROOT, "s%05d", i), "language", "id", "text", String.format(
                    Locale.ROOT, "Laporan %d: pasukan melaporkan %d korban di Tovuz pada hari ke-%d, kata juru bicara.",
                    i, (i * 37) % 5000, i % 40)));
        }
        return RecordJson.line(list);
    }

    @Test
    void aServeKilledWhileIngestingKeepsEveryAnsweredArticleOnce() throws Exception {
        Path store = dir.resolve("store");
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN, StandardCharsets.UTF_8);
        long seed = Long.getLong("warta.kill.seed", System.nanoTime());
        Random when = new Random(seed);
        Set<String> answered = ConcurrentHashMap.newKeySet();
        int next = 0;
        int cutOff = -1; // the first id of a batch whose answer the kill cut off: posted again next round
        for (int round = 0; round < 5; round++) {
            Process child = WartaChild.start(List.of("-Xmx512m"), "serve", "--store", store.toString(), "--port", "0",
                    "--token-file", tokenFile.toString());
            CompletableFuture<Integer> port = new CompletableFuture<>();
            WartaChild.lines(child, line -> {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            });
            URI ingest = URI.create("http://127.0.0.1:" + port.get(60, TimeUnit.SECONDS) + "/api/ingest");
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300 + when.nextInt(2500));
            int first = cutOff >= 0 ? cutOff : next;
            while (System.nanoTime() < killAt || cutOff >= 0) {
                int n = 25;
                CompletableFuture<HttpResponse<String>> sent = HTTP.sendAsync(HttpRequest.newBuilder(ingest)
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(batch(first, n))).build(),
                        HttpResponse.BodyHandlers.ofString());
                long wait = Math.max(1, TimeUnit.NANOSECONDS.toMillis(killAt - System.nanoTime()));
                HttpResponse<String> r;
                try {
                    r = cutOff >= 0 ? sent.get(60, TimeUnit.SECONDS) : sent.get(wait, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    cutOff = first; // the kill comes while this batch is being written
                    break;
                }
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                JsonNode body = RecordJson.mapper().readTree(r.body());
                body.get("ids").forEach(id -> answered.add(id.asText()));
                assertThat(body.get("ingested").asInt() + body.get("duplicates").asInt()).isEqualTo(n);
                next = Math.max(next, first + n);
                cutOff = -1;
                first = next;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String why = "round " + round + " (seed " + seed + ", -Dwarta.kill.seed to repeat)";
            try (Store s = Store.open(store)) {
                List<String> ids = IngestKillTest.ids(s);
                assertThat(ids).as("no article twice, " + why).doesNotHaveDuplicates();
                assertThat(ids).as("every answered article kept, " + why).containsAll(answered);
                assertThat(s.indexed()).as("the index matches the database, " + why).isEqualTo(ids.size());
            }
        }
        assertThat(answered).as("the client got answers (seed " + seed + ")").isNotEmpty();
    }
}
