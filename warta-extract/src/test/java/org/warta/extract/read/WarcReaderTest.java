package org.warta.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcReaderTest {
    @TempDir
    Path dir;

    /** One WARC record as CC-NEWS writes it: a gzip member per record, HTTP headers then the body. */
    private static void record(OutputStream out, String type, String url, byte[] block, String contentType)
            throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        String h = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Date: 2020-09-30T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
                + "WARC-Target-URI: " + url + "\r\nContent-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        head.write(h.getBytes(StandardCharsets.US_ASCII));
        head.write(block);
        head.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        try (GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out))) {
            gz.write(head.toByteArray());
        }
    }

    private static byte[] http(String status, String contentType, String extraHeader, byte[] body) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\n" + extraHeader
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        b.write(body);
        return b.toByteArray();
    }

    private List<Item> read(Path file, Limits limits) throws IOException {
        List<Item> items = new ArrayList<>();
        try (WarcReader r = new WarcReader(file, limits)) {
            r.forEachRemaining(items::add);
        }
        return items;
    }

    @Test
    void readsHtmlResponsesAndNamesWhatItCannotUse() throws IOException {
        Path file = dir.resolve("news.warc.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            record(out, "warcinfo", "", "software: test\r\n".getBytes(StandardCharsets.UTF_8), "application/warc-fields");
            record(out, "request", "https://a.example/1", "GET /1 HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8),
                    "application/http; msgtype=request");
            record(out, "response", "https://a.example/1", http("200 OK", "text/html; charset=utf-8", "",
                    "<html><body><p>Berita pertama.</p></body></html>".getBytes(StandardCharsets.UTF_8)),
                    "application/http; msgtype=response");
            record(out, "response", "https://a.example/logo.png", http("200 OK", "image/png", "", new byte[]{1, 2}),
                    "application/http; msgtype=response");
            record(out, "response", "https://a.example/gone", http("404 Not Found", "text/html", "", new byte[0]),
                    "application/http; msgtype=response");
        }
        List<Item> items = read(file, Limits.DEFAULT);
        assertThat(items).hasSize(3);
        assertThat(items.get(0).isFailed()).isFalse();
        assertThat(items.get(0).article().url()).isEqualTo("https://a.example/1");
        assertThat(items.get(0).article().html()).contains("Berita pertama.");
        assertThat(items.get(1).failure().message()).contains("'image/png', not HTML");
        assertThat(items.get(2).failure().message()).contains("HTTP status 404");
    }

    @Test
    void refusesAGzipBombBeyondTheLimit() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            gz.write(new byte[2_000_000]);
        }
        Path file = dir.resolve("bomb.warc.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            record(out, "response", "https://a.example/bomb", http("200 OK", "text/html",
                    "Content-Encoding: gzip\r\n", bomb.toByteArray()), "application/http; msgtype=response");
        }
        List<Item> items = read(file, new Limits(100_000));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).failure().message()).contains("larger than 100000 bytes once decoded");
    }

    @Test
    void skipsARecordThatDeclaresTooManyBytesAndReadsTheNextPastFalseGzipHeaders() throws IOException {
        // random bytes are stored, not compressed, so the fake gzip members inside appear as such in the file
        byte[] body = new byte[300_000];
        new java.util.Random(3).nextBytes(body);
        ByteArrayOutputStream fake = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(fake)) {
            gz.write("not a WARC record".getBytes(StandardCharsets.US_ASCII));
        }
        for (int at = 1_000; at < body.length - 1_000; at += 50_000) {
            System.arraycopy(fake.toByteArray(), 0, body, at, fake.size());
            body[at + 25_000] = 0x1f;
            body[at + 25_001] = (byte) 0x8b;
            body[at + 25_002] = 8;
        }
        Path file = dir.resolve("large.warc.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            record(out, "response", "https://a.example/large", http("200 OK", "text/html", "", body),
                    "application/http; msgtype=response");
            record(out, "response", "https://a.example/next", http("200 OK", "text/html", "",
                    "<p>Berita sesudahnya.</p>".getBytes(StandardCharsets.UTF_8)), "application/http; msgtype=response");
        }
        List<Item> items = read(file, new Limits(100_000));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).failure().message()).contains("https://a.example/large")
                .contains("larger than 100000 bytes (it declares");
        assertThat(items.get(1).isFailed()).isFalse();
        assertThat(items.get(1).article().html()).contains("Berita sesudahnya.");
    }

    @Test
    void endsWithAFailedItemWhenTheFileIsCutShort() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        record(whole, "response", "https://a.example/1", http("200 OK", "text/html", "",
                "<p>satu</p>".getBytes(StandardCharsets.UTF_8)), "application/http; msgtype=response");
        int first = whole.size();
        record(whole, "response", "https://a.example/2", http("200 OK", "text/html", "",
                "<p>dua dua dua dua dua dua dua dua dua dua</p>".getBytes(StandardCharsets.UTF_8)),
                "application/http; msgtype=response");
        byte[] bytes = whole.toByteArray();
        Path file = dir.resolve("cut.warc.gz");
        Files.write(file, java.util.Arrays.copyOf(bytes, first + (bytes.length - first) / 2));
        List<Item> items = read(file, Limits.DEFAULT);
        assertThat(items.get(0).isFailed()).isFalse();
        assertThat(items.get(items.size() - 1).isFailed()).isTrue();
        assertThat(items.get(items.size() - 1).failure().message()).contains("cut.warc.gz");
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
