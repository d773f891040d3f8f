package org.warta.bench.store;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;
import org.warta.model.ContentHash;
import org.warta.model.Record;
import org.warta.store.cluster.MinHash;
import org.warta.store.cluster.StoryClusters;

/**
 * The story clusters alone, as the store feeds them: the bench's varied articles (the same as {@link StoreBench}'s
 * records), signed first on all cores, then added in order; prints the time per article of
 * {@link StoryClusters#add} for each window of articles, so its growth with the store's size shows, and the heap
 * the clusters hold. With a third argument it writes each article's assignment (index, key, cluster, similarity) to
 * that file, to compare two builds' clusters.
 * <pre>
 * java -Xmx2g -cp warta-bench/target/warta-bench.jar org.warta.bench.store.ClusterBench [articles] [window] [out]
 * </pre>
 */
public final class ClusterBench {
    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int window = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path out = args.length > 2 ? Path.of(args[2]) : null;
        VariedArticles articles = VariedArticles.load(Path.of("samples"),
                Path.of(System.getProperty("warta.shared", "../shared")));
        String[] keys = new String[size];
        int[][] sigs = new int[size][];
        IntStream.range(0, size).parallel().forEach(i -> {
            Record r = articles.record(i);
            keys[i] = ContentHash.of(r);
            sigs[i] = MinHash.of(r.text());
        });
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        StoryClusters clusters = new StoryClusters();
        StoryClusters.Assignment[] assigned = new StoryClusters.Assignment[size];
        for (int from = 0; from < size; from += window) {
            int to = Math.min(size, from + window);
            long cpu0 = threadCpu();
            long t0 = System.nanoTime();
            for (int i = from; i < to; i++) {
                assigned[i] = clusters.add(keys[i], sigs[i]);
            }
            long wall = System.nanoTime() - t0;
            long cpu = threadCpu() - cpu0;
            System.out.printf(Locale.ROOT, "StoryClusters.add, articles %7d-%7d: %7.2f us per article wall, %7.2f us CPU%n",
                    from, to, wall / 1e3 / (to - from), cpu / 1e3 / (to - from));
        }
        System.gc();
        long heap1 = rt.totalMemory() - rt.freeMemory();
        long distinct = java.util.Arrays.stream(assigned).map(StoryClusters.Assignment::cluster).distinct().count();
        System.out.printf(Locale.ROOT, "%d articles in %d clusters; heap held by the clusters about %d MiB%n", size,
                distinct, (heap1 - heap0) >> 20);
        if (out != null) {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (int i = 0; i < size; i++) {
                    w.write(i + "\t" + keys[i] + "\t" + assigned[i].cluster() + "\t"
                            + String.format(Locale.ROOT, "%.5f", assigned[i].similarity()) + "\n");
                }
            }
        }
        if (clusters.size() < 0) {
            System.out.println(); // keeps the clusters reachable until the heap is measured
        }
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
