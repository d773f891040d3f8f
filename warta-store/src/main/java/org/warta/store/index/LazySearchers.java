package org.warta.store.index;

import java.io.IOException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * An index writer's searchers, opened on the first search instead of with the writer: opening a reader on every
 * segment is most of the cost of opening a large index (a second of a million-article store's start-up), which an
 * ingest never needs and a server can pay after it answers ({@link TextIndex#warmUp}). Thread-safe.
 */
final class LazySearchers implements AutoCloseable {
    private final IndexWriter writer;
    private SearcherManager searchers;

    LazySearchers(IndexWriter writer) {
        this.writer = writer;
    }

    private synchronized SearcherManager manager() throws IOException {
        if (searchers == null) {
            searchers = new SearcherManager(writer, null);
        }
        return searchers;
    }

    /**
     * A searcher that sees everything added so far (committed or not), reopened only when something was added since;
     * give it back with {@link #release}.
     */
    IndexSearcher acquire() throws IOException {
        SearcherManager m = manager();
        m.maybeRefresh();
        return m.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        manager().release(searcher);
    }

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
    }
}
