package org.warta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.testing.RecordSchema;
import org.warta.model.testing.SharedData;

class RecordJsonTest {

    private static Record sample() {
        Entity az = new Entity("e1", EntityType.LOCATION, "Azerbaijan", "AZE", null, null,
                List.of(new Span(0, 10, "Azerbaijan")));
        Entity mod = new Entity("e2", EntityType.ORGANIZATION, "Ministry of Defence of Azerbaijan", "AZE", "MIL",
                null, List.of(new Span(20, 52, "Kementerian Pertahanan Azerbaijan")));
        Quantity q = new Quantity("2.300", 60, 65, 2300.0, null, null, false, "personel militer Armenia",
                "personnel");
        Claim claim = new Claim("c1", Predicate.KILLED_OR_WOUNDED, Count.exact(2300), ObjectCategory.PERSONNEL,
                "personel militer Armenia", "e2", List.of("Anadolu Agency"), "e1", null, null,
                new Period("2020-09-27", null), ClaimStatus.CLAIMED,
                List.of(new Response("e1", Stance.NO_COMMENT, null, null)), List.of(Span.of(0, 100)), 0.9);
        Event event = new Event("v1", EventType.ASSAULT, null, List.of("e1"), List.of(), Modality.CLAIMED, null,
                null, new Span(40, 48, "membunuh"), List.of(Span.of(0, 100)), List.of("c1"), 0.8);
        return new Record(Record.SCHEMA, "abc", new Source(null, "impiannews.com", "seed.txt"), "id", "Title",
                "2020-09-30", "Azerbaijan", "text", List.of(az, mod), List.of(q),
                List.of(new DateMention("Minggu 27 September", 70, 89, "2020-09-27", Resolution.DAY)),
                List.of(new Quote("Kedua kubu", 5, 15, null, "James Appathurai", "kata", true)), List.of(claim),
                List.of(event), List.of(new Diagnostic("clean", "no title found")));
    }

    @Test
    void writesSnakeCaseNamesAndKeepsNulls() {
        String json = RecordJson.line(sample());
        assertThat(json).contains("\"object_text\":\"personel militer Armenia\"")
                .contains("\"speaker_text\":\"James Appathurai\"")
                .contains("\"speaker\":null")
                .contains("\"object\":\"personnel\"")
                .startsWith("{\"schema\":\"warta.record/1\",\"id\":\"abc\"");
    }

    @Test
    void writesWholeNumbersWithoutFraction() {
        String json = RecordJson.line(sample());
        assertThat(json).contains("\"value\":2300,").doesNotContain("2300.0");
        assertThat(RecordJson.line(new Count(1.5, null, null, false))).contains("\"value\":1.5");
    }

    @Test
    void leavesUnknownOptionalOffsetsOut() {
        String json = RecordJson.line(sample());
        assertThat(json).contains("{\"party\":\"e1\",\"stance\":\"NO_COMMENT\"}");
    }

    @Test
    void emittedRecordIsValidAgainstTheSchema() {
        RecordSchema.assertValid(RecordJson.line(sample()));
        RecordSchema.assertValid(RecordJson.canonical(sample()));
    }

    @Test
    void failedRecordIsValidAgainstTheSchema() {
        RecordSchema.assertValid(RecordJson.line(
                Record.failed("x", Source.UNKNOWN, new Diagnostic("read", "binary data"))));
    }

    @Test
    void schemaRejectsARecordWithAMissingField() {
        String json = RecordJson.line(sample()).replace("\"dateline\":\"Azerbaijan\",", "");
        assertThat(RecordSchema.problems(json)).isNotEmpty();
    }

    @Test
    void readsBackWhatItWrites() {
        Record r = sample();
        assertThat(RecordJson.read(RecordJson.line(r))).isEqualTo(r);
    }

    @Test
    void canonicalFormSortsKeys() {
        String json = RecordJson.canonical(sample());
        assertThat(json.indexOf("\"claims\"")).isLessThan(json.indexOf("\"dateline\""));
        assertThat(json).endsWith("}\n").contains("\n  \"claims\"");
    }

    @Test
    void shippedSchemaIsTheSharedSpec() throws Exception {
        Path shared = SharedData.require("spec/record.schema.json");
        String shipped = new String(RecordJson.class.getResourceAsStream("/org/warta/model/record.schema.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(shipped).as("warta-model's copy of record.schema.json must equal ../shared/spec's")
                .isEqualTo(Files.readString(shared));
    }
}
