package org.warta.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.warta.store.ingest.Ingester;

/**
 * Ingest progress on stderr: a redrawn bar with articles, rate and ETA on a terminal; a plain line every few
 * seconds otherwise (logs, CI); a summary at the end.
 */
final class ProgressLine {
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private long lastPlain;

    /** @param total the number of items when known in advance, else -1 (no bar, no ETA) */
    ProgressLine(PrintWriter err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    boolean isTerminal() {
        return terminal;
    }

    void update(Ingester.Progress p) {
        if (terminal) {
            err.print("\r" + bar(p) + "   ");
            err.flush();
        } else if (System.nanoTime() - lastPlain >= PLAIN_EVERY_NANOS) {
            lastPlain = System.nanoTime();
            err.println("warta: " + counts(p));
            err.flush();
        }
    }

    String bar(Ingester.Progress p) {
        StringBuilder b = new StringBuilder();
        if (total > 0) {
            int width = 24;
            int filled = (int) Math.min(width, p.seen() * width / total);
            b.append('[').append("=".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            b.append(p.seen()).append('/').append(total).append(" articles");
        } else {
            b.append(p.seen()).append(" articles");
        }
        b.append(String.format(Locale.ROOT, ", %.0f/s", p.rate()));
        if (total > 0 && p.rate() > 0 && p.seen() < total) {
            b.append(", ETA ").append(clock(Duration.ofSeconds((long) ((total - p.seen()) / p.rate()))));
        }
        return b.toString();
    }

    static String counts(Ingester.Progress p) {
        return String.format(Locale.ROOT, "%d read, %d ingested, %d duplicates, %d failed, %.0f articles/s",
                p.seen(), p.ingested(), p.duplicates(), p.failed(), p.rate());
    }

    void summary(Ingester.Progress p) {
        if (terminal) {
            err.println();
        }
        err.println(String.format(Locale.ROOT, "warta: ingested %d, duplicates %d, failed %d, in %s (%.0f articles/s)",
                p.ingested(), p.duplicates(), p.failed(), clock(p.elapsed()), p.rate()));
        err.flush();
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
