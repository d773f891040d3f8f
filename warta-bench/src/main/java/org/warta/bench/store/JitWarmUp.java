package org.warta.bench.store;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.warta.extract.Extractor;
import org.warta.extract.RawArticle;

/**
 * What the JIT compiler costs a long run: extracts the store bench's varied articles on one thread and prints, per
 * window of articles, the rate per CPU-second of the whole process (compiler and collector threads included) next to
 * the rate per CPU-second of the extracting thread alone. The two meet once compilation is done. Compare JVM flags by
 * starting two runs at the same time, so that both meet the same load:
 * <pre>
 * java -Xmx1g -cp warta-bench/target/warta-bench.jar org.warta.bench.store.JitWarmUp 12000 3000 &amp;
 * java -Xmx1g -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -cp warta-bench/target/warta-bench.jar \
 *     org.warta.bench.store.JitWarmUp 12000 3000
 * </pre>
 */
public final class JitWarmUp {
    private JitWarmUp() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 12_000;
        int window = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        VariedArticles varied = VariedArticles.load(Path.of("samples"),
                Path.of(System.getProperty("warta.shared", "../shared")));
        Extractor extractor = Extractor.standard();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String flags = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(Locale.ROOT, "JVM flags: %s%narticles  per process-CPU-s  per thread-CPU-s (window)%n",
                flags.isEmpty() ? "(none)" : flags);
        long process0 = os.getProcessCpuTime();
        long thread0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long process = process0;
        long thread = thread0;
        for (int i = 0; i < articles; i++) {
            extractor.extract(RawArticle.text(varied.text(i)));
            if ((i + 1) % window == 0 || i + 1 == articles) {
                long p = os.getProcessCpuTime();
                long t = threads.getCurrentThreadCpuTime();
                int n = (i % window) + 1;
                System.out.printf(Locale.ROOT, "%8d  %18.0f  %17.0f%n", i + 1, n / ((p - process) / 1e9),
                        n / ((t - thread) / 1e9));
                process = p;
                thread = t;
            }
        }
        System.out.printf(Locale.ROOT, "all %d: %.0f per process-CPU-s, %.0f per thread-CPU-s, %.1f s wall%n", articles,
                articles / ((os.getProcessCpuTime() - process0) / 1e9),
                articles / ((threads.getCurrentThreadCpuTime() - thread0) / 1e9), (System.nanoTime() - wall0) / 1e9);
    }
}
