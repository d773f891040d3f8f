package org.warta.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.warta.extract.Extractor;
import org.warta.extract.read.ArticleFiles;
import org.warta.extract.read.Item;
import org.warta.extract.read.Limits;
import org.warta.model.Record;
import org.warta.store.Store;

/**
 * The sample articles written for the project (the checkout's {@code samples/} folder, packaged into this
 * jar by the build), for {@code warta serve --demo}: loaded only into an empty store.
 */
public final class DemoArticles {
    static final String FOLDER = "org/warta/server/samples";

    private DemoArticles() {
    }

    /** Extracts and stores the samples when the store holds no article; returns how many were stored. */
    public static int loadIfEmpty(Store store, Extractor extractor) {
        return loadIfEmpty(store, LazyExtractor.of(extractor));
    }

    /** As above, asking {@code extractor} for the extractor only when the store is empty. */
    public static int loadIfEmpty(Store store, Supplier<Extractor> extractor) {
        Object n = store.queries().stats().get("articles");
        if (n instanceof Number count && count.longValue() > 0) {
            return 0;
        }
        List<Record> records = new ArrayList<>();
        forEachSample(p -> {
            Item item = new ArticleFiles(Limits.DEFAULT).read(p);
            if (!item.isFailed()) {
                records.add(extractor.get().extract(item.article().withPath("samples/" + p.getFileName())));
            }
        });
        return store.add(records).added().size();
    }

    private static void forEachSample(java.util.function.Consumer<Path> each) {
        URL url = DemoArticles.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("The sample articles are missing from the jar (" + FOLDER
                    + "); rebuild Warta from a checkout that has samples/.");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                walk(fs.getPath(FOLDER), each);
            } else {
                walk(Path.of(uri), each);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad sample location " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample articles", e);
        }
    }

    private static void walk(Path folder, java.util.function.Consumer<Path> each) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(each);
        }
    }
}
