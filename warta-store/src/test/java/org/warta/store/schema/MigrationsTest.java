package org.warta.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void bringsAVersionOneStoreToTheLatestVersionKeepingItsArticles() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("w.duckdb"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE warta_schema (version INTEGER PRIMARY KEY, description VARCHAR, "
                    + "applied TIMESTAMP DEFAULT current_timestamp)");
            for (String sql : Migrations.statements(Migrations.sql("V1__tables.sql"))) {
                st.execute(sql);
            }
            st.execute("INSERT INTO warta_schema (version, description) VALUES (1, 'V1__tables.sql')");
            st.execute("INSERT INTO articles (key, seq, id, title, record) VALUES ('k1', 0, 'a1', 'T', '{}'), "
                    + "('k2', 1, 'a2', 'U', '{}')");

            assertThat(Migrations.apply(c)).isEqualTo(1);

            assertThat(Migrations.current(c)).isEqualTo(Migrations.latest()).isEqualTo(2);
            try (ResultSet rs = st.executeQuery("SELECT string_agg(key || ':' || seq || ':' || title, ',' ORDER BY seq) "
                    + "FROM articles")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("k1:0:T,k2:1:U");
            }
            try (ResultSet rs = st.executeQuery("SELECT string_agg(column_name || ' ' || data_type || ' ' || is_nullable, "
                    + "', ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'articles'")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("key VARCHAR NO, seq BIGINT NO, id VARCHAR NO, url VARCHAR YES")
                        .endsWith("minhash BLOB YES, ingested TIMESTAMP YES, record VARCHAR NO");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'articles' "
                    + "AND constraint_type = 'PRIMARY KEY'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void appliesNothingToAStoreAlreadyAtTheLatestVersion() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("w.duckdb"))) {
            assertThat(Migrations.apply(c)).isZero();
            assertThat(Migrations.apply(c)).isEqualTo(Migrations.latest());
        }
    }
}
