package org.warta.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick writer must write exactly what RecordJson's Jackson mapper writes, and step aside where it cannot. */
class JsonLineTest {
    private static final String AWKWARD = "\"quoted\" back\\slash /slash \u0000\u0001\b\t\n\u000b\f\r\u001f \u007f"
            + " \u0085 \u00a0 \u2028\u2029 é 𝄞 \ud800 alone";

    private static String jackson(Object value) throws JsonProcessingException {
        return RecordJson.mapper().writeValueAsString(value);
    }

    @Test
    void writesAWholeRecordAsJacksonDoes() throws JsonProcessingException {
        Record r = record(new Random(1), AWKWARD);
        assertThat(JsonLine.write(r)).isEqualTo(jackson(r));
        assertThat(RecordJson.line(r)).isEqualTo(jackson(r));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 1, -1, 2300, 1.5, 0.1, 1e14, 999_999_999_999_999.0, 1e15, 1e15 + 2, 1e20,
        -1e20, 1e-7, 123456.789, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY})
    void writesEveryKindOfNumberAsJacksonDoes(double d) throws JsonProcessingException {
        Count c = new Count(d, null, d, false);
        assertThat(JsonLine.write(c)).isEqualTo(jackson(c));
        Event e = new Event("v", EventType.ASSAULT, null, List.of(), List.of(), Modality.ASSERTED, null, null, null,
                List.of(), List.of(), d);
        assertThat(JsonLine.write(e)).isEqualTo(jackson(e));
    }

    @Test
    void writesRandomRecordsAsJacksonDoes() throws JsonProcessingException {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            Record r = record(random, s.toString());
            assertThat(JsonLine.write(r)).isEqualTo(jackson(r));
        }
    }

    @Test
    void leavesWhatItDoesNotKnowToJackson() throws JsonProcessingException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", new Count(1.0, null, null, true));
        assertThat(JsonLine.write(map)).isNull();
        assertThat(JsonLine.write(List.of(1.5f))).isNull();
        assertThat(RecordJson.line(map)).isEqualTo(jackson(map));
        record Hidden(String name) {
        }
        assertThat(JsonLine.write(new Hidden("x"))).isNull();
    }

    private static Record record(Random random, String text) {
        List<Entity> entities = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            entities.add(new Entity("e" + i, EntityType.values()[random.nextInt(3)], text, random.nextBoolean()
                    ? null : "IDN", null, text, List.of(new Span(i, i + 2, random.nextBoolean() ? null : text))));
        }
        double v = random.nextBoolean() ? random.nextInt(5000) : random.nextDouble() * 1e6;
        Quantity q = new Quantity(text, 1, 5, random.nextBoolean() ? null : v, v / 3, null, random.nextBoolean(),
                text, null);
        Claim claim = new Claim("c1", Predicate.values()[random.nextInt(Predicate.values().length)],
                new Count(v, null, random.nextBoolean() ? null : v * 2, true),
                ObjectCategory.values()[random.nextInt(ObjectCategory.values().length)], text, "e0", List.of(text),
                null, "e0", null, new Period(text, null), ClaimStatus.values()[random.nextInt(5)],
                List.of(new Response("e0", Stance.DENIED, random.nextBoolean() ? null : 3, 9)),
                List.of(Span.of(0, 4)), random.nextDouble());
        Event event = new Event("v1", EventType.values()[random.nextInt(EventType.values().length)], text,
                List.of("e0"), List.of(), Modality.values()[random.nextInt(6)], null, text, new Span(2, 6, text),
                List.of(), List.of("c1"), random.nextInt(2));
        return new Record(Record.SCHEMA, text, new Source(null, text, null), "id", random.nextBoolean() ? null : text,
                "2020-09-30", null, text, entities, List.of(q),
                List.of(new DateMention(text, 3, 7, "2020-09-27", Resolution.values()[random.nextInt(4)])),
                List.of(new Quote(text, 5, 15, null, text, "kata", random.nextBoolean())), List.of(claim),
                List.of(event), List.of(new Diagnostic("clean", text)));
    }
}
