package org.warta.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema, versioned from the first release: each migration is a SQL resource
 * {@code V<n>__<what>.sql} applied once, in order, inside one transaction with the row that records it in
 * {@code warta_schema}. A store written by a newer Warta is refused rather than misread.
 */
public final class Migrations {
    /** Every migration, oldest first; append new ones, never edit a released one. */
    static final List<String> FILES = List.of("V1__tables.sql", "V2__articles_without_primary_key.sql");

    private Migrations() {
    }

    public static int latest() {
        return FILES.size();
    }

    /** Brings the database to the latest version and returns the version it was at before. */
    public static int apply(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS warta_schema (version INTEGER PRIMARY KEY, "
                    + "description VARCHAR, applied TIMESTAMP DEFAULT current_timestamp)");
        }
        int current = current(c);
        if (current > latest()) {
            throw new IllegalStateException("The store has schema version " + current + " but this Warta knows "
                    + "versions up to " + latest() + "; use a newer Warta or another --store folder.");
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= latest(); v++) {
                String file = FILES.get(v - 1);
                try (Statement st = c.createStatement()) {
                    for (String sql : statements(sql(file))) {
                        st.execute(sql);
                    }
                    st.execute("INSERT INTO warta_schema (version, description) VALUES (" + v + ", '"
                            + file.replace("'", "") + "')");
                }
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return current;
    }

    public static int current(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM warta_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static String sql(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Migration '" + file + "' is missing from the jar; rebuild Warta.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read migration " + file, e);
        }
    }

    /** The statements of a script: split at semicolons that end a line, comment lines dropped. */
    static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
