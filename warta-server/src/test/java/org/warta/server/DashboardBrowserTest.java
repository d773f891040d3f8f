package org.warta.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.extract.Extractor;
import org.warta.extract.read.ArticleFiles;
import org.warta.extract.read.Item;
import org.warta.extract.read.Limits;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Quote;
import org.warta.model.Record;
import org.warta.model.Source;
import org.warta.model.Stance;
import org.warta.model.testing.SharedData;
import org.warta.store.Store;
import org.warta.store.TestRecords;

/**
 * The dashboard in a real browser: a fresh store with the seed and the sample articles, the server on a
 * random port, then {@code src/test/browser/dashboard.test.mjs} (playwright-core driving Debian's chromium)
 * searches, opens the seed, checks the 2.300 claim, opens compare, saves screenshots into
 * {@code target/dashboard-screenshots}, and ingests hostile articles to show them inert. Skipped, with the
 * reason, where node, chromium or the script's node_modules are missing ({@code .ci/run} installs them).
 */
class DashboardBrowserTest {
    private static final Path SCRIPT_DIR = Path.of("src/test/browser");
    private static final Path SHOTS = Path.of("target/dashboard-screenshots");

    @TempDir
    Path dir;

    @Test
    void dashboardShowsTheSeedClaimAndKeepsHostileArticlesInert() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Skipped: no chromium at " + chromium
                + "; install it (apt-get install chromium) or set CHROMIUM, as .ci/run does.");
        int node = NodeTool.majorVersion();
        Assumptions.assumeTrue(node >= 20, "Skipped: playwright-core needs Node.js 20 or newer on the PATH; found "
                + (node == 0 ? "none" : "version " + node) + ".");
        Assumptions.assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core")),
                "Skipped: playwright-core is not installed; run 'npm ci' in warta-server/src/test/browser.");
        Path seed = SharedData.require("seed");

        Extractor extractor = Extractor.standard();
        String token = WartaServer.newToken();
        try (Store store = Store.open(dir.resolve("store"))) {
            assertThat(DemoArticles.loadIfEmpty(store, extractor)).as("sample articles stored").isPositive();
            assertThat(store.add(read(seed, extractor)).added()).as("seed articles stored").isNotEmpty();
            store.add(List.of(hostileNames()));
            try (WartaServer server = WartaServer.start(store, extractor, "127.0.0.1", 0, token)) {
                Files.createDirectories(SHOTS);
                Path log = dir.resolve("browser.log");
                ProcessBuilder pb = new ProcessBuilder("node", "dashboard.test.mjs",
                        "http://127.0.0.1:" + server.port() + "/", SHOTS.toAbsolutePath().toString())
                        .directory(SCRIPT_DIR.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
                pb.environment().put("WARTA_TOKEN", token);
                pb.environment().put("CHROMIUM", chromium.toString());
                Process p = pb.start();
                boolean done = p.waitFor(5, TimeUnit.MINUTES);
                if (!done) {
                    p.destroyForcibly();
                }
                String out = Files.readString(log, StandardCharsets.UTF_8);
                System.out.println(out);
                assertThat(done).as("the browser test finished within 5 minutes:\n" + out).isTrue();
                assertThat(p.exitValue()).as("the browser checks (exit status 0 means all passed):\n" + out)
                        .isZero();
                assertThat(out).contains("all dashboard checks passed");
                assertThat(SHOTS.resolve("article.png")).isNotEmptyFile();
                assertThat(SHOTS.resolve("compare.png")).isNotEmptyFile();
            }
        }
    }

    /**
     * A record whose names, role, speaker, relays, outlet, title and source URL carry markup, as a buggy or
     * hostile producer could store them (the extractor would not make these names): {@code hostile-names}.
     */
    static Record hostileNames() {
        Record r = TestRecords.claim("hostile-names", "hostile.example", "2020-10-03", "AZE", "ARM", 77, Stance.DENIED);
        String img = "<img src=x onerror=\"window.__pwned='name'\">";
        List<Entity> entities = r.entities().stream().map(e -> new Entity(e.id(), e.type(), img + e.name(), e.country(),
                e.sector(), "<script>window.__pwned='role'</script>", e.mentions())).toList();
        List<Quote> quotes = r.quotes().stream().map(q -> new Quote(q.text(), q.start(), q.end(), q.speaker(),
                "<b onmouseover=\"window.__pwned='speaker'\">" + q.speakerText() + "</b>", q.cue(), q.direct())).toList();
        List<Claim> claims = r.claims().stream().map(c -> new Claim(c.id(), c.predicate(), c.count(), c.object(),
                "<i>" + c.objectText() + "</i>", c.claimant(), List.of("<a href=\"javascript:window.__pwned='via'\">relay</a>"),
                c.agent(), c.affected(), c.place(), c.period(), c.status(), c.responses(), c.evidence(), c.confidence()))
                .toList();
        return new Record(r.schema(), r.id(), new Source("javascript:window.__pwned='url'", "hostile.example", null),
                r.language(), "<svg onload=\"window.__pwned='title'\"></svg>Klaim", r.published(),
                "<script>window.__pwned='dateline'</script>", r.text(), entities, r.quantities(), r.dates(), quotes, claims,
                r.events(), r.diagnostics());
    }

    private static List<Record> read(Path folder, Extractor extractor) throws IOException {
        List<Record> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Item item = new ArticleFiles(Limits.DEFAULT).read(f);
                if (!item.isFailed()) {
                    out.add(extractor.extract(item.article()));
                }
            }
        }
        return out;
    }
}
