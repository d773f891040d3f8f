package org.warta.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Extractor;
import org.warta.model.RecordJson;
import org.warta.model.Stance;
import org.warta.store.Store;
import org.warta.store.TestRecords;

/** Starts the server on a random port over a small real store and checks JSON bodies against golden files. */
class ApiTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/api");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String TOKEN = "test-token-0123456789";

    @TempDir
    static Path dir;
    static Store store;
    static WartaServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("store"));
        store.add(List.of(
                TestRecords.claim("a1", "aze.example", "2020-09-28", "AZE", "ARM", 2300, Stance.NO_COMMENT),
                TestRecords.claim("a2", "arm.example", "2020-09-28", "ARM", "AZE", 400, Stance.DENIED),
                TestRecords.claim("a3", "aze.example", "2020-09-29", "AZE", "ARM", 130, null),
                TestRecords.plain("e1", "news.example", "2020-10-01",
                        "Ministers met in Moscow for ceasefire talks on Friday, officials said.")));
        server = WartaServer.start(store, Extractor.standard(), "127.0.0.1", 0, TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(server, path);
    }

    static HttpResponse<String> get(WartaServer on, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String type, String body, String token)
            throws IOException, InterruptedException {
        return post(server, path, type, body, token);
    }

    /** Writes go to a store of their own, so that the golden reads do not depend on test order. */
    static HttpResponse<String> post(WartaServer on, String path, String type, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void matchesGolden(String name, int status, HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(name + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        String actual = RecordJson.canonical(RecordJson.mapper().readTree(r.body()));
        Path file = GOLDEN.resolve(name + ".json");
        if (UPDATE || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden " + file + " (rewrite with -Dgolden.update=true and review the diff)")
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "articles-search      | 200 | /api/articles?q=klaim&lang=id&size=2",
        "articles-page-2      | 200 | /api/articles?q=klaim&lang=id&size=2&page=2",
        "articles-by-date     | 200 | /api/articles?from=2020-09-29&to=2020-12-31",
        "article-full-record  | 200 | /api/articles/a2",
        "claims-by-claimant   | 200 | /api/claims?claimant=AZE&predicate=killed",
        "claims-by-object     | 200 | /api/claims?object=personnel&affected=Azerbaijan",
        "claims-by-place      | 200 | /api/claims?place=ARM",
        "compare              | 200 | /api/claims/compare?side=AZE&side=ARM&from=2020-09-01&to=2020-09-30",
        "quotes               | 200 | /api/quotes?speaker=vagif&size=2",
        "events               | 200 | /api/events?type=ASSAULT&actor=AZE",
        "entities             | 200 | /api/entities?q=armenia",
        "stats                | 200 | /api/stats",
        "error-unknown-param  | 400 | /api/claims?claimnt=AZE",
        "error-bad-date       | 400 | /api/claims?from=28-09-2020",
        "error-bad-size       | 400 | /api/quotes?size=0",
        "error-bad-query      | 400 | /api/articles?q=%22unclosed",
        "error-one-side       | 400 | /api/claims/compare?side=AZE",
        "error-no-article     | 404 | /api/articles/missing",
        "error-no-route       | 404 | /api/nothing"})
    void answersWithTheGoldenJson(String name, int status, String path) throws Exception {
        matchesGolden(name, status, get(path));
    }

    @Test
    void extractsPostedTextWithoutStoringIt() throws Exception {
        HttpResponse<String> r = post("/api/extract", "application/json",
                "{\"id\": \"p1\", \"text\": \"Polisi menangkap 12 orang di Bekasi pada Senin.\", \"language\": \"id\"}", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(RecordJson.read(r.body()).id()).isEqualTo("p1");
        assertThat(get("/api/articles/p1").statusCode()).isEqualTo(404);
    }

    @Test
    void ingestsOnlyWithTheToken(@TempDir Path own) throws Exception {
        try (Store writable = Store.open(own); WartaServer w = WartaServer.start(writable, Extractor.standard(),
                "127.0.0.1", 0, TOKEN)) {
            ingests(w);
        }
    }

    private static void ingests(WartaServer w) throws Exception {
        String body = "[{\"id\": \"n1\", \"text\": \"Polisi menangkap 12 orang di Bekasi pada Senin malam.\"}]";
        HttpResponse<String> refused = post(w, "/api/ingest", "application/json", body, "wrong-token-000000");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(RecordJson.mapper().readTree(refused.body()).get("parameter").asText()).isEqualTo("Authorization");
        HttpResponse<String> ok = post(w, "/api/ingest", "application/json", body, TOKEN);
        assertThat(ok.body()).contains("\"ingested\":1");
        assertThat(post(w, "/api/ingest", "application/json", body, TOKEN).body()).contains("\"duplicates\":1");
        assertThat(get(w, "/api/articles/n1").statusCode()).isEqualTo(200);
    }

    @Test
    void documentsExactlyTheRoutesItServes() throws Exception {
        JsonNode doc = RecordJson.mapper().readTree(get("/openapi.json").body());
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m + " " + p.getKey())));
        assertThat(documented).containsExactlyInAnyOrder("get /api/articles", "get /api/articles/{id}",
                "get /api/claims", "get /api/claims/compare", "get /api/quotes", "get /api/events",
                "get /api/entities", "get /api/stats", "post /api/extract", "post /api/ingest");
        for (String route : documented) {
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", "a1");
            int status = route.startsWith("get") ? get(path).statusCode()
                    : post(path, "text/plain", "Teks.", "not-the-token-0000").statusCode();
            assertThat(status).as(route).isNotEqualTo(404);
        }
    }
}
