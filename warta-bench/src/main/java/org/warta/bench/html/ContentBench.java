package org.warta.bench.html;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import net.dankito.readability4j.Readability4J;
import org.warta.eval.content.ContentEvaluation;
import org.warta.eval.content.ContentGold;
import org.warta.eval.content.ContentScores;
import org.warta.eval.content.GoldPage;
import org.warta.extract.html.HtmlArticleExtractor;
import org.warta.extract.html.HtmlCharsets;

/**
 * Warta's HTML extractor side by side with Readability4J and boilerpipe, on the same pages in the same run: the
 * article-extraction benchmark's P, R and F1, and pages per second of one thread's CPU time (median of several
 * timed rounds after a warm-up round; the extractors take turns within each round). Every extractor gets the page as text (decoded once, by {@link HtmlCharsets}) and its URL.
 *
 * <pre>java -cp warta-bench/target/warta-bench.jar org.warta.bench.html.ContentBench ../shared/data/aeb-dev [rounds]</pre>
 */
public final class ContentBench {
    /** Pages per second of the benchmark thread's CPU time: steady when other processes share the machine. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ContentBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("Usage: ContentBench <aeb folder with ground-truth.json and html/> [rounds, default 5]");
            System.exit(2);
        }
        Path dir = Paths.get(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<GoldPage> pages = ContentGold.load(dir.resolve("ground-truth.json"), dir.resolve("html"));
        Map<String, String> html = new LinkedHashMap<>();
        for (GoldPage p : pages) {
            html.put(p.id(), HtmlCharsets.decode(p.bytes(), null));
        }
        HtmlArticleExtractor warta = new HtmlArticleExtractor();
        Map<String, BiFunction<String, String, String>> extractors = new LinkedHashMap<>();
        extractors.put("warta", (page, url) -> warta.extract(page, url).value().text());
        extractors.put("readability4j", (page, url) -> {
            String text = new Readability4J(url, page).parse().getTextContent();
            return text == null ? "" : text;
        });
        extractors.put("boilerpipe", (page, url) -> {
            try {
                return ArticleExtractor.INSTANCE.getText(page);
            } catch (Exception | StackOverflowError e) {
                return "";
            }
        });
        System.out.printf(Locale.ROOT, "%d pages, 1 warm-up round + %d timed rounds (extractors take turns "
                + "within each round), median pages per CPU-second of one thread%n", pages.size(), rounds);
        Map<String, Map<String, String>> outputs = new LinkedHashMap<>();
        Map<String, double[]> rates = new LinkedHashMap<>();
        extractors.keySet().forEach(name -> rates.put(name, new double[rounds]));
        for (int round = -1; round < rounds; round++) {
            for (Map.Entry<String, BiFunction<String, String, String>> e : extractors.entrySet()) {
                Map<String, String> out = new LinkedHashMap<>();
                long start = CPU.getCurrentThreadCpuTime();
                for (GoldPage p : pages) {
                    out.put(p.id(), safely(e.getValue(), html.get(p.id()), p.url()));
                }
                long nanos = CPU.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    rates.get(e.getKey())[round] = pages.size() / (nanos / 1e9);
                }
                outputs.put(e.getKey(), out);
            }
        }
        System.out.printf(Locale.ROOT, "%-14s %6s %6s %6s %10s%n", "extractor", "P", "R", "F1", "pages/s");
        for (String name : extractors.keySet()) {
            Map<String, String> out = outputs.get(name);
            ContentScores s = ContentEvaluation.score(pages, p -> out.get(p.id()));
            System.out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %10.1f%n", name, s.precision(), s.recall(),
                    s.f1(), median(rates.get(name)));
        }
    }

    private static String safely(BiFunction<String, String, String> f, String page, String url) {
        try {
            String text = f.apply(page, url);
            return text == null ? "" : text;
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length == 0 ? 0 : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

}
