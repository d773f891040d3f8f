package org.warta.eval.quantity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.warta.eval.Scores;
import org.warta.eval.quantity.TaggedLine.Tag;
import org.warta.extract.date.DateFinder;
import org.warta.extract.quantity.QuantityFinder;
import org.warta.extract.segment.Document;

/**
 * Scores the quantity and date finders against a corpus with inline {@code <QUANTITY>} and {@code <TIME>} tags
 * (id-news-ner): a found span that overlaps a tagged span of its kind is a true positive (each tagged span is
 * matched once), other found spans are false positives, unmatched tagged spans false negatives. The sentences
 * carry no publication date, so dates are found as they would be without one.
 */
public final class QuantityEvaluation {
    /** The two scores and the misses and false alarms, for reading. */
    public record Result(Scores quantities, Scores times, List<String> misses, List<String> falseAlarms) {
    }

    private final QuantityFinder quantities = QuantityFinder.standard();
    private final DateFinder dates = DateFinder.standard();

    public Result evaluate(Path corpus) throws IOException {
        Scores q = new Scores("QUANTITY", 0, 0, 0);
        Scores t = new Scores("TIME", 0, 0, 0);
        List<String> misses = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            TaggedLine tagged = TaggedLine.parse(line);
            String text = tagged.text();
            Document doc = new Document(text, "id", null, List.of());
            List<int[]> foundQ = quantities.find(doc).value().stream().map(x -> new int[] {x.start(), x.end()})
                    .toList();
            List<int[]> foundT = dates.find(doc).value().stream().map(x -> new int[] {x.start(), x.end()}).toList();
            q = q.plus(score("QUANTITY", text, tagged.tags("QUANTITY"), foundQ, misses, alarms));
            t = t.plus(score("TIME", text, tagged.tags("TIME"), foundT, misses, alarms));
        }
        return new Result(q, t, misses, alarms);
    }

    /** Overlap matching: each found span takes the first unmatched tagged span it overlaps. */
    static Scores score(String label, String text, List<Tag> gold, List<int[]> found, List<String> misses,
                        List<String> alarms) {
        boolean[] used = new boolean[gold.size()];
        long tp = 0;
        long fp = 0;
        for (int[] f : found) {
            int hit = -1;
            for (int g = 0; g < gold.size() && hit < 0; g++) {
                if (!used[g] && gold.get(g).start() < f[1] && f[0] < gold.get(g).end()) {
                    hit = g;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                tp++;
            } else {
                fp++;
                alarms.add(label + "\t" + text.substring(f[0], f[1]) + "\t" + text);
            }
        }
        long fn = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (!used[g]) {
                fn++;
                misses.add(label + "\t" + text.substring(gold.get(g).start(), gold.get(g).end()) + "\t" + text);
            }
        }
        return new Scores(label, tp, fp, fn);
    }
}
