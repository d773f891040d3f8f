package org.warta.eval.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.eval.Scores;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.entity.tagger.NameTagger;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.model.Entity;
import org.warta.model.Span;

/**
 * Entity-level exact-match scores of {@link EntityFinder} on a BIO corpus: a name counts when its first and last
 * token and its type equal the gold ones. Each sentence is one document of one sentence, its tokens joined by
 * spaces and kept as the corpus gives them (the corpus's own sentences and tokens, as in CoNLL-style scoring, so
 * that {@code Stephen R . Covey} is not split at its spaced full stop); mentions that refer back ({@code ia},
 * {@code -nya}) are not names and are left out.
 */
public final class NerEvaluation {
    public static final List<String> TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION");
    private final EntityFinder finder;

    public NerEvaluation(EntityFinder finder) {
        this.finder = finder.namesOnly(); // a source cited without a name is no name
    }

    /** Scores per type, then {@code ALL}, in that order. */
    public Map<String, Scores> score(List<BioSentence> corpus) {
        long[][] counts = new long[TYPES.size()][3];
        for (BioSentence s : corpus) {
            Set<BioSentence.TypedRange> gold = new HashSet<>(s.names());
            Set<BioSentence.TypedRange> found = new HashSet<>(predict(s.tokens()));
            for (BioSentence.TypedRange r : found) {
                counts[TYPES.indexOf(r.type())][gold.contains(r) ? 0 : 1]++;
            }
            for (BioSentence.TypedRange r : gold) {
                if (!found.contains(r)) {
                    counts[TYPES.indexOf(r.type())][2]++;
                }
            }
        }
        Map<String, Scores> out = new LinkedHashMap<>();
        Scores all = new Scores("ALL", 0, 0, 0);
        for (int t = 0; t < TYPES.size(); t++) {
            Scores s = new Scores(TYPES.get(t), counts[t][0], counts[t][1], counts[t][2]);
            out.put(TYPES.get(t), s);
            all = all.plus(s);
        }
        out.put("ALL", all);
        return out;
    }

    /**
     * Exact-match name F1 of the shipped Indonesian tagger on its own, without the dictionaries' and rules' say:
     * to tell the model's share from the whole stage's.
     */
    public static double taggerAloneF1(List<BioSentence> corpus) {
        return taggerAloneF1(NameTagger.indonesian(), corpus);
    }

    /** The same for any tagger, such as a model just trained. */
    public static double taggerAloneF1(NameTagger tagger, List<BioSentence> corpus) {
        return tagger.f1(new NerTraining().examples(corpus));
    }

    /** The names Warta finds in one tokenized sentence, as token ranges. */
    public List<BioSentence.TypedRange> predict(List<String> tokens) {
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(tokens.get(i));
            ends[i] = text.length();
        }
        Document doc = new Document(text.toString(), "id", null,
                List.of(new Sentence(0, text.length(), NerTraining.tokens(tokens), 0)));
        List<BioSentence.TypedRange> out = new ArrayList<>();
        for (Entity e : finder.find(doc).value()) {
            for (Span m : e.mentions()) {
                if (EntityFinder.refersBack(m)) {
                    continue;
                }
                int from = tokenAt(starts, ends, m.start());
                int to = tokenAt(starts, ends, m.end() - 1) + 1;
                if (from >= 0 && to > from) {
                    out.add(new BioSentence.TypedRange(from, to, e.type().name()));
                }
            }
        }
        return out;
    }

    private static int tokenAt(int[] starts, int[] ends, int offset) {
        for (int i = 0; i < starts.length; i++) {
            if (offset >= starts[i] && offset < Math.max(ends[i], starts[i] + 1)) {
                return i;
            }
        }
        return -1;
    }
}
