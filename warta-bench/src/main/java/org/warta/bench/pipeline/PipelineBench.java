package org.warta.bench.pipeline;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import net.dankito.readability4j.Readability4J;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.warta.extract.Extractor;
import org.warta.extract.RawArticle;
import org.warta.extract.batch.BatchExtractor;
import org.warta.extract.read.Item;

/**
 * Warta's throughput in one run on the same inputs: text -> record and HTML -> record per core, each stage's
 * rate, a bare Lucene StandardTokenizer pass over the same text as the yardstick, Readability4J and boilerpipe
 * alone on the same pages, the batch extractor on 1 and 2 threads, and the peak heap.
 *
 * <p>Single-thread passes are timed in CPU time of the running thread (per core, and far less sensitive to other
 * work on the machine than wall time) and take turns within each round, so that a burst of load hits them all;
 * the figure is the median over the timed rounds, after one warm-up round. Batch passes are timed in wall time.
 *
 * <pre>java -Xmx256m -cp warta-bench/target/warta-bench.jar org.warta.bench.pipeline.PipelineBench ../shared [rounds] [text docs] [html docs]</pre>
 */
public final class PipelineBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static long sink;

    private PipelineBench() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Paths.get(args.length > 0 ? args[0] : "../shared");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int textDocs = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int htmlDocs = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        PeakHeap heap = PeakHeap.watch();
        Corpus corpus = Corpus.load(shared, Paths.get("warta-extract/src/test/resources/golden"), textDocs, htmlDocs);
        Extractor extractor = Extractor.standard();
        List<RawArticle> texts = corpus.texts();
        List<RawArticle> pages = corpus.pages();
        double textMb = Corpus.bytes(texts) / 1e6;
        double htmlMb = Corpus.bytes(pages) / 1e6;
        System.out.printf(Locale.ROOT, "inputs: %d text articles (%.1f MB, %.1f KB each), %d pages (%.1f MB); "
                        + "%d timed rounds after 1 warm-up, medians; %d cores; max heap %d MiB%n",
                texts.size(), textMb, textMb * 1000 / texts.size(), pages.size(), htmlMb,
                rounds, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        Map<String, LongAdder> stageNanos = new ConcurrentHashMap<>();
        Map<String, Runnable> passes = new LinkedHashMap<>();
        passes.put("tokenizer", () -> tokenize(texts));
        passes.put("text", () -> extractAll(extractor, texts, stageNanos));
        passes.put("html", () -> extractAll(extractor, pages, new ConcurrentHashMap<>()));
        passes.put("readability", () -> readability(pages));
        passes.put("boilerpipe", () -> boilerpipe(pages));
        Map<String, Double> cpu = medians(rounds, passes);

        Map<String, Runnable> batches = new LinkedHashMap<>();
        batches.put("batch 1", () -> batch(extractor, texts, 1));
        batches.put("batch 2", () -> batch(extractor, texts, 2));
        Map<String, Double> wall = wallMedians(rounds, batches);

        int n = texts.size();
        System.out.printf(Locale.ROOT, "%-40s %12s %10s%n", "pass (1 thread, per CPU-second)", "docs/s", "MB/s");
        row("Lucene StandardTokenizer (text)", n, textMb, cpu.get("tokenizer"));
        row("warta text -> record", n, textMb, cpu.get("text"));
        row("warta HTML -> record", pages.size(), htmlMb, cpu.get("html"));
        row("Readability4J alone (HTML)", pages.size(), htmlMb, cpu.get("readability"));
        row("boilerpipe ArticleExtractor (HTML)", pages.size(), htmlMb, cpu.get("boilerpipe"));
        System.out.printf(Locale.ROOT, "%-40s %12s %10s%n", "batch text -> record (wall time)", "docs/s", "MB/s");
        row("warta batch, 1 thread", n, textMb, wall.get("batch 1"));
        row("warta batch, 2 threads", n, textMb, wall.get("batch 2"));
        System.out.printf(Locale.ROOT, "text -> record costs %.1f x the tokenizer pass; HTML -> record runs at %.2f x "
                        + "Readability4J's pages/s and %.2f x boilerpipe's; 2 threads give %.2f x 1 thread%n",
                cpu.get("text") / cpu.get("tokenizer"), cpu.get("readability") / cpu.get("html"),
                cpu.get("boilerpipe") / cpu.get("html"), wall.get("batch 1") / wall.get("batch 2"));
        stages(stageNanos, n, textMb, cpu.get("text"));
        System.out.printf(Locale.ROOT, "peak heap: %d MiB live after a collection (largest seen); %d MiB "
                + "used at most (sum of the heap pools' peaks, garbage included)%n", heap.liveMiB(), heap.usedMiB());
    }

    /** Each stage's share of the stage clocks, and its rate if it alone ran for that share of the text pass. */
    private static void stages(Map<String, LongAdder> stageNanos, int docs, double mb, double textSeconds) {
        System.out.println("stages on text (share of stage time; rate = that share of the text pass's CPU time):");
        System.out.printf(Locale.ROOT, "  %-10s %6s %12s %10s%n", "stage", "share", "docs/s", "MB/s");
        long total = stageNanos.values().stream().mapToLong(LongAdder::sum).sum();
        for (Map.Entry<String, LongAdder> e : new TreeMap<>(stageNanos).entrySet()) {
            double share = (double) e.getValue().sum() / total;
            double seconds = share * textSeconds;
            System.out.printf(Locale.ROOT, "  %-10s %5.1f%% %12.0f %10.2f%n", e.getKey(), 100 * share,
                    docs / seconds, mb / seconds);
        }
    }

    private static void row(String name, int docs, double mb, double seconds) {
        System.out.printf(Locale.ROOT, "%-40s %12.0f %10.2f%n", name, docs / seconds, mb / seconds);
    }

    /** Median CPU seconds of this thread per pass; the passes take turns within each round. */
    private static Map<String, Double> medians(int rounds, Map<String, Runnable> passes) {
        Map<String, double[]> times = new LinkedHashMap<>();
        passes.keySet().forEach(k -> times.put(k, new double[rounds]));
        for (int round = -1; round < rounds; round++) {
            for (Map.Entry<String, Runnable> p : passes.entrySet()) {
                long start = CPU.getCurrentThreadCpuTime();
                p.getValue().run();
                if (round >= 0) {
                    times.get(p.getKey())[round] = (CPU.getCurrentThreadCpuTime() - start) / 1e9;
                }
            }
        }
        return medianOf(times);
    }

    private static Map<String, Double> wallMedians(int rounds, Map<String, Runnable> passes) {
        Map<String, double[]> times = new LinkedHashMap<>();
        passes.keySet().forEach(k -> times.put(k, new double[rounds]));
        for (int round = -1; round < rounds; round++) {
            for (Map.Entry<String, Runnable> p : passes.entrySet()) {
                long start = System.nanoTime();
                p.getValue().run();
                if (round >= 0) {
                    times.get(p.getKey())[round] = (System.nanoTime() - start) / 1e9;
                }
            }
        }
        return medianOf(times);
    }

    private static Map<String, Double> medianOf(Map<String, double[]> times) {
        Map<String, Double> out = new LinkedHashMap<>();
        times.forEach((k, t) -> {
            double[] s = t.clone();
            Arrays.sort(s);
            out.put(k, s[s.length / 2]);
        });
        return out;
    }

    private static void extractAll(Extractor extractor, List<RawArticle> docs, Map<String, LongAdder> nanos) {
        for (RawArticle a : docs) {
            extractor.extract(a, (stage, ns) -> nanos.computeIfAbsent(stage, k -> new LongAdder()).add(ns));
        }
    }

    private static void batch(Extractor extractor, List<RawArticle> docs, int threads) {
        List<Item> items = docs.stream().map(a -> Item.ok("bench", a, List.of())).toList();
        new BatchExtractor(extractor, threads).run(items.iterator(), (item, record) -> { });
    }

    private static void readability(List<RawArticle> pages) {
        for (RawArticle p : pages) {
            try {
                String text = new Readability4J("https://example.com/", p.html()).parse().getTextContent();
                sink += text == null ? 0 : text.length();
            } catch (RuntimeException | StackOverflowError e) {
                // a page Readability4J cannot read costs what it cost
            }
        }
    }

    private static void boilerpipe(List<RawArticle> pages) {
        for (RawArticle p : pages) {
            try {
                sink += ArticleExtractor.INSTANCE.getText(p.html()).length();
            } catch (Exception | StackOverflowError e) {
                // a page boilerpipe cannot read costs what it cost
            }
        }
    }

    private static void tokenize(List<RawArticle> docs) {
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            for (RawArticle a : docs) {
                tokenizer.setReader(new StringReader(a.text()));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    sink++;
                }
                tokenizer.end();
                tokenizer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
