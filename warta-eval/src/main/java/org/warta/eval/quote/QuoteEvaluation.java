package org.warta.eval.quote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.eval.Scores;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.quote.QuoteFinder;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;
import org.warta.model.Entity;
import org.warta.model.Quote;
import org.warta.model.Span;

/**
 * Scores {@link QuoteFinder} on tagged sentences, each its own document: {@code TEXT} counts direct quotations
 * whose span is exactly the gold one; {@code SPEAKER} counts, over gold quotations whose sentence names the
 * speaker, those found with a speaker entity that has a mention on the tagged speaker (fp: a wrong speaker,
 * fn: the quotation or its speaker missed). A quotation left open at the sentence's end is not scored.
 */
public final class QuoteEvaluation {
    private final EntityFinder entities;
    private final QuoteFinder quotes;
    private final Segmenter segmenter = Segmenter.standard();

    public QuoteEvaluation(EntityFinder entities, QuoteFinder quotes) {
        this.entities = entities;
        this.quotes = quotes;
    }

    public Map<String, Scores> score(List<String> lines) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long right = 0;
        long wrong = 0;
        long missed = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            TaggedSentence s = TaggedSentence.parse(line.strip());
            Document doc = segmenter.segment(s.text(), "id", null);
            List<Entity> found = entities.find(doc).value();
            List<Quote> direct = quotes.find(doc, found).value().stream().filter(Quote::direct).toList();
            List<GoldQuote> gold = GoldQuote.of(s);
            int unclosed = GoldQuote.unclosedFrom(s.text());
            for (Quote q : direct) {
                if (unclosed >= 0 && q.start() > unclosed) {
                    continue;
                }
                boolean hit = gold.stream().anyMatch(g -> g.start() == q.start() && g.end() == q.end());
                tp += hit ? 1 : 0;
                fp += hit ? 0 : 1;
            }
            for (GoldQuote g : gold) {
                Quote q = direct.stream().filter(x -> x.start() == g.start() && x.end() == g.end()).findFirst()
                        .orElse(null);
                fn += q == null ? 1 : 0;
                if (g.speaker() == null) {
                    continue;
                }
                if (q == null || q.speaker() == null) {
                    missed++;
                } else if (speaks(found, q.speaker(), g.speaker())) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        Map<String, Scores> out = new LinkedHashMap<>();
        out.put("TEXT", new Scores("TEXT", tp, fp, fn));
        out.put("SPEAKER", new Scores("SPEAKER", right, wrong, missed));
        return out;
    }

    private static boolean speaks(List<Entity> found, String id, TaggedSentence.Tag tag) {
        for (Entity e : found) {
            if (e.id().equals(id)) {
                for (Span m : e.mentions()) {
                    if (m.start() < tag.end() && tag.start() < m.end()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
