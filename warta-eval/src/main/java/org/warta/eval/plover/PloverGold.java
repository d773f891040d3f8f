package org.warta.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.model.EventType;

/**
 * Reads {@code PLOVER_GSR_CAMEO.json} (openeventdata/PLOVER, CC BY-SA 4.0): a JSON array of coded sentences; the
 * {@code DOCUMENT} entries are notes, not records. Old type names map through {@code type-map.tsv}.
 */
public final class PloverGold {
    private static final Map<String, EventType> TYPES = new HashMap<>();

    static {
        for (String[] row : EvalTable.rows("type-map.tsv")) {
            TYPES.put(row[0].strip(), EventType.valueOf(row[1].strip()));
        }
    }

    private PloverGold() {
    }

    /** Today's type for an old PLOVER type name, or null when the table has none. */
    public static EventType mapType(String old) {
        return TYPES.get(old.strip().toUpperCase(Locale.ROOT));
    }

    public static List<GoldRecord> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!root.isArray()) {
            throw new IOException("'" + file + "' is not a JSON array of PLOVER records; expected the file "
                    + "PLOVER_GSR_CAMEO.json from openeventdata/PLOVER.");
        }
        List<GoldRecord> out = new ArrayList<>();
        for (JsonNode n : root) {
            String old = n.path("event").asText("");
            if (old.equals("DOCUMENT") || !n.hasNonNull("text")) {
                continue;
            }
            EventType type = mapType(old);
            if (type == null) {
                throw new IOException("Record '" + n.path("id").asText() + "' has event type '" + old
                        + "', which type-map.tsv does not map; add it to the table.");
            }
            List<String> countries = new ArrayList<>();
            for (JsonNode s : n.path("source")) {
                String code = s.path("code").asText("");
                if (code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("NGO")) {
                    countries.add(code.substring(0, 3));
                }
            }
            out.add(new GoldRecord(n.path("id").asText(), n.path("text").asText().strip(), n.path("date").asText(null),
                    old, type, countries, number(n.get("dead")), number(n.get("injured"))));
        }
        return out;
    }

    private static Integer number(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.asInt();
        }
        try {
            return Integer.parseInt(n.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
