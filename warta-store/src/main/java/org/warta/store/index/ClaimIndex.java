package org.warta.store.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.warta.model.Record;
import org.warta.store.ClaimFilter;
import org.warta.store.Page;

/**
 * The claims' own index, kept by {@link TextIndex} beside the articles' (written, deleted and committed with
 * them), so that the article search never walks past claim documents. A filtered page of claims is one search
 * here, in segments sorted in the list's order (so a search stops early), with each claim's list row stored.
 */
final class ClaimIndex implements AutoCloseable {
    private final IndexWriter writer;
    private final LazySearchers searchers;

    ClaimIndex(Path folder) throws IOException {
        // segments kept in the list's order: a page of claims stops reading a segment once it has its rows
        writer = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(32)
                .setIndexSort(ClaimDocs.ORDER));
        searchers = new LazySearchers(writer);
    }

    void add(String key, Record r) throws IOException {
        if (!r.claims().isEmpty()) {
            writer.addDocuments(ClaimDocs.of(key, r));
        }
    }

    void put(String key, Record r) throws IOException {
        Term term = new Term("key", key);
        if (r.claims().isEmpty()) {
            writer.deleteDocuments(term); // an update with no documents tripped Lucene's flush accounting
        } else {
            writer.updateDocuments(term, ClaimDocs.of(key, r));
        }
    }

    void delete(Term... keys) throws IOException {
        writer.deleteDocuments(keys);
    }

    void clear() throws IOException {
        writer.deleteAll();
    }

    void commit(Map<String, String> data) throws IOException {
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /** The failure that closed the writer, or null. */
    Throwable tragedy() {
        return writer.getTragicException();
    }

    String commitData(String name) {
        return CommitData.get(writer, name);
    }

    /** A page of claims matching the filter, in the database query's order, with the total. */
    Page<Map<String, Object>> claims(ClaimFilter f, int page, int size) throws IOException {
        Query q = ClaimDocs.query(f);
        IndexSearcher searcher = searchers.acquire();
        try {
            ScoreDoc[] docs = searcher.search(q, Math.max(1, page * size), ClaimDocs.ORDER, false).scoreDocs;
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = (page - 1) * size; i < docs.length; i++) {
                rows.add(ClaimDocs.row(searcher.storedFields().document(docs[i].doc)));
            }
            return new Page<>(page, size, searcher.count(q), rows);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Each side's claims about the other's losses per day and object, with the other side's responses. */
    Page<Map<String, Object>> compare(String a, String b, java.time.LocalDate from, java.time.LocalDate to, int page,
                                      int size) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return ClaimCompare.compare(searcher, a, b, from, to, page, size);
        } finally {
            searchers.release(searcher);
        }
    }

    void warmUp() throws IOException {
        searchers.release(searchers.acquire());
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
