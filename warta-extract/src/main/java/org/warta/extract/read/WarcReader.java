package org.warta.extract.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.warta.extract.RawArticle;
import org.warta.extract.html.HtmlCharsets;

/**
 * WARC files ({@code .warc}, {@code .warc.gz}), as Common Crawl's CC-NEWS stores news pages: each HTTP
 * response record with an HTML payload becomes an item, its target URL kept. Other record types (request,
 * metadata, warcinfo) are skipped; a response that is not HTML, not a 200, or cannot be decoded becomes a
 * failed item saying why; a body that inflates beyond {@link Limits} is refused, not read into memory. A file
 * cut short ends the items with one failed item naming where.
 */
public final class WarcReader extends LookAheadItems implements Closeable {
    private final org.netpreserve.jwarc.WarcReader warc;
    /** The file, when reading one (a record too large is then skipped without inflating it); else null. */
    private final Path file;
    private final String source;
    private final Limits limits;
    private int number;
    private boolean done;

    public WarcReader(Path file, Limits limits) throws IOException {
        this.source = file.toString();
        this.file = file;
        this.limits = limits;
        this.warc = opened(() -> new org.netpreserve.jwarc.WarcReader(file));
    }

    /** WARC records from a stream ({@code .warc} or {@code .warc.gz}, told by its first bytes), named {@code source}. */
    public WarcReader(InputStream in, String source, Limits limits) throws IOException {
        this.source = source;
        this.file = null;
        this.limits = limits;
        this.warc = opened(() -> new org.netpreserve.jwarc.WarcReader(in));
    }

    private interface Opening {
        org.netpreserve.jwarc.WarcReader open() throws IOException;
    }

    /** jwarc's reader, or null when the file ends before its first record could be told apart (then one failed item). */
    private org.netpreserve.jwarc.WarcReader opened(Opening opening) throws IOException {
        try {
            return opening.open();
        } catch (java.io.EOFException e) {
            return null; // found by fuzzing: fewer than 4 bytes made jwarc's constructor throw
        }
    }

    public static boolean isWarcName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override
    protected Item advance() {
        Item item = null;
        while (item == null && !done) {
            item = record();
        }
        return item;
    }

    /** The next record's item, or null to look further (a skipped record) with {@code done} set at the end. */
    private Item record() {
        if (warc == null) {
            done = true;
            return Item.failed(source, null, "The WARC file '" + source + "' is empty or cut short before its first "
                    + "record; re-download it.");
        }
        Optional<WarcRecord> record;
        long position = warc.position();
        try {
            record = warc.next();
        } catch (IOException | RuntimeException e) {
            done = true;
            return Item.failed(source + "@" + position, null, "The WARC file '" + source + "' is broken at byte "
                    + position + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); the records before it were read. Re-download the file.");
        }
        if (record.isEmpty()) {
            done = true;
            close();
            return null;
        }
        Item tooLarge = skipIfTooLarge(record.get(), position);
        if (tooLarge != null || !(record.get() instanceof WarcResponse response)) {
            return tooLarge;
        }
        number++;
        String name = source + "#" + number;
        try {
            String url = response.target();
            name = source + "#" + number + " " + url;
            var http = response.http();
            if (http.status() != 200) {
                return Item.failed(name, null, "The response for '" + url + "' has HTTP status " + http.status()
                        + ", not 200; only pages that were served are read.");
            }
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return Item.failed(name, null, "The response for '" + url + "' is '" + base
                        + "', not HTML; only HTML pages are read from WARC files.");
            }
            byte[] bytes;
            try (InputStream in = http.bodyDecoded().stream()) {
                bytes = Bytes.readAtMost(in, limits.maxBytes());
            }
            if (bytes == null) {
                return Item.failed(name, null, "The page '" + url + "' is larger than " + limits.maxBytes()
                        + " bytes once decoded; raise --max-bytes if it is a real article.");
            }
            return Item.ok(name, new RawArticle(null, null, HtmlCharsets.decode(bytes, type.toString()), url, null, null,
                    name), List.of());
        } catch (IOException | RuntimeException e) {
            return Item.failed(name, null, "Could not read WARC record " + number + " of '" + source + "' ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); it was skipped.");
        }
    }

    /**
     * A response record that declares more bytes than an item may take becomes a failed item; in a compressed file
     * the reader then jumps to the next record's gzip member instead of inflating this one to get past it (a gzip
     * bomb). Null for a record of allowed size. Other records this large are skipped alike, without an item.
     */
    private Item skipIfTooLarge(WarcRecord record, long position) {
        long declared;
        try {
            declared = record.body().size();
        } catch (IOException e) {
            return null; // told when the body is read
        }
        if (declared <= limits.maxBytes()) {
            return null;
        }
        boolean response = record instanceof WarcResponse;
        String url = record.headers().first("WARC-Target-URI").orElse("?");
        if (response) {
            number++;
        }
        Item item = response ? Item.failed(source + "#" + number + " " + url, null, "The record for '" + url
                + "' is larger than " + limits.maxBytes() + " bytes (it declares " + declared + "); it was skipped. "
                + "Raise --max-bytes if it is a real article.") : null;
        if (file != null && warc.compression() == org.netpreserve.jwarc.WarcCompression.GZIP) {
            try {
                long next = GzipMembers.nextWarcMember(file, position + 1);
                if (next < 0) {
                    done = true;
                    close();
                } else {
                    warc.position(next);
                }
            } catch (IOException e) {
                return Item.failed(source + "@" + position, null, "Could not skip the oversized record at byte "
                        + position + " of '" + source + "' (" + e.getMessage() + "); the records before it were read.");
            }
        }
        return item;
    }

    @Override
    public void close() {
        if (warc == null) {
            return;
        }
        try {
            warc.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close " + source, e);
        }
    }
}
