package org.warta.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.warta.model.Diagnostic;
import org.warta.model.Record;
import org.warta.model.RecordJson;
import org.warta.model.Source;

/**
 * Records read back from JSON Lines files (as {@code warta extract -o records.jsonl} writes them, optionally
 * gzipped), one file after another, a line at a time. A line that is not a record, or a file that cannot be
 * read, becomes a failed record (no text) naming the file and line, so ingest counts it and goes on.
 */
final class RecordLines implements Iterator<Record> {
    private final Iterator<Path> files;
    private Path file;
    private BufferedReader reader;
    private int lineNo;
    private Record next;

    RecordLines(List<Path> files) {
        this.files = files.iterator();
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (reader == null) {
                if (!files.hasNext()) {
                    return false;
                }
                open(files.next());
                continue;
            }
            try {
                String line = reader.readLine();
                lineNo++;
                if (line == null) {
                    reader.close();
                    reader = null;
                } else if (!line.isBlank()) {
                    next = parse(line);
                }
            } catch (IOException e) {
                next = failed("could not be read further (" + e.getMessage() + ")");
                closeQuietly();
            }
        }
        return true;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Record r = next;
        next = null;
        return r;
    }

    private void open(Path f) {
        file = f;
        lineNo = 0;
        try {
            InputStream in = Files.newInputStream(f);
            if (f.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException | UncheckedIOException e) {
            next = failed("could not be opened (" + e.getMessage() + ")");
        }
    }

    private Record parse(String line) {
        try {
            Record r = RecordJson.read(line);
            return r.text() != null ? r : failed("has a record with no \"text\"");
        } catch (RuntimeException e) {
            return failed("is not a Warta record (" + e.getMessage().lines().findFirst().orElse("") + "); expected one "
                    + "record per line as 'warta extract -o records.jsonl' writes");
        }
    }

    private Record failed(String why) {
        String where = file + (lineNo > 0 ? ":" + lineNo : "");
        return Record.failed(where, new Source(null, null, where), new Diagnostic("ingest",
                (lineNo > 0 ? "Line " + lineNo + " of '" + file + "'" : "'" + file + "'") + " " + why + "."));
    }

    private void closeQuietly() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // already failed; the failure is reported
        }
        reader = null;
    }
}
