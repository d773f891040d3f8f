package org.warta.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Finds where the next WARC record's gzip member starts in a {@code .warc.gz} file by scanning its compressed
 * bytes, so that a record too large to read is skipped without inflating it: a gzip bomb of 10 GiB is about 10
 * MB on disk, scanned in milliseconds, where inflating it to reach the next record takes a minute. A candidate
 * (the gzip magic and deflate method, {@code 1f 8b 08}) counts only when it inflates to the start of a WARC
 * record ({@code WARC/}), so bytes inside the compressed data that happen to look like a header are passed over.
 */
final class GzipMembers {
    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private GzipMembers() {
    }

    /** The offset of the first gzip member at or after {@code from} that holds a WARC record; -1 when none. */
    static long nextWarcMember(Path file, long from) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long base = from;
            while (base < ch.size()) {
                buf.clear();
                int n = ch.read(buf, base);
                if (n < 3) {
                    return -1;
                }
                byte[] b = buf.array();
                for (int i = 0; i + 2 < n; i++) {
                    if (b[i] == 0x1f && b[i + 1] == (byte) 0x8b && b[i + 2] == 8 && startsWarc(ch, base + i)) {
                        return base + i;
                    }
                }
                base += n - 2; // the last two bytes again: a magic may straddle the chunks
            }
            return -1;
        }
    }

    private static boolean startsWarc(FileChannel ch, long at) {
        try (InputStream in = new GZIPInputStream(new PositionalInput(ch, at), 512)) {
            byte[] head = in.readNBytes(WARC.length);
            return java.util.Arrays.equals(head, WARC);
        } catch (IOException | RuntimeException e) {
            return false; // not a member's start after all
        }
    }

    /** Reads a channel from an offset without moving the channel's own position. */
    private static final class PositionalInput extends InputStream {
        private final FileChannel ch;
        private long at;

        PositionalInput(FileChannel ch, long at) {
            this.ch = ch;
            this.at = at;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = ch.read(ByteBuffer.wrap(b, off, len), at);
            if (n > 0) {
                at += n;
            }
            return n;
        }

        @Override
        public void close() {
            // the channel belongs to the caller
        }
    }
}
