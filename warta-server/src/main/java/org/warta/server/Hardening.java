package org.warta.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What guards every request: security headers, size and time limits, CORS only for configured origins, and
 * error answers that never carry a stack trace, a class name or a file path (a failure is logged under a
 * request id that the answer names).
 */
final class Hardening {
    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final System.Logger LOG = System.getLogger("org.warta.server");
    private static final SecureRandom IDS = new SecureRandom();

    private final ServerLimits limits;

    Hardening(ServerLimits limits) {
        this.limits = limits;
    }

    /** Settings that must be made while Javalin is configured: the body limit and CORS. */
    void configure(JavalinConfig config) {
        config.http.maxRequestSize = limits.maxBodyBytes();
        if (!limits.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                limits.corsOrigins().forEach(rule::allowHost);
                rule.exposeHeader("Content-Type");
            }));
        }
    }

    /** Headers and the query-length check before every request; error answers for every failure. */
    void install(Javalin app) {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            if (ctx.method() == HandlerType.POST && ctx.header("Content-Length") == null) {
                // Javalin checks the body limit against the declared length: a chunked body would escape it
                throw new ApiError(411, "Content-Length", "A POST needs a Content-Length header (a body of at most "
                        + limits.maxBodyBytes() + " bytes); send the body whole, not chunked.");
            }
            String query = ctx.queryString();
            if (query != null && query.length() > limits.maxQueryChars()) {
                throw new ApiError(414, "query", "The query string has " + query.length()
                        + " characters, more than the limit of " + limits.maxQueryChars() + "; ask a shorter question.");
            }
        });
        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(error(e.getMessage(), e.parameter())));
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(error(e.getMessage(), null)));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(e.getStatus() == 413
                ? tooLarge() : error(e.getMessage() + (e.getStatus() == 404 ? "; see /openapi.json for the routes." : "."),
                        null)));
        app.exception(Exception.class, (e, ctx) -> failed(ctx, e));
    }

    /** {@code handler} bounded in time: past the limit the client gets a 503 (the work is abandoned, not stopped). */
    Handler timed(Handler handler) {
        long ms = limits.requestTime().toMillis();
        return ctx -> ctx.async(task -> {
            task.timeout = ms;
            task.onTimeout(c -> c.status(503).json(error("The request took longer than " + ms
                    + " ms and was abandoned; narrow the query (fewer words, a date range, a smaller page).", null)));
        }, () -> handler.handle(ctx));
    }

    private Map<String, Object> tooLarge() {
        return error("The request body is larger than the limit of " + limits.maxBodyBytes()
                + " bytes; post fewer or shorter articles per request.", "body");
    }

    private static void failed(Context ctx, Exception e) {
        String id = HexFormat.of().formatHex(randomBytes());
        LOG.log(System.Logger.Level.ERROR, "request " + id + " " + ctx.method() + " " + ctx.path() + " failed", e);
        Map<String, Object> body = error("The server failed on this request; it was logged as '" + id
                + "'. Please report it with that id.", null);
        body.put("request", id);
        ctx.status(500).json(body);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        IDS.nextBytes(b);
        return b;
    }

    static Map<String, Object> error(String message, String parameter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        m.put("parameter", parameter);
        return m;
    }
}
