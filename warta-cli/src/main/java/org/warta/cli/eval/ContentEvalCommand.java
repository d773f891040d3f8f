package org.warta.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warta.eval.content.ContentEvaluation;
import org.warta.eval.content.ContentGold;
import org.warta.eval.content.ContentScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta eval content}: Warta's HTML extractor on the article-extraction benchmark, scored as its authors do. */
@Command(name = "content", mixinStandardHelpOptions = true,
        description = "Scores the article text Warta extracts from web pages against a gold body (4-gram shingles "
                + "of \\w+ tokens, per page, averaged) and prints precision, recall, F1 and the page count.",
        footer = {"", "Example:", "  warta eval content --gold ../shared/data/aeb-dev/ground-truth.json "
                + "--html ../shared/data/aeb-dev/html"})
public final class ContentEvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "The gold: JSON {id: {articleBody, url}} (the benchmark's ground-truth.json).")
    Path gold;

    @Option(names = "--html", required = true, paramLabel = "DIR",
            description = "The folder of pages: <id>.html.gz or <id>.html for each id of the gold.")
    Path html;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Gold file '" + gold
                    + "' is missing; expected the benchmark's ground-truth.json, e.g. "
                    + "../shared/data/aeb-dev/ground-truth.json.");
        }
        if (!Files.isDirectory(html)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "HTML folder '" + html
                    + "' is missing; expected the folder of <id>.html.gz pages, e.g. ../shared/data/aeb-dev/html.");
        }
        ContentScores scores = ContentEvaluation.score(ContentGold.load(gold, html), ContentEvaluation.warta());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "content  P %.3f  R %.3f  F1 %.3f  (%d pages)%n", scores.precision(),
                scores.recall(), scores.f1(), scores.pages().size());
        out.flush();
        return 0;
    }
}
