package org.warta.store.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * One batch at a time is written on a thread of its own while extraction goes on with the next.
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
        return run(sink -> extractor.run(items, sink), failures, progress);
    }

    /**
     * Stores records extracted before (by {@code warta extract}), without extracting again: the store's own
     * rate. A record with no text counts as failed; {@code failures} sees it with a null item.
     */
    public Progress runRecords(Iterator<Record> records, BiConsumer<Item, Record> failures, Consumer<Progress> progress) {
        return run(sink -> records.forEachRemaining(r -> sink.accept(null, r)), failures, progress);
    }

    private Progress run(Consumer<BiConsumer<Item, Record>> source, BiConsumer<Item, Record> failures,
                         Consumer<Progress> progress) {
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "warta-store");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(source, failures, progress, writer);
        } finally {
            writer.shutdownNow();
        }
    }

    private Progress run(Consumer<BiConsumer<Item, Record>> source, BiConsumer<Item, Record> failures,
                         Consumer<Progress> progress, ExecutorService writer) {
        long start = System.nanoTime();
        Counter c = new Counter(start, writer);
        List<Record> pending = new ArrayList<>();
        long[] lastFlush = {start};
        source.accept((item, record) -> {
            c.seen++;
            if ((item != null && item.isFailed()) || record.text().isBlank()) {
                c.failed++;
                failures.accept(item, record);
            } else {
                pending.add(record);
            }
            long now = System.nanoTime();
            if (pending.size() >= batchSize || now - lastFlush[0] >= maxDelay.toNanos()) {
                if (c.collect()) {
                    progress.accept(c.snapshot());
                }
                c.write(pending);
                lastFlush[0] = now;
            }
        });
        c.collect();
        c.write(pending);
        c.collect();
        Progress done = c.snapshot();
        progress.accept(done);
        return done;
    }

    /** The counts, and the batch being written. */
    private final class Counter {
        final long start;
        final ExecutorService writer;
        Future<AddResult> writing;
        long seen;
        long ingested;
        long duplicates;
        long failed;

        Counter(long start, ExecutorService writer) {
            this.start = start;
            this.writer = writer;
        }

        /** Starts writing the pending records (the batch before must have been collected). */
        void write(List<Record> pending) {
            if (pending.isEmpty()) {
                return;
            }
            List<Record> batch = List.copyOf(pending);
            pending.clear();
            writing = writer.submit(() -> store.add(batch));
        }

        /** Waits for the batch being written and counts it; false when none was being written. */
        boolean collect() {
            if (writing == null) {
                return false;
            }
            try {
                AddResult r = writing.get();
                ingested += r.added().size();
                duplicates += r.duplicates();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while storing a batch", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("Storing a batch failed: " + e.getCause(), e.getCause());
            } finally {
                writing = null;
            }
        }

        Progress snapshot() {
            return new Progress(seen, ingested, duplicates, failed, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
