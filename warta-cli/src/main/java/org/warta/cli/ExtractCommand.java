package org.warta.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.warta.extract.Extractor;
import org.warta.extract.batch.BatchExtractor;
import org.warta.extract.read.ArticleFiles;
import org.warta.extract.read.Item;
import org.warta.extract.read.JsonLinesReader;
import org.warta.extract.read.Limits;
import org.warta.model.Record;
import org.warta.model.RecordJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta extract}: files, folders or JSON Lines in, one record per article out (JSON Lines). */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts one record per article: entities, quantities, dates, quotes, claims and events, "
                + "each with its span in the cleaned text.",
            "Reads .txt (plain-text scrapes), .html and .htm files, .gz of either, folders (recursively, in name "
                + "order) or JSON Lines; writes JSON Lines in input order."},
        footer = {"", "Examples:",
            "  warta extract article.txt                  one record on stdout",
            "  warta extract --pretty article.html        the same, indented",
            "  warta extract samples/ -o records.jsonl    every article under a folder",
            "  warta extract --jsonl in.jsonl             JSON Lines in, each line an object:",
            "      {\"id\", \"text\" or \"html\", \"url\", \"published\", \"language\"}",
            "  cat in.jsonl | warta extract --jsonl       the same from stdin",
            "", "Exit status: 0 all items extracted; 1 some items failed (each is named on",
            "stderr and still gets a record with the reason); 2 usage error."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--jsonl", arity = "0..1", fallbackValue = "-", paramLabel = "FILE",
            description = "Read JSON Lines from FILE, or from stdin when FILE is '-' or left out.")
    String jsonl;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write records to FILE instead of stdout.")
    Path output;

    @Option(names = "--pretty", description = "Indent each record (one JSON document per record, not JSON Lines).")
    boolean pretty;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to extract with (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article accepted, in bytes after "
            + "decompression (default: ${DEFAULT-VALUE}).")
    long maxBytes = Limits.DEFAULT.maxBytes();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where errors go when {@link #quick} runs the command without picocli. */
    private PrintWriter quickErr;

    /**
     * {@code warta extract PATH...} with every option at its default, without picocli: building picocli's model of
     * the command costs a one-file run a fifth of a second or more. {@link Warta#main} takes this way only for
     * arguments that picocli would read as paths alone, so the result, output and exit status are the same.
     */
    static int quick(List<Path> paths, PrintWriter err) throws IOException {
        ExtractCommand c = new ExtractCommand();
        c.paths = new ArrayList<>(paths);
        c.quickErr = err;
        return c.call();
    }

    @Override
    public Integer call() throws IOException {
        if (paths.isEmpty() && jsonl == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Nothing to read: give article files or folders, or --jsonl FILE (or --jsonl - for stdin).");
        }
        if (!paths.isEmpty() && jsonl != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give either PATH... or --jsonl, not both.");
        }
        if (threads < 1 || maxBytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads and --max-bytes must be positive numbers.");
        }
        Limits limits = new Limits(maxBytes);
        AtomicInteger failed = new AtomicInteger();
        PrintWriter err = spec != null ? spec.commandLine().getErr() : quickErr;
        try (Writer out = openOutput()) {
            BatchExtractor batch = new BatchExtractor(Extractor.standard(), threads);
            batch.run(items(limits), (item, record) -> {
                if (item.isFailed()) {
                    failed.incrementAndGet();
                    err.println("warta: " + item.name() + ": " + item.failure().message());
                    err.flush();
                }
                write(out, record);
            });
        } catch (UncheckedIOException e) {
            err.println("warta: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        }
        return failed.get() == 0 ? 0 : 1;
    }

    private Iterator<Item> items(Limits limits) throws IOException {
        if (jsonl != null) {
            BufferedReader in = jsonl.equals("-")
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : openJsonl(Path.of(jsonl));
            return new JsonLinesReader(in, jsonl.equals("-") ? "stdin" : jsonl, limits);
        }
        ArticleFiles files = new ArticleFiles(limits);
        Iterator<Path> it = ArticleFiles.expand(paths).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Item next() {
                return files.read(it.next());
            }
        };
    }

    private BufferedReader openJsonl(Path file) {
        try {
            // not Files.newBufferedReader: its strict decoder would end the whole run at the first invalid byte
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read --jsonl file '" + file
                    + "' (" + e.getClass().getSimpleName() + "); check the path.");
        }
    }

    private Writer openOutput() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // never close stdout
                }
            };
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    private void write(Writer out, Record record) {
        try {
            out.write(pretty ? RecordJson.pretty(record) : RecordJson.line(record));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to " + (output == null ? "stdout" : output), e);
        }
    }
}
