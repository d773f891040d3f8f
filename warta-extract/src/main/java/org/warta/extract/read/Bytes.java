package org.warta.extract.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reading bounded bytes, telling text from binary data, and decoding plain text. */
final class Bytes {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Bytes() {
    }

    /** At most {@code limit} bytes; null when the stream holds more. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Binary when the first 8 KB hold a NUL byte or more than 10% control characters other than
     * whitespace (UTF-16 text without a BOM counts as binary here: news is not sent that way).
     */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    /** The text of a plain-text file: UTF-8 (with or without a BOM), else Windows-1252, with a note why. */
    static Decoded text(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new Decoded(s, null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), "The file is not valid UTF-8; it was read as "
                    + "Windows-1252. Convert it to UTF-8 if characters look wrong.");
        }
    }

    record Decoded(String text, String note) {
    }
}
