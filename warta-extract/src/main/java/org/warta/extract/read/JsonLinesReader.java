package org.warta.extract.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.warta.extract.RawArticle;

/**
 * JSON Lines of {@code {"id", "text" or "html", "url", "published", "language"}}: one item per non-blank line,
 * in order, the input id kept. A line that is not a JSON object, or has neither text nor html, becomes a failed
 * item naming the line; reading goes on.
 */
public final class JsonLinesReader extends LookAheadItems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BoundedLines in;
    private final String source;
    private final Limits limits;
    private int lineNumber;

    public JsonLinesReader(BufferedReader in, String source, Limits limits) {
        this.in = new BoundedLines(in, limits.maxBytes());
        this.source = source;
        this.limits = limits;
    }

    @Override
    protected Item advance() {
        try {
            BoundedLines.Line line;
            while ((line = in.next()) != null) {
                lineNumber++;
                if (line.tooLong()) {
                    return tooLong(line.length(), source + ":" + lineNumber);
                }
                if (!line.text().isBlank()) {
                    return parse(line.text(), source + ":" + lineNumber);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source + " after line " + lineNumber, e);
        }
    }

    private Item tooLong(long length, String name) {
        return Item.failed(name, null, "Line " + lineNumber + " of " + source + " has " + length
                + " characters, more than the limit of " + limits.maxBytes() + "; split the article or raise --max-bytes.");
    }

    Item parse(String line, String name) {
        if (line.length() > limits.maxBytes()) {
            return tooLong(line.length(), name);
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Item.failed(name, null, "Line " + lineNumber + " of " + source + " is not valid JSON ("
                    + e.getOriginalMessage() + "); expected an object like {\"id\": \"a1\", \"text\": \"...\"}.");
        }
        if (node == null || !node.isObject()) {
            return Item.failed(name, null, "Line " + lineNumber + " of " + source + " is a JSON "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))
                    + ", not an object; expected {\"id\": \"a1\", \"text\": \"...\"}.");
        }
        String id = string(node, "id");
        String text = string(node, "text");
        String html = string(node, "html");
        if (text == null && html == null) {
            return Item.failed(name, id, "Line " + lineNumber + " of " + source
                    + " has neither a \"text\" nor an \"html\" string; give one of them.");
        }
        return Item.ok(name, new RawArticle(id, text, html, string(node, "url"), string(node, "published"),
                string(node, "language"), null), List.of());
    }

    /** A field as text: strings as they are, numbers as written (an id of 42 becomes "42"), else null. */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : null;
    }
}
