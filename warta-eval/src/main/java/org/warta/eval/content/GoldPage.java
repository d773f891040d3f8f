package org.warta.eval.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** One benchmark page: its id, URL, the expected article body and where its HTML ({@code .html} or {@code .html.gz}) is. */
public record GoldPage(String id, String url, String body, Path html) {

    /** The page's bytes, un-gzipped when the file name ends in {@code .gz}. */
    public byte[] bytes() {
        try (InputStream raw = Files.newInputStream(html);
             InputStream in = html.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read page '" + html + "'; check that it is a readable "
                    + "HTML file (gzipped when its name ends in .gz)", e);
        }
    }
}
