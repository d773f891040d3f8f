package org.warta.cli.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Bad inputs built in the test, streaming, never committed: huge files and gzip bombs. */
final class HostileFiles {
    private static final int MB = 1024 * 1024;

    private HostileFiles() {
    }

    /** {@code head}, then {@code filler} repeated to {@code bytes} in total. */
    static Path huge(Path file, String head, String filler, long bytes) throws IOException {
        byte[] block = filler.repeat(Math.max(1, MB / filler.length())).getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long written = ch.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.UTF_8)));
            while (written < bytes) {
                int n = (int) Math.min(block.length, bytes - written);
                written += ch.write(ByteBuffer.wrap(block, 0, n));
            }
        }
        return file;
    }

    /**
     * A gzip member of {@code head}, {@code zeros} zero bytes and {@code tail}, made without compressing the
     * zeros: one megabyte of them is deflated once (ending in a full flush, so it refers to nothing before it)
     * and its output repeated. The CRC is computed over the real bytes.
     */
    static void gzipMember(OutputStream out, byte[] head, long zeros, byte[] tail) throws IOException {
        byte[] mb = new byte[MB];
        byte[] start = deflate(head, Deflater.FULL_FLUSH);
        byte[] chunk = deflate(mb, Deflater.FULL_FLUSH);
        byte[] rest = deflate(Arrays.copyOf(mb, (int) (zeros % MB)), Deflater.FULL_FLUSH);
        byte[] end = deflate(tail, -1);
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < zeros / MB; i++) {
            crc.update(mb);
        }
        crc.update(mb, 0, (int) (zeros % MB));
        crc.update(tail);
        long size = head.length + zeros + tail.length;
        out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        out.write(start);
        for (long i = 0; i < zeros / MB; i++) {
            out.write(chunk);
        }
        out.write(rest);
        out.write(end);
        writeIntLe(out, crc.getValue());
        writeIntLe(out, size & 0xffffffffL);
    }

    private static byte[] deflate(byte[] data, int flush) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        if (flush < 0) {
            d.finish();
        }
        byte[] buf = new byte[data.length + 1024];
        int n = 0;
        if (flush < 0) {
            while (!d.finished()) {
                n += d.deflate(buf, n, buf.length - n);
            }
        } else {
            int k;
            do { // a flush is complete when the output did not fill the space given
                k = d.deflate(buf, n, buf.length - n, flush);
                n += k;
            } while (k > 0 && n == buf.length);
        }
        d.end();
        return Arrays.copyOf(buf, n);
    }

    private static void writeIntLe(OutputStream out, long v) throws IOException {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    /** The WARC header of a response record whose block has {@code blockLength} bytes. */
    static byte[] warcHeader(String url, long blockLength, int n) {
        return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2020-09-28T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + n + ">\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + blockLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** One ordinary gzipped WARC response record holding {@code html}. */
    static void warcRecord(OutputStream out, String url, String html, int n) throws IOException {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html)
                .getBytes(StandardCharsets.UTF_8);
        GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out));
        gz.write(warcHeader(url, http.length, n));
        gz.write(http);
        gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        gz.close();
    }

    /** Lets a gzip stream finish its member without closing the file under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static OutputStream create(Path file) throws IOException {
        return new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }
}
