package org.warta.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.eval.quantity.QuantityEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta eval quantities FILE}: quantity and date spans against inline QUANTITY and TIME tags. */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = {"Scores the quantity and date finders against a corpus with inline <QUANTITY> and <TIME> "
                + "tags, one sentence a line (for example ../shared/data/id-news-ner/data_train.txt).",
            "A found span that overlaps a tagged span of its kind counts as found."})
public final class QuantitiesEvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The tagged corpus, UTF-8.")
    Path file;

    @Option(names = "--errors", description = "Also print the missed tags and the false alarms (TAB-separated: "
            + "kind, span, sentence).")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The corpus '" + file
                    + "' is not a readable file; give the path of an inline-tagged file such as "
                    + "../shared/data/id-news-ner/data_train.txt.");
        }
        QuantityEvaluation.Result r = new QuantityEvaluation().evaluate(file);
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.quantities().row());
        out.println(r.times().row());
        if (errors) {
            print(out, "missed", r.misses());
            print(out, "false", r.falseAlarms());
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String kind, List<String> lines) {
        for (String l : lines) {
            out.println(kind + "\t" + l);
        }
    }
}
