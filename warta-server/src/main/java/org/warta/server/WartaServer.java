package org.warta.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Starts serving {@code store} on host:port (port 0 picks a free one). */
    public static WartaServer start(Store store, Extractor extractor, String host, int port, String token) {
        Routes r = new Routes(store, extractor, token);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(RecordJson.mapper(), false));
            config.http.defaultContentType = "application/json";
            config.http.maxRequestSize = 64L * 1024 * 1024;
            Dashboard.register(config);
            config.registerPlugin(new OpenApiPlugin(openapi -> openapi.withDocumentationPath("/openapi.json")
                    .withDefinitionConfiguration((version, def) -> def.withInfo(info -> {
                        info.setTitle("Warta API");
                        info.setVersion("1");
                        info.setDescription("Articles, claims, quotes and events extracted by Warta.");
                    }))));
        });
        app.get("/api/articles", r::articles);
        app.get("/api/articles/{id}", r::article);
        app.get("/api/claims", r::claims);
        app.get("/api/claims/compare", r::compare);
        app.get("/api/quotes", r::quotes);
        app.get("/api/events", r::events);
        app.get("/api/entities", r::entities);
        app.get("/api/stats", r::stats);
        app.post("/api/extract", r::extract);
        app.post("/api/ingest", r::ingest);
        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(error(e.getMessage(), e.parameter())));
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(error(e.getMessage(), null)));
        app.exception(Exception.class, (e, ctx) -> ctx.status(500).json(error("The server failed: "
                + e.getClass().getSimpleName() + ": " + e.getMessage() + "; please report it.", null)));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(error(e.getMessage()
                + (e.getStatus() == 404 ? "; see /openapi.json for the routes." : "."), null)));
        app.start(host, port);
        return new WartaServer(app, token);
    }

    private static Map<String, Object> error(String message, String parameter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        m.put("parameter", parameter);
        return m;
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
