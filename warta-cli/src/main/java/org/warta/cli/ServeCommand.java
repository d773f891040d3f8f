package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.warta.server.DemoArticles;
import org.warta.server.LazyExtractor;
import org.warta.server.ServerLimits;
import org.warta.server.WartaServer;
import org.warta.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta serve}: the dashboard and the REST API over a store, on 127.0.0.1:7070 by default. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves a store over HTTP: the dashboard at /, and the API: articles, claims, compare, "
                + "quotes, events, entities, stats, extract and ingest, with the OpenAPI document at /openapi.json.",
            "Reads need nothing; POST /api/ingest needs 'Authorization: Bearer TOKEN', with the token printed at "
                + "start or read from --token-file."},
        footer = {"", "Examples:",
            "  warta serve --demo                         sample articles, http://127.0.0.1:7070",
            "  warta serve --store news/ --port 8080",
            "  curl 'http://127.0.0.1:7070/api/claims?claimant=AZE&predicate=KILLED'",
            "", "Stop it with Ctrl-C. Exit status: 0 stopped; 2 usage error."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("warta-data");

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = WartaServer.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on, 0 for any free one "
            + "(default: ${DEFAULT-VALUE}).")
    int port = WartaServer.DEFAULT_PORT;

    @Option(names = "--demo", description = "Load the sample articles written for the project (Indonesian and "
            + "English, labelled as samples) when the store is empty.")
    boolean demo;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Read the write token from FILE "
            + "instead of making a new one.")
    Path tokenFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "Let web pages from ORIGIN (e.g. "
            + "https://example.org) call the API from a browser; repeatable. Default: no other origin may.")
    List<String> corsOrigins = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535, got " + port + ".");
        }
        for (String o : corsOrigins) {
            if (!o.matches("https?://[^/\\s]+")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--cors-origin '" + o
                        + "' is not an origin; expected scheme://host[:port], e.g. https://example.org.");
            }
        }
        String token = tokenFile == null ? WartaServer.newToken() : readToken();
        PrintWriter out = spec.commandLine().getOut();
        Store s = Store.open(store);
        LazyExtractor extractor = LazyExtractor.standard(); // built on the first request that extracts
        if (demo) {
            int n = DemoArticles.loadIfEmpty(s, extractor);
            out.println("warta: loaded " + n + " sample articles (written for the project, not news) into " + store);
        }
        WartaServer server = WartaServer.start(s, extractor, host, port, token,
                ServerLimits.DEFAULT.withCorsOrigins(corsOrigins));
        Thread warmUp = new Thread(s::warmUpSearch, "warta-open-search");
        warmUp.setDaemon(true);
        warmUp.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stopped.countDown();
        }, "warta-stop"));
        out.println("warta: serving " + store + " at http://" + host + ":" + server.port() + "/ (dashboard; API "
                + "under /api, OpenAPI at /openapi.json)");
        out.println(tokenFile == null ? "warta: token for POST /api/ingest: " + token
                : "warta: token for POST /api/ingest read from " + tokenFile);
        out.flush();
        stopped.await();
        return 0;
    }

    private String readToken() throws IOException {
        if (!Files.isReadable(tokenFile)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read --token-file '" + tokenFile
                    + "'; check the path.");
        }
        String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        if (t.length() < 16 || t.chars().anyMatch(Character::isWhitespace)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The token in '" + tokenFile
                    + "' must be one word of at least 16 characters.");
        }
        return t;
    }
}
