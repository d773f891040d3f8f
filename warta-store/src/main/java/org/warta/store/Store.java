package org.warta.store;

import org.warta.model.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.duckdb.DuckDBConnection;
import org.warta.model.Record;
import org.warta.model.RecordJson;
import org.warta.store.cluster.MinHash;
import org.warta.store.cluster.StoryClusters;
import org.warta.store.index.SearchHit;
import org.warta.store.index.SearchQuery;
import org.warta.store.index.TextIndex;
import org.warta.store.schema.Migrations;

/**
 * The front door of the store: a folder holding a DuckDB database ({@code warta.duckdb}) and a Lucene index
 * ({@code index/}). {@link #add} stores a batch durably in both (database first, then the index, which
 * records how far it got); opening a store repairs what a killed run left half-done. One process at a time
 * may open a store; within it, reads run concurrently and writes one at a time.
 */
public final class Store implements AutoCloseable {
    public static final String DATABASE = "warta.duckdb";

    private final Path folder;
    private final DuckDBConnection db;
    private final TextIndex index;
    private StoryClusters clusters;
    /** The stored articles' keys, loaded on the first write like the clusters. */
    private HeldKeys held;
    private final StoreQueries queries;
    private long nextSeq;
    /** Articles in the database but not yet in a commit of the search index, and when it was last committed. */
    private long unindexed;
    private long lastIndexCommit = System.nanoTime();
    private static final long INDEX_COMMIT_ARTICLES = 100_000;
    private static final long INDEX_COMMIT_NANOS = 60_000_000_000L;
    /** Articles indexed as one Lucene block: a few megabytes of the index's buffer. */
    private static final int INDEX_BLOCK = 250;

    private Store(Path folder, DuckDBConnection db, TextIndex index) {
        this.folder = folder;
        this.db = db;
        this.index = index;
        this.queries = new StoreQueries(this::reader);
    }

    /** Opens (creating if needed) the store in {@code folder}, migrating its schema to the latest version. */
    public static Store open(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The store '" + folder + "' is a file, not a folder; give --store a "
                    + "folder (it is made when missing).");
        }
        try {
            Files.createDirectories(folder.resolve("index"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the store folder '" + folder + "' (" + reason(e)
                    + "); check that it is writable and the disk has room.", e);
        }
        if (!Files.isWritable(folder.resolve("index")) || !Files.isWritable(folder)) {
            throw new IllegalArgumentException("The store folder '" + folder + "' is read-only; give a writable "
                    + "--store folder.");
        }
        StoreParts.Opened parts = StoreParts.open(folder);
        try {
            Store s = new Store(folder, parts.db(), parts.index());
            s.repair();
            return s;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the store in '" + folder + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw indexFailure(folder, e);
        }
    }

    /** A search index that could not be opened or written, in words, with what to do. */
    static UncheckedIOException indexFailure(Path folder, IOException e) {
        return new UncheckedIOException("Could not open the search index in '" + folder + "/index' (" + reason(e)
                + "); check that the folder is writable and the disk has room.", e);
    }

    /** An I/O failure in words: the system's reason, not the exception's class. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }

    /**
     * After a run that did not close the store (killed, crashed), re-indexes the articles the database holds but the
     * index does not, and removes rows whose article row is missing. A batch is one database transaction, so such
     * rows should not exist; the sweep is a guard, and it runs only then: it scans every table (seconds on a
     * store of a million articles), and a store closed cleanly has its index committed up to the last article.
     */
    private void repair() throws SQLException, IOException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), -1) FROM articles")) {
            rs.next();
            nextSeq = rs.getLong(1) + 1;
        }
        long indexed = index.committedSeq();
        if (indexed < nextSeq - 1) {
            try (Statement st = db.createStatement()) {
                for (String t : List.of("entities", "mentions", "quantities", "quotes", "claims", "claim_responses",
                        "events", "story_clusters")) {
                    st.execute("DELETE FROM " + t + " WHERE article_key NOT IN (SELECT key FROM articles)");
                }
            }
            if (nextSeq - 1 - indexed >= 10_000) {
                System.err.println("warta: indexing " + (nextSeq - 1 - indexed) + " stored articles the search index "
                        + "of '" + folder + "' lacks (once)");
            }
            reindexAfter(indexed);
            index.commit(nextSeq - 1);
        }
    }

    /** Indexes the articles after sequence number {@code seq} from their stored records, on all cores. */
    private void reindexAfter(long seq) throws SQLException, IOException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT key, seq, record FROM articles WHERE seq > ? ORDER BY seq")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                List<Object[]> chunk = new ArrayList<>();
                boolean more = true;
                while (more) {
                    more = rs.next();
                    if (more) {
                        chunk.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)});
                    }
                    if (chunk.size() == 1_000 || (!more && !chunk.isEmpty())) {
                        chunk.parallelStream().forEach(row -> {
                            try {
                                String json = (String) row[2];
                                index.put((String) row[0], (Long) row[1], RecordJson.read(json), json);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                        chunk.clear();
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The story clusters so far, loaded on the first write (a read-only server never needs them). */
    private StoryClusters clusters() throws SQLException {
        if (clusters == null) {
            StoryClusters c = new StoryClusters();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT a.minhash, c.cluster FROM articles a "
                         + "JOIN story_clusters c ON c.article_key = a.key WHERE a.minhash IS NOT NULL ORDER BY a.seq")) {
                while (rs.next()) {
                    c.remember(MinHash.fromBytes(rs.getBytes(1)), rs.getString(2));
                }
            }
            clusters = c;
        }
        return clusters;
    }

    /** The keys of the articles stored so far, loaded on the first write. */
    private HeldKeys held() throws SQLException {
        if (held == null) {
            HeldKeys h = new HeldKeys();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT key FROM articles")) {
                while (rs.next()) {
                    h.add(rs.getString(1));
                }
            }
            held = h;
        }
        return held;
    }

    /**
     * Stores the records not already held (by content hash), durably: when this returns, a crash loses none
     * of them. Records with no text (items that could not be read) are not stored. The work per record that
     * needs no order (MinHash, JSON, the search index's analysis) runs on all cores, beside the database
     * appends; the search index is committed now and then, not per batch, since opening the store re-indexes
     * whatever the database holds beyond the index's last commit.
     */
    public synchronized AddResult add(List<Record> records) {
        Map<String, Record> fresh = new LinkedHashMap<>();
        int duplicates = 0;
        for (Record r : records) {
            if (r.text().isBlank()) {
                continue;
            }
            if (fresh.putIfAbsent(ContentHash.of(r), r) != null) {
                duplicates++;
            }
        }
        CompletableFuture<Void> indexing = null;
        AddResult result;
        try {
            HeldKeys stored = held();
            int before = fresh.size();
            fresh.keySet().removeIf(stored::contains);
            duplicates += before - fresh.size();
            if (fresh.isEmpty()) {
                return new AddResult(List.of(), duplicates);
            }
            List<RecordRows.Prepared> prepared = fresh.entrySet().parallelStream()
                    .map(e -> RecordRows.prepare(e.getKey(), e.getValue())).toList();
            long first = nextSeq;
            indexing = CompletableFuture.runAsync(() -> index(prepared, first));
            List<String> ids = new ArrayList<>();
            long seq = nextSeq;
            db.setAutoCommit(false);
            try (RecordRows rows = new RecordRows(db)) {
                for (RecordRows.Prepared p : prepared) {
                    StoryClusters.Assignment a = clusters().add(p.key(), p.minhash());
                    rows.add(p, seq++, a.cluster(), a.similarity());
                    ids.add(p.record().id());
                }
            }
            awaitIndexing(indexing);
            db.commit();
            db.setAutoCommit(true);
            nextSeq = seq;
            for (RecordRows.Prepared p : prepared) {
                stored.add(p.key()); // only now: the keys held are the committed ones
            }
            unindexed += prepared.size();
            result = new AddResult(ids, duplicates);
        } catch (SQLException | RuntimeException e) {
            rollback();
            clusters = null; // may hold articles that were not committed; reload on the next write
            held = null; // the same, should the failure come after the commit
            unindex(indexing, fresh.keySet());
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Could not store " + fresh.size() + " articles: " + e.getMessage()
                    + "; check that the disk has room and the store folder is writable. Articles stored before are kept.",
                    e);
        }
        maybeCommitIndex(); // after the database's commit: a failure here loses nothing the database holds
        return result;
    }

    /** Waits for a batch's indexing; its failure is thrown as itself, not wrapped in the future's exception. */
    private static void awaitIndexing(CompletableFuture<Void> indexing) {
        try {
            indexing.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /**
     * Indexes a batch numbered from {@code first} on all cores, in blocks of consecutive articles taken in order: each
     * index segment then gets its articles in sequence order (see {@link TextIndex#add}), and however large the batch,
     * Lucene can flush between blocks. A segment that still gets blocks out of order (a thread paused between taking
     * a block and starting it) is sorted at its flush, as every segment was before.
     */
    private void index(List<RecordRows.Prepared> batch, long first) {
        int blocks = (batch.size() + INDEX_BLOCK - 1) / INDEX_BLOCK;
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
        int workers = Math.min(blocks, Runtime.getRuntime().availableProcessors());
        java.util.stream.IntStream.range(0, workers).parallel().forEach(worker -> {
            for (int b = taken.getAndIncrement(); b < blocks; b = taken.getAndIncrement()) {
                int from = b * INDEX_BLOCK;
                int to = Math.min(batch.size(), from + INDEX_BLOCK);
                List<TextIndex.Article> articles = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    RecordRows.Prepared p = batch.get(i);
                    articles.add(new TextIndex.Article(p.key(), first + i, p.record(), p.json()));
                }
                try {
                    index.add(articles);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not index articles " + batch.get(from).record().id() + " to "
                            + batch.get(to - 1).record().id() + " (" + reason(e) + ")", e);
                }
            }
        });
    }

    /** Takes a failed batch's articles out of the (uncommitted) search index again. */
    private void unindex(CompletableFuture<Void> indexing, Set<String> keys) {
        if (indexing == null) {
            return;
        }
        try {
            indexing.exceptionally(x -> null).join();
            index.delete(keys);
        } catch (IOException | RuntimeException ignored) {
            // the index is repaired from the database when the store is next opened
        }
    }

    /**
     * Commits the search index when enough has gone into it since the last commit; the rest is committed at
     * close. An index commit syncs every new file, so one per batch cost more than the batch's indexing.
     */
    private void maybeCommitIndex() {
        long now = System.nanoTime();
        if (unindexed >= INDEX_COMMIT_ARTICLES || now - lastIndexCommit >= INDEX_COMMIT_NANOS) {
            commitIndex();
        }
    }

    private void commitIndex() {
        try {
            index.commit(nextSeq - 1);
            unindexed = 0;
            lastIndexCommit = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not commit the search index in '" + folder + "/index' (" + reason(e)
                    + "); check that the disk has room and the folder is writable; the "
                    + "articles are in the database and will be indexed when the store is next opened", e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }

    /** A connection for one read; DuckDB connections are not shared between threads. */
    private Connection reader() throws SQLException {
        return db.duplicate();
    }

    /**
     * The full record of an article by its record id or content hash, from the search index (which keeps it); the
     * database's scan answers when the index cannot be read.
     */
    public Optional<String> articleJson(String id) {
        try {
            return index.record(id);
        } catch (IOException e) {
            return queries().articleJson(id);
        }
    }

    /**
     * A page of claims matching the filter, from the claims' index, which holds each claim's row in the list's
     * order: the same rows as the database's {@link StoreQueries#claims}.
     */
    public Page<Map<String, Object>> claims(ClaimFilter f, int page, int size) {
        Page.offset(page, size);
        try {
            return index.claims(f, page, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Claim search failed in '" + folder + "/claims' (" + reason(e) + ")", e);
        }
    }

    /**
     * Each side's claims about the other's losses, per day and object category, with the other side's responses
     * (as {@link StoreQueries#compare}), from the claims' index.
     */
    public Page<Map<String, Object>> compare(String sideA, String sideB, java.time.LocalDate from, java.time.LocalDate to,
                                             int page, int size) {
        StoreQueries.checkSides(sideA, sideB);
        Page.offset(page, size);
        try {
            return index.compare(sideA, sideB, from, to, page, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Comparing claims failed in '" + folder + "/claims' (" + reason(e) + ")", e);
        }
    }

    public Page<SearchHit> search(SearchQuery q, int page, int size) {
        Page.offset(page, size);
        try {
            return index.search(q, page, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed in '" + folder + "/index'", e);
        }
    }

    /**
     * Opens the search indexes' readers, which are otherwise opened by the first search (a second on a store of a
     * million articles); a server calls it on another thread once it answers. A failure is left for that search to
     * report.
     */
    public void warmUpSearch() {
        try {
            index.warmUp();
        } catch (IOException | RuntimeException e) {
            // the first search opens the readers again and says what failed
        }
    }

    /** The error in a search query's syntax, or null when it is valid. */
    public String querySyntaxError(String q) {
        return index.syntaxError(q);
    }

    /** The queries on stored claims, quotes, events, entities and articles. */
    public StoreQueries queries() {
        return queries;
    }

    public Path folder() {
        return folder;
    }

    public int schemaVersion() {
        try {
            return Migrations.current(db);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema version: " + e.getMessage(), e);
        }
    }

    /** The number of documents in the full-text index (equal to the stored articles once repaired). */
    public int indexed() {
        try {
            return index.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (unindexed > 0) {
                commitIndex();
            }
            index.close();
            db.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the index in '" + folder + "'", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close the database in '" + folder + "': " + e.getMessage(), e);
        }
    }
}
