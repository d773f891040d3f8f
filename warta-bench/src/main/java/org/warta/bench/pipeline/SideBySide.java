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
 * do, and so do two passes over all the inputs a second apart; builds that take turns on every input (a few
 * milliseconds each) meet the same load. Prints each build's rate (thread CPU time, median over the rounds) and the
 * median of the per-round ratios. Run the same jar on both sides once to see the bias of loading first.
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

        /** Thread CPU nanoseconds of one extraction of input {@code i}. */
        long time(int i) throws IllegalAccessException, InvocationTargetException {
            long start = CPU.getCurrentThreadCpuTime();
            extract.invoke(extractor, inputs.get(i));
            return CPU.getCurrentThreadCpuTime() - start;
        }
    }

    /**
     * One round: each input read by both builds, one right after the other, the first of the two alternating from one
     * input to the next, so that load that comes and goes over milliseconds meets both builds alike. Returns the two
     * builds' thread CPU seconds.
     */
    static double[] round(Build old, Build neu, int inputs, boolean oldFirst) throws ReflectiveOperationException {
        long a = 0;
        long b = 0;
        for (int i = 0; i < inputs; i++) {
            if (oldFirst == ((i & 1) == 0)) {
                a += old.time(i);
                b += neu.time(i);
            } else {
                b += neu.time(i);
                a += old.time(i);
            }
        }
        return new double[] {a / 1e9, b / 1e9};
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
            double[] t = round(old, neu, docs.size(), (r & 1) == 0);
            if (r >= 0) {
                oldTimes[r] = t[0];
                newTimes[r] = t[1];
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
