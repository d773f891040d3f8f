package org.warta.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.warta.model.Record;
import org.warta.model.RecordJson;

/**
 * A record with one of everything (written for this test) as table rows: the values the store's
 * {@code RecordRows} puts in the same columns, no Spark needed.
 */
class RecordRowsTest {
    private static final LocalDateTime RUN = LocalDateTime.of(2026, 11, 25, 18, 0);

    private static Map<Table, List<Row>> rows() throws IOException {
        try (InputStream in = RecordRowsTest.class.getResourceAsStream("record-with-everything.json")) {
            Record r = RecordJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return RecordRows.of(r, "k1", 7L, RUN).stream().collect(Collectors.groupingBy(TableRow::table,
                    Collectors.mapping(TableRow::row, Collectors.toList())));
        }
    }

    private static List<Object> values(Row r) {
        return Arrays.asList(((org.apache.spark.sql.catalyst.expressions.GenericRow) r).values());
    }

    @Test
    void givesEveryRowTheColumnCountOfItsTable() throws IOException {
        rows().forEach((t, list) -> list.forEach(r -> assertThat(r.size()).as(t.tableName())
                .isEqualTo(t.schema().size())));
        assertThat(rows().keySet()).containsExactlyInAnyOrder(Table.values());
    }

    @Test
    void copiesNamesAndCountriesOfTheClaimsParties() throws IOException {
        Row c = rows().get(Table.CLAIMS).get(0);
        assertThat(values(c)).containsExactly("k1", "t1", "c1", "KILLED", 300.0, null, null, true, "personnel",
                "fighters", "e1", "Sudanese army", "SD", "Reuters; AFP", "e1", "Sudanese army", "SD", "e2",
                "Rapid Support Forces", "SD", "e4", "Kassala", "2024-10-13", null, "DISPUTED", 0.8, 0, 64,
                Date.valueOf("2024-10-13"), Date.valueOf("2024-10-14"), "news.example");
        assertThat(values(rows().get(Table.CLAIM_RESPONSES).get(0))).containsExactly("k1", "c1", "e2",
                "Rapid Support Forces", "SD", "DENIED", 65, 87);
    }

    @Test
    void namesTheQuoteSpeakerAndTheEventPartiesFromTheEntities() throws IOException {
        assertThat(values(rows().get(Table.QUOTES).get(0))).containsExactly("k1", "t1", 0, "We lost six,", 89, 101,
                "e3", "Ali", null, "said", true, Date.valueOf("2024-10-14"), "news.example", "en");
        assertThat(values(rows().get(Table.EVENTS).get(0))).containsExactly("k1", "t1", "v1", "ASSAULT", "kinetic",
                "Sudanese army", "SD", "Rapid Support Forces; x9", "SD", "CLAIMED", null, "Kassala", "killed", 16, 22,
                "c1", 0.7, Date.valueOf("2024-10-14"), Date.valueOf("2024-10-14"), "news.example");
    }

    @Test
    void writesTheArticleWithItsKeySeqDayAndWholeRecord() throws IOException {
        List<Object> a = values(rows().get(Table.ARTICLES).get(0));
        assertThat(a.subList(0, 12)).containsExactly("k1", 7L, "t1", "https://news.example/a", "news.example", null,
                "en", "Army says it killed 300", Date.valueOf("2024-10-14"), "2024-10-14T08:00:00", "Doha", 111);
        assertThat(a.get(12)).isNull();
        assertThat(a.get(13)).isEqualTo(RUN);
        assertThat(RecordJson.read((String) a.get(14)).claims()).hasSize(1);
        assertThat(rows().get(Table.ENTITIES)).hasSize(4);
        assertThat(values(rows().get(Table.MENTIONS).get(0))).containsExactly("k1", "e1", 0, 8, "The army");
    }
}
