package org.warta.extract.html;

import java.nio.charset.StandardCharsets;

/** Bytes of a web page -> text. This first version reads UTF-8; issue 4 adds BOM, meta charset and detection. */
public final class HtmlCharsets {
    private HtmlCharsets() {
    }

    /**
     * @param contentType the HTTP Content-Type header when known (from a WARC record), else null
     */
    public static String decode(byte[] bytes, String contentType) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
