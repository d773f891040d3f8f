package org.warta.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.warta.model.RecordJson;
import org.warta.store.ClaimFilter;
import org.warta.store.Store;
import org.warta.store.StoreQueries;
import org.warta.store.export.GkgCells;
import org.warta.store.export.PloverEvents;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta export}: what a store holds, as files other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes stored data for other tools: records as JSON Lines; claims, quotes or events as CSV "
                + "or Parquet; events as PLOVER JSON records (Warta's claim fields under \"warta\"); GDELT "
                + "GKG-style rows with COUNTS and QUOTATIONS cells."},
        footer = {"", "Examples:",
            "  warta export --format jsonl -o records.jsonl",
            "  warta export --format csv --table claims --claimant AZE -o claims.csv",
            "  warta export --format parquet --table quotes -o quotes.parquet",
            "  warta export --format plover --from 2020-09-27 > events.jsonl",
            "  warta export --format gkg > gkg.tsv",
            "", "Exit status: 0 written; 2 usage error."})
public final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, csv, parquet, plover, gkg }

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--table", paramLabel = "TABLE", description = "For csv and parquet: claims, quotes or events "
            + "(default: ${DEFAULT-VALUE}).")
    String table = "claims";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (needed for parquet); "
            + "default stdout.")
    Path output;

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("warta-data");

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "On or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "On or before this day.")
    LocalDate to;

    @Option(names = "--lang", paramLabel = "CODE", description = "Records in this language (jsonl, plover, gkg).")
    String lang;

    @Option(names = "--site", paramLabel = "DOMAIN", description = "Records from this site (jsonl, plover, gkg).")
    String site;

    @Option(names = "--claimant", paramLabel = "WHO", description = "Claims by this party (csv, parquet).")
    String claimant;

    @Option(names = "--affected", paramLabel = "WHO", description = "Claims about this party's losses (csv, parquet).")
    String affected;

    @Option(names = "--predicate", paramLabel = "P", description = "Claims with this predicate (csv, parquet).")
    String predicate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(store)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No store at '" + store
                    + "'; ingest articles first or give --store DIR.");
        }
        StoreQueries.Table t;
        try {
            t = StoreQueries.Table.valueOf(table.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--table is '" + table
                    + "'; expected claims, quotes or events.");
        }
        if (format == Format.parquet && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet needs -o FILE.");
        }
        try (Store s = Store.open(store)) {
            ClaimFilter f = new ClaimFilter(claimant, affected, predicate, null, null, from, to);
            switch (format) {
                case csv, parquet -> table(s, t, f);
                case jsonl -> lines(out -> s.queries().forEachRecord(lang, site, from, to, out));
                case plover -> lines(out -> s.queries().forEachRecord(lang, site, from, to,
                        json -> PloverEvents.write(RecordJson.read(json), out)));
                case gkg -> lines(out -> {
                    out.accept(GkgCells.HEADER);
                    long[] seq = {0};
                    s.queries().forEachRecord(lang, site, from, to, json -> {
                        String row = GkgCells.row(RecordJson.read(json), ++seq[0]);
                        if (row != null) {
                            out.accept(row);
                        }
                    });
                });
            }
        }
        return 0;
    }

    private void table(Store s, StoreQueries.Table t, ClaimFilter f) throws IOException {
        boolean parquet = format == Format.parquet;
        Path target = output != null ? output : Files.createTempFile("warta-export", ".csv");
        try {
            long n = s.queries().copy(t, f, target, parquet);
            if (output == null) {
                try (var in = Files.newInputStream(target)) {
                    in.transferTo(System.out);
                }
                System.out.flush();
            }
            spec.commandLine().getErr().println("warta: exported " + n + " " + table.toLowerCase(Locale.ROOT) + " rows");
        } finally {
            if (output == null) {
                Files.deleteIfExists(target);
            }
        }
    }

    private void lines(Consumer<Consumer<String>> producer) throws IOException {
        try (Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                }
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            producer.accept(line -> {
                try {
                    w.write(line);
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not write " + (output == null ? "stdout" : output), e);
                }
            });
        }
    }
}
