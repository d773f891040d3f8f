package org.warta.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Parquet tables keep the store's columns: read from the store's own migration, so a change there fails here. */
class TableTest {
    private static final Path STORE_SQL =
            Path.of("..", "warta-store", "src", "main", "resources", "org", "warta", "store", "schema", "V1__tables.sql");

    /** Each CREATE TABLE of the store as "name TYPE, name TYPE, ..." without constraints. */
    private static Map<String, String> storeTables() throws IOException {
        String sql = Files.readString(STORE_SQL).replaceAll("--[^\n]*", "");
        Map<String, String> tables = new LinkedHashMap<>();
        Matcher m = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\);", Pattern.DOTALL).matcher(sql);
        while (m.find()) {
            StringBuilder cols = new StringBuilder();
            for (String col : m.group(2).split(",")) {
                String[] words = col.strip().split("\\s+");
                cols.append(cols.isEmpty() ? "" : ", ").append(words[0]).append(' ')
                        .append(words[1].toUpperCase(Locale.ROOT));
            }
            tables.put(m.group(1), cols.toString());
        }
        return tables;
    }

    @Test
    void hasTheColumnsAndTypesOfEveryStoreTableItFills() throws IOException {
        Map<String, String> store = storeTables();
        for (Table t : Table.values()) {
            assertThat(t.sqlColumns()).as(t.tableName()).isEqualTo(store.get(t.tableName()));
        }
        assertThat(store.keySet()).contains("articles", "claims", "quotes", "events", "entities")
                .hasSize(Table.values().length + 1);
    }
}
