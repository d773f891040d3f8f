package org.warta.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warta.model.RecordJson;
import org.warta.store.Page;
import org.warta.store.Store;
import org.warta.store.index.SearchHit;
import org.warta.store.index.SearchQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta search}: full-text search over a store, with the API's filters. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Searches the stored articles' titles and texts (Indonesian and English stemming).",
            "QUERY uses Lucene syntax: words (all must match), \"a phrase\", OR, -word, prefix*."},
        footer = {"", "Examples:",
            "  warta search 'klaim tewas'",
            "  warta search --lang en --from 2020-09-27 ceasefire",
            "  warta search --json --size 100 '\"Anadolu Agency\"'",
            "", "Exit status: 0 results printed (possibly none); 2 usage error or bad query."})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to search for; none lists all articles.")
    java.util.List<String> words = new java.util.ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("warta-data");

    @Option(names = "--lang", paramLabel = "CODE", description = "Only articles in this language (id, en, ...).")
    String lang;

    @Option(names = "--site", paramLabel = "DOMAIN", description = "Only articles from this site.")
    String site;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    LocalDate to;

    @Option(names = "--page", paramLabel = "N", description = "Page of results, from 1 (default: ${DEFAULT-VALUE}).")
    int page = 1;

    @Option(names = "--size", paramLabel = "N", description = "Results per page, 1-1000 (default: ${DEFAULT-VALUE}).")
    int size = 20;

    @Option(names = "--json", description = "One JSON object per result (JSON Lines) instead of a table.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (page < 1 || size < 1 || size > Page.MAX_SIZE) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--page must be 1 or more and --size between 1 and " + Page.MAX_SIZE + ".");
        }
        if (!Files.isDirectory(store)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No store at '" + store
                    + "'; ingest articles first ('warta ingest --store " + store + " PATH') or give --store DIR.");
        }
        String q = String.join(" ", words);
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.open(store)) {
            String bad = q.isBlank() ? null : s.querySyntaxError(q);
            if (bad != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Query '" + q + "' is not valid: " + bad
                        + "; use words, \"phrases\", OR and -word.");
            }
            Page<SearchHit> hits = s.search(new SearchQuery(q.isBlank() ? null : q, lang, site, from, to), page, size);
            for (SearchHit h : hits.items()) {
                if (json) {
                    out.println(RecordJson.line(h));
                } else {
                    out.println(String.format(Locale.ROOT, "%-18s %-10s %-22s %s", h.id(),
                            h.published() == null ? "-" : h.published().substring(0, Math.min(10, h.published().length())),
                            h.site() == null ? "-" : h.site(), h.title() == null ? "(no title)" : h.title()));
                }
            }
            if (!json) {
                long last = Math.min(hits.total(), (long) page * size);
                out.println(String.format(Locale.ROOT, "-- %d-%d of %d articles", hits.items().isEmpty() ? 0
                        : (long) (page - 1) * size + 1, last, hits.total()));
            }
            out.flush();
        }
        return 0;
    }
}
