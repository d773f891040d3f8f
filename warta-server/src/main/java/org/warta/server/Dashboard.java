package org.warta.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The web dashboard: static HTML, CSS and JavaScript modules packaged in this jar and served at {@code /}.
 * The pages only read the JSON API, so they run under {@code Content-Security-Policy: default-src 'self'}:
 * no inline script or style, nothing from another origin.
 */
final class Dashboard {
    static final String FOLDER = "/org/warta/server/dashboard";

    private Dashboard() {
    }

    /** Registers the dashboard's files on {@code config}; {@code /} answers with its index.html. */
    static void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = FOLDER;
            files.location = Location.CLASSPATH;
            files.precompress = false;
            files.headers = Map.of("Cache-Control", "no-cache"); // security headers: WartaServer's, for all
        });
        // The static handler does not answer '/' with the folder's index.html here, so a route does.
        // Jetty labels the files 'charset=null', which browsers ignore: module scripts are always read as
        // UTF-8, index.html says <meta charset="utf-8">, and style.css is ASCII (DashboardFilesTest checks).
        config.router.mount(router -> router.get("/", ctx -> ctx.contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-cache").result(index())));
    }

    private static byte[] index() throws IOException {
        try (InputStream in = Dashboard.class.getResourceAsStream(FOLDER + "/index.html")) {
            if (in == null) {
                throw new IOException("The dashboard's index.html is missing from the jar (" + FOLDER
                        + "); rebuild Warta.");
            }
            return in.readAllBytes();
        }
    }
}
