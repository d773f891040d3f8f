package org.warta.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.warta.extract.RawArticle;

/**
 * Two builds of Warta in one JVM, each in its own class loader, timed taking turns over the same inputs: on a
 * machine shared with other work, two JVMs run minutes apart (or even at once) differ by more than most changes
 * do, while passes that alternate every fraction of a second meet the same load. Prints each build's rate (thread
 * CPU time, median over the rounds) and the median of the per-round ratios. Run the same jar on both sides once to
 * see the bias of loading first.
 *
 * <pre>java -cp warta-bench/target/warta-bench.jar org.warta.bench.pipeline.SideBySide OLD.jar NEW.jar ../shared text|html [rounds]</pre>
 */
public final class SideBySide {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SideBySide() {
    }

    /** One build's extractor and its inputs, made with that build's own classes. */
    private record Build(Object extractor, Method extract, List<Object> inputs) {
        static Build load(Path jar, List<RawArticle> docs) throws ReflectiveOperationException, MalformedURLException {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> extractor = loader.loadClass("org.warta.extract.Extractor");
            Class<?> raw = loader.loadClass("org.warta.extract.RawArticle");
            List<Object> inputs = new ArrayList<>();
            for (RawArticle a : docs) {
                inputs.add(a.isHtml() ? raw.getMethod("html", String.class, String.class).invoke(null, a.html(), null)
                        : raw.getMethod("text", String.class).invoke(null, a.text()));
            }
            return new Build(extractor.getMethod("standard").invoke(null), extractor.getMethod("extract", raw),
                    inputs);
        }

        /** Thread CPU seconds of one pass over the inputs. */
        double pass() throws IllegalAccessException, InvocationTargetException {
            long start = CPU.getCurrentThreadCpuTime();
            for (Object in : inputs) {
                extract.invoke(extractor, in);
            }
            return (CPU.getCurrentThreadCpuTime() - start) / 1e9;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || !args[3].matches("text|html")) {
            System.err.println("usage: SideBySide OLD.jar NEW.jar SHARED_DIR text|html [rounds]");
            System.exit(2);
        }
        boolean text = args[3].equals("text");
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 61;
        Corpus corpus = Corpus.once(Paths.get(args[2]), Paths.get("warta-extract/src/test/resources/golden"));
        List<RawArticle> docs = text ? corpus.texts() : corpus.pages();
        Build old = Build.load(Paths.get(args[0]), docs);
        Build neu = Build.load(Paths.get(args[1]), docs);
        double[] oldTimes = new double[rounds];
        double[] newTimes = new double[rounds];
        double[] ratios = new double[rounds];
        for (int r = -2; r < rounds; r++) {
            boolean oldFirst = (r & 1) == 0;
            double a = (oldFirst ? old : neu).pass();
            double b = (oldFirst ? neu : old).pass();
            if (r >= 0) {
                oldTimes[r] = oldFirst ? a : b;
                newTimes[r] = oldFirst ? b : a;
                ratios[r] = oldTimes[r] / newTimes[r];
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d docs: old %.0f docs/s, new %.0f docs/s (per CPU-second, medians of %d "
                        + "rounds); new/old speed %.3f (median of the rounds' ratios; %.3f to %.3f)%n", args[3],
                docs.size(), docs.size() / median(oldTimes), docs.size() / median(newTimes), rounds, median(ratios),
                Arrays.stream(ratios).min().orElse(0), Arrays.stream(ratios).max().orElse(0));
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
