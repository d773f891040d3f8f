package org.warta.server;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.warta.extract.Extractor;
import org.warta.model.RecordJson;
import org.warta.store.Store;

/**
 * The front door of the REST API: {@link #start} serves a store over HTTP (Javalin), with the OpenAPI
 * document at {@code /openapi.json}. Reads need nothing; {@code POST /api/ingest} needs the token.
 */
public final class WartaServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    private final Javalin app;
    private final String token;

    private WartaServer(Javalin app, String token) {
        this.app = app;
        this.token = token;
    }

    /** A random token for write endpoints: 32 hex digits. */
    public static String newToken() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Starts serving {@code store} on host:port (port 0 picks a free one), with the default limits. */
    public static WartaServer start(Store store, Extractor extractor, String host, int port, String token) {
        return start(store, extractor, host, port, token, ServerLimits.DEFAULT);
    }

    /** Starts serving {@code store} on host:port (port 0 picks a free one) within {@code limits}. */
    public static WartaServer start(Store store, Extractor extractor, String host, int port, String token,
            ServerLimits limits) {
        return start(store, LazyExtractor.of(extractor), host, port, token, limits);
    }

    /**
     * As above with the extractor from {@code extractor}, asked on the first request that extracts: the server is
     * ready before the word lists and the tagger are loaded (see {@link LazyExtractor}).
     */
    public static WartaServer start(Store store, Supplier<Extractor> extractor, String host, int port, String token,
            ServerLimits limits) {
        Routes r = new Routes(store, extractor, token);
        Hardening h = new Hardening(limits);
        // a second after the client's 503, the database stops the query it was answering
        store.queries().limitTime(limits.requestTime().plusSeconds(1));
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(RecordJson.mapper(), false));
            config.http.defaultContentType = "application/json";
            h.configure(config);
            Dashboard.register(config);
            config.registerPlugin(new OpenApiPlugin(openapi -> openapi.withDocumentationPath("/openapi.json")
                    .withDefinitionConfiguration((version, def) -> def.withInfo(info -> {
                        info.setTitle("Warta API");
                        info.setVersion("1");
                        info.setDescription("Articles, claims, quotes and events extracted by Warta.");
                    }))));
        });
        h.install(app);
        app.get("/api/articles", h.timed(r::articles));
        app.get("/api/articles/{id}", h.timed(r::article));
        app.get("/api/claims", h.timed(r::claims));
        app.get("/api/claims/compare", h.timed(r::compare));
        app.get("/api/quotes", h.timed(r::quotes));
        app.get("/api/events", h.timed(r::events));
        app.get("/api/entities", h.timed(r::entities));
        app.get("/api/stats", h.timed(r::stats));
        app.post("/api/extract", h.timed(r::extract));
        app.post("/api/ingest", r::ingest); // not timed: an abandoned answer would hide a write that still happens
        app.start(host, port);
        return new WartaServer(app, token);
    }

    public int port() {
        return app.port();
    }

    public String token() {
        return token;
    }

    @Override
    public void close() {
        app.stop();
    }
}
