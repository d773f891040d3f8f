package org.warta.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.warta.extract.read.ArticleFiles;
import org.warta.extract.read.Item;
import org.warta.extract.read.JsonLinesReader;
import org.warta.extract.read.Limits;
import org.warta.extract.read.WarcReader;

/**
 * What {@code warta ingest} reads: article files, {@code .jsonl} (or {@code .jsonl.gz}) and {@code .warc} /
 * {@code .warc.gz} files, and folders holding any of them (walked in name order). Sources are opened one at
 * a time, as the items are consumed.
 */
final class Inputs {
    private Inputs() {
    }

    /** Every source file, in order; a missing path is kept so that it fails with its name. */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> kind(f) != Kind.OTHER).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    enum Kind { ARTICLE, JSONL, WARC, OTHER }

    static Kind kind(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (WarcReader.isWarcName(p)) {
            return Kind.WARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        String base = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        return base.endsWith(".txt") || base.endsWith(".html") || base.endsWith(".htm") ? Kind.ARTICLE : Kind.OTHER;
    }

    /** The items of every file, in order. */
    static Iterator<Item> items(List<Path> files, Limits limits) {
        ArticleFiles articles = new ArticleFiles(limits);
        Iterator<Path> it = files.iterator();
        return new Iterator<>() {
            Iterator<Item> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && it.hasNext()) {
                    current = open(it.next(), articles, limits);
                }
                return current.hasNext();
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static Iterator<Item> open(Path p, ArticleFiles articles, Limits limits) {
        try {
            switch (kind(p)) {
                case WARC:
                    return new WarcReader(p, limits);
                case JSONL: {
                    InputStream in = Files.newInputStream(p);
                    if (p.toString().endsWith(".gz")) {
                        in = new GZIPInputStream(in, 64 * 1024);
                    }
                    return new JsonLinesReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                            1 << 16), p.toString(), limits);
                }
                default:
                    return List.of(articles.read(p)).iterator();
            }
        } catch (IOException e) {
            return List.of(Item.failed(p.toString(), null, "Could not open '" + p + "' (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); check the path.")).iterator();
        }
    }
}
