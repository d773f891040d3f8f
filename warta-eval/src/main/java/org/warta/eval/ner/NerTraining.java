package org.warta.eval.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.warta.extract.entity.TokenClues;
import org.warta.extract.entity.tagger.BioLabel;
import org.warta.extract.entity.tagger.PerceptronTrainer;
import org.warta.extract.segment.Token;

/**
 * Trains the Indonesian name tagger on BIO files (NERGrit's train split) and writes its model file: the examples
 * carry the same {@link TokenClues} the entity stage computes. Run it with {@code warta train ner} (see README).
 */
public final class NerTraining {
    private final TokenClues clues = TokenClues.standard();

    /** The trained model and what to say about it. */
    public record Result(PerceptronTrainer.Trained trained, int trainSentences, int validSentences) {
    }

    public Result train(List<Path> trainFiles, Path validFile, int epochs, long seed, double margin,
                        Consumer<String> log) {
        List<PerceptronTrainer.Example> train = new ArrayList<>();
        for (Path f : trainFiles) {
            train.addAll(examples(BioCorpus.read(f)));
        }
        List<PerceptronTrainer.Example> valid = validFile == null ? List.of() : examples(BioCorpus.read(validFile));
        PerceptronTrainer.Trained t = new PerceptronTrainer(seed, margin).train(train, valid, epochs, log);
        return new Result(t, train.size(), valid.size());
    }

    /** Writes the model, with a header naming the data, its licence, the settings and the validation score. */
    public static void write(Result r, Path out, List<Path> trainFiles, Path validFile, long seed, double margin,
                             double prune) throws IOException {
        List<String> header = List.of(
                "Warta's Indonesian name tagger: averaged structured perceptron, BIO labels, hashed features.",
                "Source: trained by 'warta train ner' on NERGrit (IndoNLU, Apache-2.0; see LICENSE-indonlu beside",
                "the data): " + names(trainFiles) + " (" + r.trainSentences() + " sentences); "
                        + (validFile == null ? "no validation file, all epochs run."
                        : String.format(java.util.Locale.ROOT, "epoch chosen on %s (%d sentences), name F1 %.4f.",
                                validFile.getFileName(), r.validSentences(), r.trained().validF1())),
                "Licence: the weights as Warta; the data they come from is Apache-2.0.",
                String.format(java.util.Locale.ROOT, "Seed %d, margin %s, epoch %d, weights under %.2f left out.",
                        seed, margin, r.trained().epoch(), prune));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            r.trained().write(os, header, prune);
        }
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
    }

    /** Training examples from BIO sentences: words, their clue bits and gold labels. */
    public List<PerceptronTrainer.Example> examples(List<BioSentence> corpus) {
        List<PerceptronTrainer.Example> out = new ArrayList<>();
        for (BioSentence s : corpus) {
            List<Token> tokens = tokens(s.tokens());
            BioLabel[] gold = new BioLabel[tokens.size()];
            Arrays.fill(gold, BioLabel.O);
            for (BioSentence.TypedRange r : s.names()) {
                var type = org.warta.model.EntityType.valueOf(r.type());
                for (int i = r.from(); i < r.to(); i++) {
                    gold[i] = BioLabel.of(type, i > r.from());
                }
            }
            out.add(new PerceptronTrainer.Example(s.tokens().toArray(String[]::new), clues.of(tokens), gold));
        }
        return out;
    }

    /** The words as tokens of the text they make joined by spaces, as the evaluation segments them. */
    static List<Token> tokens(List<String> words) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            out.add(new Token(at, at + w.length(), w));
            at += w.length() + 1;
        }
        return out;
    }
}
