package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.extract.Extractor;
import org.warta.extract.batch.BatchExtractor;
import org.warta.extract.read.Limits;
import org.warta.model.Diagnostic;
import org.warta.store.Store;
import org.warta.store.ingest.Ingester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta ingest}: articles in, stored once each in a store folder, searchable. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts articles on every core and stores their records in a store folder (DuckDB "
                + "database and Lucene index), once each: an article already stored is counted as a duplicate.",
            "Reads .txt, .html, .htm (and .gz of them), .jsonl, .warc and .warc.gz files, and folders of them."},
        footer = {"", "Examples:",
            "  warta ingest samples/                      into ./warta-data",
            "  warta ingest --store news/ CC-NEWS-*.warc.gz",
            "  warta ingest --store news/ articles.jsonl",
            "  warta ingest --records records.jsonl       records from 'warta extract -o', not extracted again",
            "", "A run that is stopped keeps every article it reported; run it again to finish the rest.",
            "Exit status: 0 all items stored or already there; 1 some items failed; 2 usage error."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("warta-data");

    @Option(names = "--threads", paramLabel = "N", description = "Threads to extract with (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", description = "Articles stored per transaction (default: ${DEFAULT-VALUE}).")
    int batch = 1000;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article accepted, in bytes after "
            + "decompression (default: ${DEFAULT-VALUE}).")
    long maxBytes = Limits.DEFAULT.maxBytes();

    @Option(names = "--records", description = "The files are JSON Lines of Warta records (as 'warta extract -o "
            + "records.jsonl' writes them, .gz too): stored as they are, without extracting again.")
    boolean records;

    @Option(names = {"-q", "--quiet"}, description = "No progress, only the summary and failures.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (threads < 1 || batch < 1 || maxBytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads, --batch and --max-bytes must be positive numbers.");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = records ? paths : Inputs.expand(paths);
        long total = !records && files.stream().allMatch(f -> Inputs.kind(f) == Inputs.Kind.ARTICLE) ? files.size() : -1;
        ProgressLine line = new ProgressLine(err, System.console() != null, total);
        try (Store s = Store.open(store)) {
            Ingester ingester = new Ingester(s, new BatchExtractor(Extractor.standard(), threads), batch,
                    Duration.ofSeconds(2));
            java.util.function.BiConsumer<org.warta.extract.read.Item, org.warta.model.Record> failed = (item, record) -> {
                String why = item != null && item.isFailed() ? item.failure().message() : record.diagnostics().stream()
                        .map(Diagnostic::message).findFirst().orElse("no article text was found");
                err.println((line.isTerminal() ? "\r" : "") + "warta: " + (item != null ? item.name() : record.id())
                        + ": " + why);
            };
            java.util.function.Consumer<Ingester.Progress> shown = p -> {
                if (!quiet) {
                    line.update(p);
                }
            };
            Ingester.Progress done = records ? ingester.runRecords(new RecordLines(files), failed, shown)
                    : ingester.run(Inputs.items(files, new Limits(maxBytes)), failed, shown);
            line.summary(done);
            return done.failed() == 0 ? 0 : 1;
        }
    }
}
