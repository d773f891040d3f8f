package org.warta.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.warta.extract.RawArticle;
import org.warta.extract.html.HtmlCharsets;
import org.warta.model.Diagnostic;

/**
 * Article files: {@code .txt} (plain-text scrapes), {@code .html}/{@code .htm}, and {@code .gz} of either.
 * Folders are walked recursively in name order; a file named on the command line is read whatever its name
 * ({@code <} first means HTML).
 */
public final class ArticleFiles {
    private final Limits limits;

    public ArticleFiles(Limits limits) {
        this.limits = limits;
    }

    /** The files to read, in order: named files as given, folders expanded; a missing path is kept to fail. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFiles::isArticleName).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isArticleName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
    }

    public Item read(Path path) {
        String name = path.toString();
        String lower = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = lower.endsWith(".gz");
        byte[] bytes;
        try {
            if (!gz && Files.size(path) > limits.maxBytes()) { // refused before a byte is read
                return tooLarge(name, false);
            }
        } catch (IOException e) {
            // a missing or unreadable file is reported below, when it is opened
        }
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = gz ? new GZIPInputStream(raw, 64 * 1024) : raw) {
            bytes = Bytes.readAtMost(in, limits.maxBytes());
        } catch (NoSuchFileException e) {
            return Item.failed(name, null, "No such file '" + name + "'; check the path.");
        } catch (ZipException | java.io.EOFException e) {
            return Item.failed(name, null, "'" + name + "' is not a complete gzip file (" + e.getMessage()
                    + "); re-download it or remove the .gz suffix if it is not compressed.");
        } catch (IOException e) {
            return Item.failed(name, null, "Could not read '" + name + "': " + e.getMessage()
                    + "; check that the file exists and is readable.");
        }
        if (bytes == null) {
            return tooLarge(name, gz);
        }
        if (isBlank(bytes)) {
            return Item.failed(name, null, "'" + name + "' is empty" + (bytes.length > 0 ? " (only white space)" : "")
                    + "; give a file that holds an article.");
        }
        if (Bytes.looksBinary(bytes)) {
            return Item.failed(name, null, "'" + name + "' holds binary data, not text or HTML; "
                    + "give article files (.txt, .html, .htm, optionally .gz).");
        }
        String base = gz ? lower.substring(0, lower.length() - 3) : lower;
        boolean html = base.endsWith(".html") || base.endsWith(".htm")
                || (!base.endsWith(".txt") && startsWithTag(bytes));
        if (html) {
            return Item.ok(name, new RawArticle(null, null, HtmlCharsets.decode(bytes, null), null, null, null, name),
                    List.of());
        }
        Bytes.Decoded text = Bytes.text(bytes);
        List<Diagnostic> notes = text.note() == null ? List.of() : List.of(new Diagnostic("read", text.note()));
        return Item.ok(name, new RawArticle(null, text.text(), null, null, null, null, name), notes);
    }

    private Item tooLarge(String name, boolean gz) {
        return Item.failed(name, null, "'" + name + "' is larger than " + limits.maxBytes()
                + " bytes" + (gz ? " once decompressed" : "") + "; split it or raise --max-bytes.");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xFF) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithTag(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
            int b = bytes[i] & 0xFF;
            if (b == '<') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                return false;
            }
        }
        return false;
    }
}
