package org.warta.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.FutureTask;
import org.duckdb.DuckDBConnection;
import org.warta.extract.batch.Awaited;
import org.warta.store.index.TextIndex;
import org.warta.store.schema.Migrations;

/** The two halves {@link Store#open} opens at once: the database on the calling thread, the search index on another. */
final class StoreParts {
    private StoreParts() {
    }

    /** The store's opened database and search index. */
    record Opened(DuckDBConnection db, TextIndex index) {
    }

    /**
     * Opens both at once: the search index on a second thread while this one opens the database, each a few tenths of
     * a second on a large store. When one fails the other is closed (an open index's lock would keep the next try out)
     * and the failure is thrown.
     */
    static Opened open(Path folder) {
        FutureTask<TextIndex> index = index(folder);
        DuckDBConnection db;
        try {
            db = database(folder);
        } catch (RuntimeException | Error e) {
            try {
                opened(index).close();
            } catch (IOException | RuntimeException ignored) {
                // the database's failure is the one to report
            }
            throw e;
        }
        try {
            return new Opened(db, opened(index));
        } catch (IOException | RuntimeException e) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // the index's failure is the one to report
            }
            throw e instanceof IOException io ? Store.indexFailure(folder, io) : (RuntimeException) e;
        }
    }

    /** The search index of the store in {@code folder}, opening on a thread of its own from now. */
    private static FutureTask<TextIndex> index(Path folder) {
        FutureTask<TextIndex> index = new FutureTask<>(() -> new TextIndex(folder.resolve("index")));
        Thread opener = new Thread(index, "warta-open-index");
        opener.setDaemon(true);
        opener.start();
        return index;
    }

    /**
     * How much the database's write-ahead log may grow before DuckDB checkpoints it into the database file. Its default,
     * 16 MB, is two or three batches of 1,000 articles: checkpointing that often took the database 220 us of CPU per
     * article in all, against 120 us with 256 MB (40,000 of the bench's articles), and left a file a quarter larger.
     * A batch is durable in the log either way; a longer log only takes longer to replay after a crash (1.3 s for the
     * 140 MB of 20,000 articles).
     */
    private static final String CHECKPOINT_THRESHOLD = "256MB";

    /** The store's database, migrated to the latest schema. */
    private static DuckDBConnection database(Path folder) {
        DuckDbLibrary.prepare();
        try {
            DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection(
                    "jdbc:duckdb:" + folder.resolve(Store.DATABASE).toAbsolutePath(), new Properties());
            Migrations.apply(db);
            try (Statement st = db.createStatement()) {
                st.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
            }
            return db;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the store in '" + folder + "': " + e.getMessage()
                    + (String.valueOf(e.getMessage()).contains("lock") ? "; another warta process is using it, "
                    + "stop it or use another --store folder." : ""), e);
        }
    }

    /** The index {@code task} opened; its failure is thrown as itself, as when it was opened on this thread. */
    private static TextIndex opened(FutureTask<TextIndex> task) throws IOException {
        return Awaited.result(task);
    }
}
