package org.warta.server;

import java.util.function.Supplier;
import org.warta.extract.Extractor;

/**
 * An extractor built on first use instead of at start-up: loading the word lists, dictionaries and tagger takes
 * about a second, which only {@code POST /api/extract} and {@code /api/ingest} need, so the server answers reads
 * sooner. Thread-safe: the first callers wait for one build; later calls read a volatile field.
 */
public final class LazyExtractor implements Supplier<Extractor> {
    private final Supplier<Extractor> build;
    private volatile Extractor built;

    public LazyExtractor(Supplier<Extractor> build) {
        this.build = build;
    }

    /** The shipped extractor ({@link Extractor#standard()}), built on first use. */
    public static LazyExtractor standard() {
        return new LazyExtractor(Extractor::standard);
    }

    /** An extractor already built. */
    public static LazyExtractor of(Extractor extractor) {
        LazyExtractor lazy = new LazyExtractor(() -> extractor);
        lazy.built = extractor;
        return lazy;
    }

    @Override
    public Extractor get() {
        Extractor e = built;
        if (e == null) {
            synchronized (this) {
                e = built;
                if (e == null) {
                    e = build.get();
                    built = e;
                }
            }
        }
        return e;
    }
}
