package org.warta.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
    private static List<String> lines(Reader in, long limit) throws IOException {
        BoundedLines lines = new BoundedLines(in, limit);
        List<String> out = new ArrayList<>();
        for (BoundedLines.Line l = lines.next(); l != null; l = lines.next()) {
            out.add(l.tooLong() ? "<" + l.length() + " chars>" : l.text());
        }
        return out;
    }

    @Test
    void splitsOnEveryLineEndAndKeepsALastLineWithoutOne() throws IOException {
        assertThat(lines(new StringReader("a\nb\r\nc\rd\n\ne"), 10)).containsExactly("a", "b", "c", "d", "", "e");
    }

    @Test
    void reportsALineOverTheLimitByItsLengthAndGoesOn() throws IOException {
        assertThat(lines(new StringReader("short\n" + "x".repeat(200_000) + "\r\nnext"), 1000))
                .containsExactly("short", "<200000 chars>", "next");
    }

    @Test
    void holdsNoMoreThanTheLimitOfAHugeLine() throws IOException {
        long size = 300L * 1024 * 1024; // larger than a test heap would hold as one String
        Reader endless = new Reader() {
            long left = size;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(cbuf, off, off + n, 'z');
                left -= n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        assertThat(lines(endless, 4096)).containsExactly("<" + size + " chars>");
    }

    @Test
    void aCarriageReturnAtTheEndOfABufferStillPairsWithTheNextNewline() throws IOException {
        String first = "y".repeat(64 * 1024 - 1);
        assertThat(lines(new StringReader(first + "\r\nz"), 1 << 20)).containsExactly(first, "z");
    }
}
