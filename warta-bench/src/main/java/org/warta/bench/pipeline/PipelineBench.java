package org.warta.bench.pipeline;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
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
 * share, a bare Lucene StandardTokenizer pass over the same text as the yardstick, Readability4J alone on the
 * same pages, 1 and 2 threads, and the peak heap. Medians of several rounds after a warm-up round.
 *
 * <pre>java -Xmx256m -cp warta-bench/target/warta-bench.jar org.warta.bench.pipeline.PipelineBench ../shared [rounds] [text docs] [html docs]</pre>
 */
public final class PipelineBench {
    private PipelineBench() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Paths.get(args.length > 0 ? args[0] : "../shared");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int textDocs = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int htmlDocs = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        Corpus corpus = Corpus.load(shared, Paths.get("warta-extract/src/test/resources/golden"), textDocs, htmlDocs);
        Extractor extractor = Extractor.standard();
        double textMb = Corpus.bytes(corpus.texts()) / 1e6;
        double htmlMb = Corpus.bytes(corpus.pages()) / 1e6;
        System.out.printf(Locale.ROOT, "inputs: %d text articles (%.1f MB, %.1f KB each), %d pages (%.1f MB); "
                        + "%d timed rounds after 1 warm-up, medians; %d cores; max heap %d MiB%n",
                corpus.texts().size(), textMb, textMb * 1000 / corpus.texts().size(), corpus.pages().size(), htmlMb,
                rounds, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        double tokenizer = median(rounds, () -> tokenize(corpus.texts()));
        Map<String, LongAdder> stageNanos = new ConcurrentHashMap<>();
        double text = median(rounds, () -> extractAll(extractor, corpus.texts(), stageNanos));
        double html = median(rounds, () -> extractAll(extractor, corpus.pages(), new ConcurrentHashMap<>()));
        double readability = median(rounds, () -> readability(corpus.pages()));
        double oneThread = median(rounds, () -> batch(extractor, corpus.texts(), 1));
        double twoThreads = median(rounds, () -> batch(extractor, corpus.texts(), 2));

        int n = corpus.texts().size();
        System.out.printf(Locale.ROOT, "%-34s %12s %10s%n", "pass (1 thread unless said)", "docs/s", "MB/s");
        row("Lucene StandardTokenizer (text)", n, textMb, tokenizer);
        row("warta text -> record", n, textMb, text);
        row("warta HTML -> record", corpus.pages().size(), htmlMb, html);
        row("Readability4J alone (HTML)", corpus.pages().size(), htmlMb, readability);
        row("warta text -> record, batch 1 thr", n, textMb, oneThread);
        row("warta text -> record, batch 2 thr", n, textMb, twoThreads);
        System.out.printf(Locale.ROOT, "text -> record costs %.1f x the tokenizer pass; HTML -> record is %.2f x "
                        + "Readability4J's pages/s; 2 threads give %.2f x 1 thread%n",
                text / tokenizer, readability / html, oneThread / twoThreads);
        System.out.println("stages on text (all timed rounds, share of stage time, MB/s of article text):");
        long total = stageNanos.values().stream().mapToLong(LongAdder::sum).sum();
        for (Map.Entry<String, LongAdder> e : new TreeMap<>(stageNanos).entrySet()) {
            double seconds = e.getValue().sum() / 1e9;
            System.out.printf(Locale.ROOT, "  %-10s %5.1f%%  %8.2f MB/s%n", e.getKey(), 100.0 * e.getValue().sum() / total,
                    textMb * (rounds + 1) / seconds);
        }
        System.out.printf(Locale.ROOT, "peak heap used: %d MiB (sum of the heap pools' peaks, an upper bound)%n",
                peakHeap() >> 20);
    }

    private static void row(String name, int docs, double mb, double seconds) {
        System.out.printf(Locale.ROOT, "%-34s %12.0f %10.2f%n", name, docs / seconds, mb / seconds);
    }

    /** Median seconds of {@code rounds} timed runs after one warm-up run. */
    private static double median(int rounds, Runnable run) {
        double[] t = new double[rounds];
        run.run();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            run.run();
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(t);
        return t[rounds / 2];
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
                new Readability4J("https://example.com/", p.html()).parse().getTextContent();
            } catch (RuntimeException | StackOverflowError e) {
                // a page Readability4J cannot read costs what it cost
            }
        }
    }

    private static long sink;

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

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
