package org.warta.cli.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warta.eval.Scores;
import org.warta.eval.quote.QuoteEvaluation;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.quote.QuoteFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code warta eval quotes FILE}: direct quotations (exact text) and their speakers on tagged sentences. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Scores direct quotations (exact text) and speakers on sentences with inline "
                + "<PERSON>/<ORGANIZATION> tags, one a line (id-news-ner style).")
public final class QuotesEvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "tagged sentences, e.g. "
            + "../shared/data/id-news-ner/data_train.txt")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Tagged file '" + file
                    + "' does not exist; give a file such as ../shared/data/id-news-ner/data_train.txt.");
        }
        QuoteEvaluation eval = new QuoteEvaluation(new EntityFinder(), new QuoteFinder());
        for (Scores s : eval.score(Files.readAllLines(file, StandardCharsets.UTF_8)).values()) {
            spec.commandLine().getOut().println(s.row());
        }
        return 0;
    }
}
