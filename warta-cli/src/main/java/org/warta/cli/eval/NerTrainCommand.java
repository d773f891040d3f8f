package org.warta.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.eval.ner.NerTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta train ner}: trains the Indonesian name tagger on BIO files and writes the model the entity stage
 * ships. The same files and options give the same model byte for byte.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Trains the Indonesian name tagger (averaged perceptron) on BIO files (token<TAB>tag, NERGrit "
                + "style) and writes its model file.")
public final class NerTrainCommand implements Callable<Integer> {
    static final String SHIPPED = "warta-extract/src/main/resources/org/warta/extract/entity/tagger/ner-id.model";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--train", required = true, paramLabel = "FILE",
            description = "training BIO file; repeat for more, e.g. ../shared/data/nergrit/train.txt")
    List<Path> train;

    @Option(names = "--valid", paramLabel = "FILE",
            description = "validation BIO file: picks the epoch with the best name F1 (default: the last epoch)")
    Path valid;

    @Option(names = "--epochs", defaultValue = "24",
            description = "passes over the training data (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", description = "shuffling seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--margin", defaultValue = "60",
            description = "cost-augmented training: every wrong label's score is raised by this while learning, so "
                    + "the gold labels must win by a margin; 0 is the plain perceptron (default ${DEFAULT-VALUE})")
    double margin;

    @Option(names = "--prune", defaultValue = "0.5",
            description = "leave out weights smaller than this (default ${DEFAULT-VALUE})")
    double prune;

    @Option(names = "--out", defaultValue = SHIPPED, paramLabel = "FILE",
            description = "model file to write (default: the shipped one, ${DEFAULT-VALUE}, from the repository root)")
    Path out;

    @Override
    public Integer call() throws IOException {
        for (Path f : valid == null ? train : concat(train, valid)) {
            if (!Files.isRegularFile(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "BIO file '" + f
                        + "' does not exist; give a token<TAB>tag file such as ../shared/data/nergrit/train.txt.");
            }
        }
        if (epochs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--epochs '" + epochs
                    + "' is too small; give 1 or more, e.g. --epochs 12.");
        }
        PrintWriter log = spec.commandLine().getOut();
        if (margin < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--margin '" + margin
                    + "' is negative; give 0 or more, e.g. --margin 60.");
        }
        NerTraining.Result r = new NerTraining().train(train, valid, epochs, seed, margin, line -> {
            log.println(line);
            log.flush();
        });
        NerTraining.write(r, out, train, valid, seed, margin, prune);
        log.printf(java.util.Locale.ROOT, "kept epoch %d%s; wrote %s (%,d bytes)%n", r.trained().epoch(),
                valid == null ? "" : String.format(java.util.Locale.ROOT, " (validation name F1 %.4f)",
                        r.trained().validF1()), out, Files.size(out));
        return 0;
    }

    private static List<Path> concat(List<Path> a, Path b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.stream.Stream.of(b)).toList();
    }
}
