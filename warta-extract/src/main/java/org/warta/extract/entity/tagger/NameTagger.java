package org.warta.extract.entity.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.extract.lexicon.LexiconException;

/**
 * Finds the names of people, places and organisations in a tokenized sentence with a trained model ({@link
 * PerceptronTrainer}). The shipped Indonesian model ({@value #INDONESIAN}) is read once, on first use, and shared
 * by all threads.
 */
public final class NameTagger {
    /** The shipped model for Indonesian, trained on NERGrit by {@code warta train ner}. */
    public static final String INDONESIAN = "org/warta/extract/entity/tagger/ner-id.model";
    private final TaggerModel model;

    NameTagger(TaggerModel model) {
        this.model = model;
    }

    /** The shipped Indonesian tagger. */
    public static NameTagger indonesian() {
        return Holder.INDONESIAN_TAGGER;
    }

    private static final class Holder {
        static final NameTagger INDONESIAN_TAGGER = load(INDONESIAN);
    }

    private static NameTagger load(String resource) {
        try (InputStream in = NameTagger.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new LexiconException("Tagger model '" + resource + "' is missing from the classpath; rebuild "
                        + "warta, or retrain it with 'warta train ner' (see README).");
            }
            return new NameTagger(ModelFile.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read tagger model '" + resource + "'", e);
        }
    }

    /** A tagger from a model file that {@link PerceptronTrainer.Trained#write} wrote. */
    public static NameTagger read(InputStream in) throws IOException {
        return new NameTagger(ModelFile.read(in));
    }

    /** The labels of each word; {@code clues} holds each word's {@link Clue} bits. */
    public BioLabel[] labels(String[] words, int[] clues) {
        int[] ys = model.decode(words, clues);
        BioLabel[] out = new BioLabel[ys.length];
        for (int i = 0; i < ys.length; i++) {
            out[i] = BioLabel.ALL[ys[i]];
        }
        return out;
    }

    /** The names in a sentence. */
    public List<TaggedName> tag(String[] words, int[] clues) {
        return names(labels(words, clues));
    }

    /** The names a label sequence marks; an inside label with no beginning before it starts a name. */
    public static List<TaggedName> names(BioLabel[] labels) {
        List<TaggedName> out = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= labels.length; i++) {
            BioLabel y = i < labels.length ? labels[i] : BioLabel.O;
            boolean continues = from >= 0 && y.inside() && y.type() == labels[from].type();
            if (from >= 0 && !continues) {
                out.add(new TaggedName(from, i, labels[from].type()));
                from = -1;
            }
            if (from < 0 && y != BioLabel.O) {
                from = i;
            }
        }
        return out;
    }

    /** Exact-match name F1 of this tagger on labelled sentences. */
    public double f1(List<PerceptronTrainer.Example> examples) {
        long tp = 0;
        long found = 0;
        long gold = 0;
        for (PerceptronTrainer.Example e : examples) {
            Set<TaggedName> want = new HashSet<>(names(e.gold()));
            List<TaggedName> got = tag(e.words(), e.clues());
            gold += want.size();
            found += got.size();
            tp += got.stream().filter(want::contains).count();
        }
        return tp == 0 ? 0 : 2.0 * tp / (found + gold);
    }
}
