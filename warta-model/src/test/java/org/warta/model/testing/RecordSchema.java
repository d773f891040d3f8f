package org.warta.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.warta.model.RecordJson;

/** Validates emitted JSON against the contract's schema (the copy shipped in warta-model). */
public final class RecordSchema {
    private static final JsonSchema SCHEMA = load();

    private RecordSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = RecordSchema.class.getResourceAsStream("/org/warta/model/record.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("record.schema.json is missing from warta-model's resources");
            }
            // The schema's $id is relative ("warta.record/1"); give it an absolute base to resolve against.
            JsonNode schema = RecordJson.mapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of("https://schema.warta.invalid/record.schema.json"), schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about one JSON document, empty when it is valid. */
    public static Set<String> problems(String json) {
        try {
            JsonNode node = RecordJson.mapper().readTree(json);
            Set<ValidationMessage> errors = SCHEMA.validate(node);
            return errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            return Set.of("not JSON: " + e.getMessage());
        }
    }

    /** Fails the test, listing what is wrong, unless {@code json} is a valid record. */
    public static void assertValid(String json) {
        assertThat(problems(json)).as("schema problems in %s", json.length() > 300 ? json.substring(0, 300) + "..." : json)
                .isEmpty();
    }
}
