package org.warta.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a benchmark input from a folder of HTML pages: N documents, the pages repeated in turn, spread over K
 * WARC.gz files (CC-NEWS layout), and the same documents as one JSON Lines file ({"id", "html", "url"}) for
 * {@code warta extract --jsonl}. Each copy gets a closing paragraph with its number so that no two documents
 * are exact duplicates and every one is written.
 *
 * Pages whose file name starts with one of the optional EXCLUDE prefixes are left out (for pages on which the
 * extractor is pathologically slow, which would measure that page rather than the job).
 *
 * <pre>java -cp ... org.warta.spark.BenchInput ../shared/data/aeb-dev/html /tmp/bench 3000 8 [EXCLUDE...]</pre>
 */
public final class BenchInput {
    private BenchInput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("Usage: BenchInput HTML_DIR OUT_DIR DOCUMENTS WARC_FILES [EXCLUDE_PREFIX...]");
            System.exit(2);
        }
        List<Path> pages;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            pages = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.html?(\\.gz)?"))
                    .filter(p -> java.util.Arrays.stream(args, 4, args.length)
                            .noneMatch(x -> p.getFileName().toString().startsWith(x)))
                    .sorted().toList();
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("No .html or .html.gz files in '" + args[0] + "'; give a folder of web pages.");
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        int documents = Integer.parseInt(args[2]);
        int files = Integer.parseInt(args[3]);
        ObjectMapper json = new ObjectMapper();
        TestWarcs[] warcs = new TestWarcs[files];
        for (int f = 0; f < files; f++) {
            warcs[f] = new TestWarcs(out.resolve(String.format(Locale.ROOT, "bench-%03d.warc.gz", f)));
        }
        try (BufferedWriter jsonl = Files.newBufferedWriter(out.resolve("bench.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < documents; i++) {
                Path page = pages.get(i % pages.size());
                String html = read(page);
                int close = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
                String marker = "<p>Copy " + i + ".</p>";
                html = close < 0 ? html + marker : html.substring(0, close) + marker + html.substring(close);
                String url = "https://bench.example/" + i + "/" + page.getFileName();
                warcs[i % files].page(url, html);
                jsonl.write(json.writeValueAsString(Map.of("id", "bench-" + i, "html", html, "url", url)));
                jsonl.newLine();
            }
        } finally {
            for (TestWarcs w : warcs) {
                w.close();
            }
        }
        System.out.println("Wrote " + documents + " documents from " + pages.size() + " pages into " + files
                + " WARC files and bench.jsonl under " + out);
    }

    /** A page as UTF-8 text, gunzipped when its name ends in .gz. */
    private static String read(Path page) throws IOException {
        try (java.io.InputStream raw = Files.newInputStream(page);
             java.io.InputStream in = page.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
