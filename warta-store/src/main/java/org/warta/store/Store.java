package org.warta.store;

import org.warta.model.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
    private final StoreQueries queries;
    private long nextSeq;

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
        try {
            Properties p = new Properties();
            DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection(
                    "jdbc:duckdb:" + folder.resolve(DATABASE).toAbsolutePath(), p);
            Migrations.apply(db);
            Store s = new Store(folder, db, new TextIndex(folder.resolve("index")));
            s.repair();
            return s;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the store in '" + folder + "': " + e.getMessage()
                    + (String.valueOf(e.getMessage()).contains("lock") ? "; another warta process is using it, "
                    + "stop it or use another --store folder." : ""), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index in '" + folder + "/index' (" + reason(e)
                    + "); check that the folder is writable and the disk has room.", e);
        }
    }

    /** An I/O failure in words: the system's reason, not the exception's class. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }

    /**
     * Removes rows of articles whose batch never committed its article rows, re-indexes articles the database
     * holds but the index does not, and reloads the story-cluster fingerprints.
     */
    private void repair() throws SQLException, IOException {
        try (Statement st = db.createStatement()) {
            for (String t : List.of("entities", "mentions", "quantities", "quotes", "claims", "claim_responses",
                    "events", "story_clusters")) {
                st.execute("DELETE FROM " + t + " WHERE article_key NOT IN (SELECT key FROM articles)");
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), -1) FROM articles")) {
                rs.next();
                nextSeq = rs.getLong(1) + 1;
            }
        }
        long indexed = index.committedSeq();
        if (indexed < nextSeq - 1) {
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT key, record FROM articles WHERE seq > ? ORDER BY seq")) {
                ps.setLong(1, indexed);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        index.put(rs.getString(1), RecordJson.read(rs.getString(2)));
                    }
                }
            }
            index.commit(nextSeq - 1);
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

    /**
     * Stores the records not already held (by content hash), durably: when this returns, a crash loses none
     * of them. Records with no text (items that could not be read) are not stored.
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
        try {
            Set<String> held = held(fresh.keySet());
            duplicates += held.size();
            fresh.keySet().removeAll(held);
            if (fresh.isEmpty()) {
                return new AddResult(List.of(), duplicates);
            }
            List<String> ids = new ArrayList<>();
            long seq = nextSeq;
            db.setAutoCommit(false);
            try (RecordRows rows = new RecordRows(db)) {
                for (Map.Entry<String, Record> e : fresh.entrySet()) {
                    int[] sig = MinHash.of(e.getValue().text());
                    StoryClusters.Assignment a = clusters().add(e.getKey(), sig);
                    rows.add(new RecordRows.Stored(e.getKey(), seq++, e.getValue(), sig, a.cluster(), a.similarity()));
                    ids.add(e.getValue().id());
                }
            }
            db.commit();
            db.setAutoCommit(true);
            nextSeq = seq;
            for (Map.Entry<String, Record> e : fresh.entrySet()) {
                index.put(e.getKey(), e.getValue());
            }
            index.commit(nextSeq - 1);
            return new AddResult(ids, duplicates);
        } catch (SQLException | RuntimeException e) {
            rollback();
            clusters = null; // may hold articles that were not committed; reload on the next write
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Could not store " + fresh.size() + " articles: " + e.getMessage()
                    + "; check that the disk has room and the store folder is writable. Articles stored before are kept.",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index " + fresh.size() + " articles (" + reason(e) + "); they are "
                    + "in the database and will be indexed when the store is next opened", e);
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

    private Set<String> held(Set<String> keys) throws SQLException {
        Set<String> out = new HashSet<>();
        if (keys.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement ps = db.prepareStatement("SELECT key FROM articles WHERE key IN (" + marks + ")")) {
            int i = 1;
            for (String k : keys) {
                ps.setString(i++, k);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** A connection for one read; DuckDB connections are not shared between threads. */
    private Connection reader() throws SQLException {
        return db.duplicate();
    }

    public Page<SearchHit> search(SearchQuery q, int page, int size) {
        Page.offset(page, size);
        try {
            return index.search(q, page, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed in '" + folder + "/index'", e);
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
            index.close();
            db.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the index in '" + folder + "'", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close the database in '" + folder + "': " + e.getMessage(), e);
        }
    }
}
