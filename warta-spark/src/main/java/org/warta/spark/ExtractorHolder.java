package org.warta.spark;

import org.warta.extract.Extractor;

/** One extractor per executor JVM: the lexicons load once, on first use, and every task shares it. */
final class ExtractorHolder {
    private ExtractorHolder() {
    }

    private static final class Lazy {
        static final Extractor EXTRACTOR = Extractor.standard();
    }

    static Extractor extractor() {
        return Lazy.EXTRACTOR;
    }
}
