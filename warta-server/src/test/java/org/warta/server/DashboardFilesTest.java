package org.warta.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Extractor;
import org.warta.store.Store;

/** The dashboard's files: served at '/', and free of the constructs a strict CSP or safe DOM use forbids. */
class DashboardFilesTest {
    private static final Path FILES = Path.of("src/main/resources/org/warta/server/dashboard");

    @TempDir
    Path dir;

    /** A server on a fresh store, for the tests that ask it for files. */
    private interface Served {
        void check(Get get) throws Exception;
    }

    /** A GET of a path on the running server, with request headers as name, value pairs. */
    private interface Get {
        HttpResponse<String> of(String path, String... headers) throws Exception;
    }

    private void withServer(Served test) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (Store store = Store.open(dir.resolve("store"));
                WartaServer server = WartaServer.start(store, Extractor.standard(), "127.0.0.1", 0, "t0123456789abcdef")) {
            String base = "http://127.0.0.1:" + server.port();
            test.check((path, headers) -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
                if (headers.length > 0) {
                    request.headers(headers);
                }
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            });
        }
    }

    @Test
    void servesTheIndexAtTheRootAndEveryModuleItImports() throws Exception {
        withServer(get -> {
            HttpResponse<String> index = get.of("/");
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(index.body()).contains("<script type=\"module\" src=\"/js/app.js\"></script>");
            for (String path : modulePaths()) {
                HttpResponse<String> r = get.of(path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).contains("javascript");
            }
            assertThat(get.of("/api/stats").statusCode()).as("the API still answers beside the files").isEqualTo(200);
        });
    }

    @Test
    void answersAnUnchangedFileWith304AndNothingOutsideTheFolder() throws Exception {
        withServer(get -> {
            HttpResponse<String> css = get.of("/style.css");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
            assertThat(css.headers().firstValue("Cache-Control")).contains("no-cache");
            String etag = css.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = get.of("/style.css", "If-None-Match", etag);
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            for (String path : List.of("/js/none.js", "/js/..%2Findex.html", "/js/app.css", "/index.html.bak")) {
                HttpResponse<String> r = get.of(path);
                assertThat(r.statusCode()).as(path).isEqualTo(404);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
            }
        });
    }

    /** Every '/js/x.js' the modules import, found by reading them, so a missing file fails here. */
    private static List<String> modulePaths() throws IOException {
        Pattern from = Pattern.compile("from '\\./([a-z]+\\.js)'");
        try (Stream<Path> js = Files.list(FILES.resolve("js"))) {
            return js.flatMap(p -> {
                Matcher m = from.matcher(read(p));
                Stream.Builder<String> out = Stream.builder();
                out.add("/js/" + p.getFileName());
                while (m.find()) {
                    out.add("/js/" + m.group(1));
                }
                return out.build();
            }).distinct().sorted().toList();
        }
    }

    // Each construct would let article data become markup or code, or break under default-src 'self'.
    @ParameterizedTest(name = "no {0}")
    @CsvSource(delimiter = '#', quoteCharacter = '~', value = {
        "innerHTML                 # innerHTML",
        "outerHTML                 # outerHTML",
        "insertAdjacentHTML        # insertAdjacentHTML",
        "document.write            # document\\.write",
        "eval                      # \\beval\\s*\\(",
        "new Function              # new\\s+Function",
        "string timers             # set(Timeout|Interval)\\(\\s*['\"`]",
        "inline style attributes   # (setAttribute\\(\\s*'style'|\\sstyle=)",
        "inline event attributes   # \\son[a-z]+=\"",
        "inline script blocks      # <script>",
        "other origins             # (src|href)=\"(https?:)?//"})
    void dashboardFilesAvoid(String what, String regex) throws IOException {
        Pattern bad = Pattern.compile(regex);
        try (Stream<Path> files = Files.walk(FILES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = read(f);
                assertThat(bad.matcher(text).find()).as(f + " uses " + what).isFalse();
            }
        }
    }

    @Test
    void styleSheetIsAsciiSoTheCharsetJettyOmitsDoesNotMatter() throws IOException {
        byte[] css = Files.readAllBytes(FILES.resolve("style.css"));
        for (int i = 0; i < css.length; i++) {
            assertThat(css[i] & 0xff).as("style.css byte " + i + " is not ASCII; use a CSS escape such as \\2715")
                    .isLessThan(0x80);
        }
        assertThat(read(FILES.resolve("index.html"))).contains("<meta charset=\"utf-8\">");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
