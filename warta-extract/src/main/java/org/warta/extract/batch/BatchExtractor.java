package org.warta.extract.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.warta.extract.Extractor;
import org.warta.extract.read.Item;
import org.warta.model.Diagnostic;
import org.warta.model.Record;
import org.warta.model.Source;

/**
 * Runs the extractor over a stream of items on {@code threads} threads and hands each (item, record) pair to a
 * consumer in input order. At most a small window of items is in flight, so memory stays bounded on streams of
 * any length. A failed item becomes a record with its reason as a diagnostic.
 */
public final class BatchExtractor {
    private final Extractor extractor;
    private final int threads;

    public BatchExtractor(Extractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.extractor = extractor;
        this.threads = threads;
    }

    /** The record for one item: extracted, or the failure as a record. */
    public Record extract(Item item) {
        if (item.isFailed()) {
            String id = item.id() != null ? item.id() : item.name();
            return Record.failed(id, new Source(null, null, item.name()), item.failure());
        }
        Record r = extractor.extract(item.article());
        return item.notes().isEmpty() ? r : r.withDiagnostics(item.notes());
    }

    /** Extracts every item; {@code sink} sees them in input order, on the calling thread. */
    public void run(Iterator<Item> items, BiConsumer<Item, Record> sink) {
        if (threads == 1) {
            items.forEachRemaining(item -> sink.accept(item, extract(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "warta-extract");
            t.setDaemon(true);
            return t;
        });
        int window = threads * 16;
        Deque<Pending> inFlight = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                Item item = items.next();
                inFlight.add(new Pending(item, pool.submit(() -> extract(item))));
                if (inFlight.size() >= window) {
                    drainOne(inFlight, sink);
                }
            }
            while (!inFlight.isEmpty()) {
                drainOne(inFlight, sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void drainOne(Deque<Pending> inFlight, BiConsumer<Item, Record> sink) {
        Pending p = inFlight.poll();
        Record r;
        try {
            r = p.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting " + p.item.name(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            r = Record.failed(p.item.id() != null ? p.item.id() : p.item.name(), new Source(null, null, p.item.name()),
                    new Diagnostic("extract", "Extraction failed (" + cause.getClass().getSimpleName() + ": "
                            + cause.getMessage() + "); please report it with the article attached."));
        }
        sink.accept(p.item, r);
    }

    private record Pending(Item item, Future<Record> result) {
    }
}
