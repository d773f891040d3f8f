package org.warta.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The web dashboard: static HTML, CSS and JavaScript modules packaged in this jar and served at {@code /}.
 * The pages only read the JSON API, so they run under {@code Content-Security-Policy: default-src 'self'}:
 * no inline script or style, nothing from another origin.
 * <p>
 * The files are served by these few routes, not by Javalin's static-file handler, whose set-up formats its
 * configuration with Kotlin reflection (a quarter of a second of the server's start-up, before the first answer).
 */
final class Dashboard {
    static final String FOLDER = "/org/warta/server/dashboard";
    /** A module's file name: one path segment, so no request reaches outside the folder. */
    private static final Pattern MODULE = Pattern.compile("[A-Za-z0-9_-]+\\.js");

    private Dashboard() {
    }

    /** Registers the dashboard's routes on {@code config}; {@code /} answers with its index.html. */
    static void register(JavalinConfig config) {
        config.router.mount(router -> {
            router.get("/", ctx -> send(ctx, "index.html", "text/html; charset=utf-8"));
            router.get("/style.css", ctx -> send(ctx, "style.css", "text/css; charset=utf-8"));
            router.get("/favicon.svg", ctx -> send(ctx, "favicon.svg", "image/svg+xml"));
            router.get("/js/{module}", ctx -> {
                String module = ctx.pathParam("module");
                if (!MODULE.matcher(module).matches()) {
                    throw notFound(ctx);
                }
                send(ctx, "js/" + module, "text/javascript; charset=utf-8");
            });
        });
    }

    /**
     * Answers with the file, marked with an ETag (its CRC-32) so that a browser, told to check each time
     * ({@code no-cache}), gets a bodiless 304 while the file is unchanged.
     */
    private static void send(Context ctx, String file, String type) throws IOException {
        byte[] bytes = read(file);
        if (bytes == null) {
            throw notFound(ctx);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        String etag = String.format(Locale.ROOT, "\"%08x-%d\"", crc.getValue(), bytes.length);
        ctx.header("Cache-Control", "no-cache").header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(type).result(bytes);
    }

    private static NotFoundResponse notFound(Context ctx) {
        return new NotFoundResponse("Endpoint " + ctx.method() + " " + ctx.path() + " not found");
    }

    /** The file's bytes, or null when the jar has no such file. */
    static byte[] read(String file) throws IOException {
        try (InputStream in = Dashboard.class.getResourceAsStream(FOLDER + "/" + file)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
