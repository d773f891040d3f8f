package org.warta.spark;

import java.util.Locale;

/** What an input file holds; {@code AUTO} tells by the name. */
public enum InputFormat {
    AUTO, WARC, JSONL;

    /** The format of a file by its name, or null when the name does not say. */
    public static InputFormat byName(String path) {
        String n = path.toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return WARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".ndjson.gz")) {
            return JSONL;
        }
        return null;
    }

    public static InputFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown --format '" + s + "'; expected auto, warc or jsonl.");
        }
    }
}
