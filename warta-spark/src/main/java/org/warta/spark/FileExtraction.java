package org.warta.spark;

import org.warta.model.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.warta.extract.read.Item;
import org.warta.extract.read.Limits;
import org.warta.model.Record;

/**
 * One input file through the extractor, lazily, item by item: each readable article becomes its table rows
 * under its content key; an item the reader refused, a file that cannot be opened or breaks off, or an
 * extractor crash becomes a failure piece. Nothing here throws: one bad file never fails the job.
 */
final class FileExtraction implements Iterator<Piece> {
    private final InputFile file;
    private final Limits limits;
    private final Map<String, String> hadoopConf;
    private final LocalDateTime started;
    private FileItems open;
    private int position;
    private boolean opened;
    private boolean done;
    private Piece next;

    FileExtraction(InputFile file, Limits limits, Map<String, String> hadoopConf, LocalDateTime started) {
        this.file = file;
        this.limits = limits;
        this.hadoopConf = hadoopConf;
        this.started = started;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Piece next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Piece p = next;
        next = null;
        return p;
    }

    private long order() {
        return ((long) file.index() << 32) | position;
    }

    private Piece advance() {
        if (!opened) {
            opened = true;
            try {
                open = FileItems.open(file, limits, hadoopConf);
            } catch (IOException | RuntimeException e) {
                done = true;
                return Piece.failure(order(), file.path(), file.path(), FailureReason.UNREADABLE_FILE,
                        "Could not open '" + file.path() + "' (" + e.getClass().getSimpleName() + ": "
                                + e.getMessage() + "); check the path and the permissions.");
            }
        }
        Item item;
        try {
            if (!open.items().hasNext()) {
                finish();
                return null;
            }
            item = open.items().next();
        } catch (UncheckedIOException | IllegalStateException e) {
            finish();
            return Piece.failure(order(), file.path(), file.path(), FailureReason.BROKEN_FILE, "'" + file.path()
                    + "' breaks off after item " + position + " (" + e.getMessage() + "); the items before it were read.");
        }
        position++;
        if (item.isFailed()) {
            String message = item.failure().message();
            return Piece.failure(order(), file.path(), item.name(), FailureReason.of(message), message);
        }
        try {
            Record r = ExtractorHolder.extractor().extract(item.article());
            String key = ContentHash.of(r);
            return Piece.article(key, order(), file.path(), item.name(), RecordRows.of(r, key, order(), started));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // one article that blows the heap or the stack fails alone; what it allocated is garbage by now
            return Piece.failure(order(), file.path(), item.name(), FailureReason.EXTRACTION_ERROR, "The extractor "
                    + "failed on '" + item.name() + "' (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report it with the article attached.");
        }
    }

    private void finish() {
        done = true;
        try {
            open.close();
        } catch (IOException | RuntimeException e) {
            // closing a read-only file cannot lose data; the items were already read
        }
    }
}
