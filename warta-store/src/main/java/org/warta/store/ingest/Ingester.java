package org.warta.store.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.warta.extract.batch.BatchExtractor;
import org.warta.extract.read.Item;
import org.warta.model.Record;
import org.warta.store.AddResult;
import org.warta.store.Store;

/**
 * Extracts items on all cores (in input order) and stores them in batches. A batch is written when it holds
 * {@code batchSize} records or has waited {@code maxDelay}; progress is reported only after a batch is
 * durable, so whatever was reported as ingested survives a crash, and a rerun skips it by content hash.
 */
public final class Ingester {
    private final Store store;
    private final BatchExtractor extractor;
    private final int batchSize;
    private final Duration maxDelay;

    /** Counts so far; {@code seen} = items read. */
    public record Progress(long seen, long ingested, long duplicates, long failed, Duration elapsed) {
        public double rate() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : seen / s;
        }
    }

    public Ingester(Store store, BatchExtractor extractor, int batchSize, Duration maxDelay) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        this.store = store;
        this.extractor = extractor;
        this.batchSize = batchSize;
        this.maxDelay = maxDelay;
    }

    /**
     * Ingests every item; {@code failures} sees each item that could not be read or had no text (with its record's diagnostics), {@code progress} the counts
     * after each stored batch. Returns the final counts.
     */
    public Progress run(Iterator<Item> items, BiConsumer<Item, Record> failures, Consumer<Progress> progress) {
        long start = System.nanoTime();
        Counter c = new Counter(start);
        List<Record> pending = new ArrayList<>();
        long[] lastFlush = {start};
        extractor.run(items, (item, record) -> {
            c.seen++;
            if (item.isFailed() || record.text().isBlank()) {
                c.failed++;
                failures.accept(item, record);
            } else {
                pending.add(record);
            }
            long now = System.nanoTime();
            if (pending.size() >= batchSize || now - lastFlush[0] >= maxDelay.toNanos()) {
                flush(pending, c);
                lastFlush[0] = now;
                progress.accept(c.snapshot());
            }
        });
        flush(pending, c);
        Progress done = c.snapshot();
        progress.accept(done);
        return done;
    }

    private void flush(List<Record> pending, Counter c) {
        if (pending.isEmpty()) {
            return;
        }
        AddResult r = store.add(pending);
        c.ingested += r.added().size();
        c.duplicates += r.duplicates();
        pending.clear();
    }

    private static final class Counter {
        final long start;
        long seen;
        long ingested;
        long duplicates;
        long failed;

        Counter(long start) {
            this.start = start;
        }

        Progress snapshot() {
            return new Progress(seen, ingested, duplicates, failed, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
