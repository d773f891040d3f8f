package org.warta.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article's identity in the store and the Spark job: the first 16 hex digits of the SHA-256 of its language, title and
 * cleaned text, so the same article read twice (from two files, a rerun, a WARC and a JSON line) is one row.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Record r) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.valueOf(r.language()).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(String.valueOf(r.title()).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(r.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
