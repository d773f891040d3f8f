package org.warta.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Records to and from JSON as the contract writes them: snake_case names, nulls kept, whole numbers without a
 * fraction ({@code 2300}, not {@code 2300.0}). {@link #canonical} sorts keys for golden files.
 */
public final class RecordJson {
    /** Built on first use: {@link #line} writes the contract's records without it (see {@link JsonLine}). */
    private static final class Line {
        static final ObjectMapper MAPPER = build(false);
    }

    /** Built on first use: only golden files and reviews need it. */
    private static final class Canonical {
        static final ObjectMapper MAPPER = build(true);
    }

    private RecordJson() {
    }

    private static ObjectMapper build(boolean canonical) {
        SimpleModule numbers = new SimpleModule("warta-numbers");
        numbers.addSerializer(Double.class, new WholeNumberSerializer());
        numbers.addSerializer(double.class, new WholeNumberSerializer());
        JsonMapper.Builder b = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(numbers);
        if (canonical) {
            b.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .enable(SerializationFeature.INDENT_OUTPUT);
        }
        return b.build();
    }

    /** The mapper used for records; shared, thread-safe. */
    public static ObjectMapper mapper() {
        return Line.MAPPER;
    }

    /** One line of JSON, no trailing newline. */
    public static String line(Object value) {
        String quick = JsonLine.write(value);
        if (quick != null) {
            return quick;
        }
        try {
            return Line.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Indented JSON in the writer's field order. */
    public static String pretty(Object value) {
        try {
            return Line.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Canonical JSON: sorted keys, 2-space indent, newline at the end. Golden files use it. */
    public static String canonical(Object value) {
        try {
            ObjectMapper canonical = Canonical.MAPPER;
            JsonNode tree = canonical.valueToTree(value);
            return canonical.writeValueAsString(canonical.treeToValue(tree, Object.class)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static Record read(String json) {
        try {
            return Line.MAPPER.readValue(json, Record.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a warta record: " + e.getOriginalMessage(), e);
        }
    }

    private static final class WholeNumberSerializer extends StdSerializer<Double> {
        WholeNumberSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value;
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                gen.writeNumber((long) d);
            } else {
                gen.writeNumber(d);
            }
        }
    }
}
