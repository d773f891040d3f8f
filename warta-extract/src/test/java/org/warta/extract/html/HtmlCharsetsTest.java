package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order of charset evidence follows the WHATWG encoding sniffing algorithm (BOM, transport, meta prescan). */
class HtmlCharsetsTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String TEXT = "Caf\u00e9 \u201cbaru\u201d \u2013 Rp 5.000";

    @Test
    void byteOrderMarkWinsOverEverythingAndIsDropped() {
        byte[] body = ("<meta charset=windows-1252><p>" + TEXT).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(HtmlCharsets.decode(bytes, "text/html; charset=iso-8859-2")).startsWith("<meta").endsWith(TEXT);
    }

    @Test
    void utf16WithBomIsRead() {
        byte[] bytes = ("<p>" + TEXT).getBytes(StandardCharsets.UTF_16);
        assertThat(HtmlCharsets.decode(bytes, null)).isEqualTo("<p>" + TEXT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<meta charset=\"windows-1252\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
            "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=latin1'>"})
    void readsTheMetaCharsetAndTakesIso88591ForWindows1252(String meta) {
        byte[] bytes = ("<html><head>" + meta + "</head><body>" + TEXT).getBytes(CP1252);
        assertThat(HtmlCharsets.decode(bytes, null)).endsWith(TEXT);
    }

    @Test
    void contentTypeHeaderComesBeforeTheMetaTag() {
        byte[] bytes = ("<meta charset=utf-8><p>" + TEXT).getBytes(CP1252);
        assertThat(HtmlCharsets.charset(bytes, "text/html; charset=\"windows-1252\"")).isEqualTo(CP1252);
    }

    @Test
    void detectsUtf8WhenNothingIsDeclared() {
        assertThat(HtmlCharsets.decode(("<p>" + TEXT).getBytes(StandardCharsets.UTF_8), null)).endsWith(TEXT);
    }

    @Test
    void detectsWindows1252WhenNothingIsDeclaredAndTheBytesAreNotUtf8() {
        assertThat(HtmlCharsets.decode(("<p>" + TEXT).getBytes(CP1252), null)).endsWith(TEXT);
    }

    @Test
    void utf8LabelOnWindows1252BytesIsTakenForWindows1252() {
        byte[] bytes = ("<meta charset=utf-8><p>" + TEXT).getBytes(CP1252);
        assertThat(HtmlCharsets.decode(bytes, null)).endsWith(TEXT);
    }

    @Test
    void latinLabelOnValidUtf8IsTakenForUtf8() {
        byte[] bytes = ("<meta charset=iso-8859-1><p>" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlCharsets.decode(bytes, null)).endsWith(TEXT);
    }

    @Test
    void invalidUtf8InAUtf8PageBecomesReplacementCharacters() {
        byte[] good = ("<meta charset=utf-8><p>" + TEXT + " ").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        assertThat(HtmlCharsets.decode(bytes, null)).contains(TEXT).endsWith("\uFFFD(");
    }

    @Test
    void unknownLabelFallsBackToDetection() {
        byte[] bytes = ("<meta charset=no-such-charset><p>" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlCharsets.decode(bytes, "text/html; charset=???")).endsWith(TEXT);
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(5000)];
            random.nextBytes(bytes);
            assertThat(HtmlCharsets.decode(bytes, random.nextBoolean() ? null : "text/html; charset=")).isNotNull();
        }
        assertThat(HtmlCharsets.decode(null, null)).isEmpty();
    }
}
