package org.warta.extract;

/**
 * Receives how long each stage took on one article, for benchmarks and profiling. Called on the extracting
 * thread; an implementation shared by threads must be thread-safe.
 */
@FunctionalInterface
public interface StageClock {
    /** A clock that records nothing: what {@link Extractor#extract(RawArticle)} uses. */
    StageClock NONE = (stage, nanos) -> { };

    void record(String stage, long nanos);
}
