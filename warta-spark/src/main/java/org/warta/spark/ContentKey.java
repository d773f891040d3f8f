package org.warta.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.warta.model.Record;

/**
 * An article's key, the same as the store's ({@code org.warta.store.ContentHash}): the first 16 hex digits of
 * the SHA-256 of language, title and clean text, NUL-separated. Two inputs with the same key are one article.
 */
public final class ContentKey {
    private ContentKey() {
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
