package org.warta.extract.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of a web page -> text. The charset comes from, in order: a byte-order mark, the HTTP {@code Content-Type}
 * header, a {@code <meta charset>} or {@code http-equiv} in the first 4 KB, then the bytes themselves (valid UTF-8
 * with multi-byte sequences is UTF-8, anything else Windows-1252). As browsers do, ISO-8859-1 and US-ASCII labels
 * are read as Windows-1252; a single-byte label on bytes that are valid multi-byte UTF-8 loses to UTF-8, and a UTF-8
 * label on bytes with no valid multi-byte sequence but invalid ones is taken for Windows-1252. Otherwise invalid
 * UTF-8 becomes U+FFFD. Never throws.
 */
public final class HtmlCharsets {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
    private static final Pattern META = Pattern.compile("(?i)<meta\\s[^>]*charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
    private static final int PRESCAN = 4096;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlCharsets() {
    }

    /**
     * @param contentType the HTTP Content-Type header when known (from a WARC record), else null
     */
    public static String decode(byte[] bytes, String contentType) {
        if (bytes == null) {
            return "";
        }
        String text = new String(bytes, charset(bytes, contentType));
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** The charset {@link #decode} uses. */
    public static Charset charset(byte[] bytes, String contentType) {
        if (bytes == null || bytes.length == 0) {
            return StandardCharsets.UTF_8;
        }
        Charset bom = fromBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = null;
        if (contentType != null) {
            Matcher m = CHARSET.matcher(contentType);
            declared = m.find() ? byLabel(m.group(1)) : null;
        }
        if (declared == null) {
            Matcher m = META.matcher(new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1));
            declared = m.find() ? byLabel(m.group(1)) : null;
        }
        Utf8Check check = Utf8Check.of(bytes);
        if (declared == null) {
            return check.invalid() == 0 || check.multiByte() > 10 * check.invalid() ? StandardCharsets.UTF_8
                    : WINDOWS_1252;
        }
        if (declared.equals(StandardCharsets.UTF_8)) {
            return check.multiByte() == 0 && check.invalid() > 0 ? WINDOWS_1252 : declared;
        }
        if (isSingleByteLatin(declared) && check.invalid() == 0 && check.multiByte() > 0) {
            return StandardCharsets.UTF_8;
        }
        return declared;
    }

    private static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16;
        }
        return null;
    }

    /** A charset by its label, with the browsers' aliases; null for an unknown label. */
    static Charset byLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1",
                    "cp1252", "windows-1252", "x-cp1252":
                return WINDOWS_1252;
            case "utf8", "utf-8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be":
                // a UTF-16 label in a page read as bytes is always wrong: the prescan could read it
                return StandardCharsets.UTF_8;
            default:
                break;
        }
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isSingleByteLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.startsWith("windows-125") || n.startsWith("iso-8859");
    }

    /** Counts of valid multi-byte sequences and invalid bytes when the bytes are read as UTF-8. */
    record Utf8Check(int multiByte, int invalid) {
        static Utf8Check of(byte[] b) {
            int multi = 0;
            int bad = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                        : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                if (need == 0) {
                    i++;
                    continue;
                }
                boolean ok = need > 0;
                for (int k = 1; ok && k <= need; k++) {
                    ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
                }
                if (ok) {
                    multi++;
                    i += need + 1;
                } else {
                    bad++;
                    i++;
                }
            }
            return new Utf8Check(multi, bad);
        }
    }
}
