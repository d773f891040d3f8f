package org.warta.extract.entity.tagger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the tagger as an averaged structured perceptron (Collins 2002): decode each training sentence with the
 * current weights, and where the best labels differ from the gold ones add the gold sentence's features and
 * subtract the predicted one's; the model is the average of the weights over all steps. Sentences are visited in
 * an order shuffled by a fixed seed, so the same data gives the same model. The epoch with the best name F1 on the
 * validation sentences is kept, or the last one when there are none.
 */
public final class PerceptronTrainer {
    private static final int C = BioLabel.COUNT;
    private final long seed;
    private final double margin;
    private final Map<Integer, double[]> weights = new HashMap<>(); // w[0..C), then the sum of c * update
    private final double[] start = new double[2 * C];
    private final double[] transition = new double[2 * C * C];
    private long step = 1;

    /** One training sentence: its words, their {@link Clue} bits and the gold labels. */
    public record Example(String[] words, int[] clues, BioLabel[] gold) {
    }

    /** The kept model and its validation score (NaN without validation sentences). */
    public record Trained(int epoch, double validF1, Map<Integer, double[]> features, double[] start,
                          double[] transition) {
        /** Writes the model file ({@link ModelFile}), leaving out weights smaller than {@code prune}. */
        public void write(OutputStream out, List<String> header, double prune) throws IOException {
            ModelFile.write(out, header, features, start, transition, prune);
        }

        /** The model as the tagger uses it, to score it before writing. */
        public NameTagger tagger() {
            return new NameTagger(new TaggerModel(features, start, transition));
        }
    }

    public PerceptronTrainer(long seed) {
        this(seed, 0);
    }

    /**
     * A trainer whose decoding during training adds {@code margin} to every wrong label's score (cost-augmented,
     * Hamming cost): it keeps learning from a sentence until the gold labels win by a margin that grows with the
     * number of wrong tokens, not merely by a hair. 0 gives the plain perceptron.
     */
    public PerceptronTrainer(long seed, double margin) {
        this.seed = seed;
        this.margin = margin;
    }

    public Trained train(List<Example> train, List<Example> valid, int epochs, Consumer<String> log) {
        List<Features.Rows> rows = new ArrayList<>();
        for (Example e : train) {
            rows.add(Features.of(e.words(), e.clues()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        Trained best = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            int mistakes = 0;
            for (int i : order) {
                mistakes += learn(rows.get(i), train.get(i).gold());
                step++;
            }
            Trained now = averaged(epoch, 0);
            double f1 = valid.isEmpty() ? Double.NaN : now.tagger().f1(valid);
            log.accept(String.format(java.util.Locale.ROOT, "epoch %d: %d sentences wrong in training%s", epoch,
                    mistakes, valid.isEmpty() ? "" : String.format(java.util.Locale.ROOT, ", valid F1 %.4f", f1)));
            if (best == null || valid.isEmpty() || f1 > best.validF1()) {
                best = averaged(epoch, f1);
            }
        }
        return best;
    }

    private int learn(Features.Rows rows, BioLabel[] gold) {
        int n = rows.size();
        double[] emission = new double[n * C];
        for (int i = 0; i < n; i++) {
            for (int f = rows.offsets()[i]; f < rows.offsets()[i + 1]; f++) {
                double[] w = weights.get(rows.keys()[f]);
                if (w != null) {
                    for (int y = 0; y < C; y++) {
                        emission[i * C + y] += w[y];
                    }
                }
            }
        }
        for (int i = 0; margin > 0 && i < n; i++) {
            for (int y = 0; y < C; y++) {
                emission[i * C + y] += y == gold[i].ordinal() ? 0 : margin; // cost-augmented: wrong labels get a head start
            }
        }
        int[] predicted = Viterbi.decode(emission, n, start, transition);
        boolean wrong = false;
        for (int i = 0; i < n; i++) {
            int g = gold[i].ordinal();
            int p = predicted[i];
            if (g != p) {
                wrong = true;
                for (int f = rows.offsets()[i]; f < rows.offsets()[i + 1]; f++) {
                    double[] w = weights.computeIfAbsent(rows.keys()[f], k -> new double[2 * C]);
                    update(w, g, 1);
                    update(w, p, -1);
                }
            }
            if (i == 0) {
                update(start, g, 1);
                update(start, p, -1);
            } else {
                int gp = gold[i - 1].ordinal();
                int pp = predicted[i - 1];
                update(transition, gp * C + g, 1);
                update(transition, pp * C + p, -1);
            }
        }
        return wrong ? 1 : 0;
    }

    /** Adds {@code delta} to weight {@code at}, and {@code step * delta} to its running sum for the average. */
    private void update(double[] w, int at, double delta) {
        int half = w.length / 2;
        w[at] += delta;
        w[half + at] += step * delta;
    }

    private Trained averaged(int epoch, double f1) {
        Map<Integer, double[]> features = new HashMap<>();
        for (Map.Entry<Integer, double[]> e : weights.entrySet()) {
            features.put(e.getKey(), average(e.getValue()));
        }
        return new Trained(epoch, f1, features, average(start), average(transition));
    }

    private double[] average(double[] w) {
        int half = w.length / 2;
        double[] out = new double[half];
        for (int y = 0; y < half; y++) {
            out[y] = w[y] - w[half + y] / step;
        }
        return out;
    }
}
