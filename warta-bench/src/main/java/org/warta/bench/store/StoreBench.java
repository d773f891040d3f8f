package org.warta.bench.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import org.warta.extract.Extractor;
import org.warta.extract.RawArticle;
import org.warta.extract.batch.BatchExtractor;
import org.warta.extract.read.Item;
import org.warta.model.Record;
import org.warta.store.ClaimFilter;
import org.warta.store.Store;
import org.warta.store.index.SearchQuery;
import org.warta.store.ingest.Ingester;

/**
 * The store's bench: ingest rate (plain text through the whole pipeline, and records into the store) and
 * query latency (median, 95th percentile) for search, claim filters and compare at a given size, with heap in use.
 * <pre>
 * java -Xmx1g -cp warta-bench/target/warta-bench.jar org.warta.bench.store.StoreBench [articles] [pipeline-articles] [dir]
 * </pre>
 * Prints wall-clock and CPU figures: on a shared machine the CPU time says what the code costs.
 */
public final class StoreBench {
    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int pipeline = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("warta-store-bench");
        VariedArticles articles = VariedArticles.load(Path.of("samples"), Path.of(System.getProperty("warta.shared", "../shared")));
        System.out.printf(Locale.ROOT, "base articles: %d real, varied to %d; store in %s; %d cores, max heap %d MiB%n",
                articles.bases.size(), size, dir, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        try (Store s = Store.open(dir.resolve("pipeline"))) {
            Ingester ing = new Ingester(s, new BatchExtractor(Extractor.standard(),
                    Runtime.getRuntime().availableProcessors()), 1000, java.time.Duration.ofSeconds(2));
            Iterator<Item> items = new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < pipeline;
                }

                @Override
                public Item next() {
                    int k = i++;
                    return Item.ok("bench#" + k, new RawArticle("p" + k, articles.text(k), null, null, null, null, null),
                            List.of());
                }
            };
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            Ingester.Progress p = ing.run(items, (item, r) -> { }, x -> { });
            report("ingest, plain text through extraction + store", p.ingested(), System.nanoTime() - t0, cpu() - cpu0);
        }

        try (Store s = Store.open(dir.resolve("store"))) {
            long have = (Long) s.queries().stats().get("articles");
            int batch = 1000;
            long added = 0;
            long wall = 0;
            long cpuTime = 0;
            for (int i = (int) have; i < size; i += batch) {
                List<Record> rs = new ArrayList<>(batch);
                for (int k = i; k < Math.min(size, i + batch); k++) {
                    rs.add(articles.record(k));
                }
                long cpu0 = cpu();
                long t0 = System.nanoTime();
                added += s.add(rs).added().size();
                wall += System.nanoTime() - t0;
                cpuTime += cpu() - cpu0;
            }
            if (added > 0) {
                report("ingest, records into the store (DuckDB + Lucene + clusters)", added, wall, cpuTime);
            }
            Random rnd = new Random(42);
            List<String> words = vocabulary(articles, rnd);
            latency("search (1-2 words, 20 hits)", 300, i -> s.search(SearchQuery.text(words.get(rnd.nextInt(words.size()))
                    + (rnd.nextBoolean() ? " " + words.get(rnd.nextInt(words.size())) : "")), 1, 20));
            latency("search with language and date filters", 300, i -> s.search(new SearchQuery(
                    words.get(rnd.nextInt(words.size())), rnd.nextBoolean() ? "en" : "id", null,
                    LocalDate.of(2020 + rnd.nextInt(5), 1, 1), null), 1, 20));
            latency("claims by claimant + predicate + month", 300, i -> {
                LocalDate from = LocalDate.of(2020 + rnd.nextInt(5), 1 + rnd.nextInt(12), 1);
                s.claims(new ClaimFilter(VariedArticles.SIDES[rnd.nextInt(8)], null,
                        rnd.nextBoolean() ? "KILLED" : "DESTROYED", null, null, from, from.plusMonths(1)), 1, 20);
            });
            latency("claims by affected side only (large result, first page)", 300, i -> s.claims(
                    new ClaimFilter(null, VariedArticles.SIDES[rnd.nextInt(8)], null, null, null, null, null), 1, 20));
            latency("compare two sides over a quarter", 200, i -> {
                int a = rnd.nextInt(4) * 2;
                LocalDate from = LocalDate.of(2020 + rnd.nextInt(5), 1 + rnd.nextInt(9), 1);
                s.compare(VariedArticles.SIDES[a], VariedArticles.SIDES[a + 1], from, from.plusMonths(3), 1, 100);
            });
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap in use after queries (after GC): %d MiB of max %d MiB; store on disk %d MiB%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, du(dir.resolve("store")) >> 20);
        }
    }

    private static List<String> vocabulary(VariedArticles a, Random rnd) {
        List<String> words = new ArrayList<>();
        for (Record r : a.bases) {
            for (String w : r.text().split("[^\\p{L}]+")) {
                if (w.length() >= 5 && rnd.nextInt(8) == 0) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static void latency(String name, int n, IntConsumer query) {
        for (int i = 0; i < 30; i++) {
            query.accept(i); // warm-up
        }
        long[] ns = new long[n];
        long[] cpus = new long[n];
        for (int i = 0; i < n; i++) {
            long c = cpu();
            long t = System.nanoTime();
            query.accept(i);
            ns[i] = System.nanoTime() - t;
            cpus[i] = cpu() - c;
        }
        Arrays.sort(ns);
        Arrays.sort(cpus);
        System.out.printf(Locale.ROOT, "%-58s median %6.2f ms   p95 %6.2f ms   (CPU, all threads: median %6.2f ms, "
                + "p95 %6.2f ms; n=%d)%n", name, ns[n / 2] / 1e6, ns[(int) (n * 0.95)] / 1e6, cpus[n / 2] / 1e6,
                cpus[(int) (n * 0.95)] / 1e6, n);
    }

    private static void report(String what, long n, long wallNanos, long cpuNanos) {
        System.out.printf(Locale.ROOT, "%-58s %d articles in %.1f s: %.0f articles/s wall, %.0f articles per CPU-second%n",
                what, n, wallNanos / 1e9, n / (wallNanos / 1e9), n / (cpuNanos / 1e9));
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long du(Path p) throws java.io.IOException {
        try (var s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
