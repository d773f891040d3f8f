package org.warta.extract.read;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a reader, each held in memory only up to a limit: a longer line is read through to its end and
 * reported by its length alone, so one huge line cannot exhaust the heap.
 */
final class BoundedLines {
    private final Reader in;
    private final long limit;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int end;

    BoundedLines(Reader in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** One line: its text, or null text with its length when longer than the limit. */
    record Line(String text, long length) {
        boolean tooLong() {
            return text == null;
        }
    }

    /** The next line without its terminator ({@code \n}, {@code \r\n} or {@code \r}), or null at the end. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                return any ? line(sb, length) : null;
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            length += pos - start;
            if (length <= limit) {
                sb.append(buf, start, pos - start);
            } else if (sb.length() > 0) {
                sb = new StringBuilder(); // over the limit: let go of what was kept, count the rest
            }
            if (pos < end) {
                char c = buf[pos++];
                if (c == '\r' && (pos < end || fill()) && buf[pos] == '\n') {
                    pos++;
                }
                return line(sb, length);
            }
        }
    }

    private Line line(StringBuilder sb, long length) {
        return length > limit ? new Line(null, length) : new Line(sb.toString(), length);
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
