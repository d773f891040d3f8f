package org.warta.extract.read;

/**
 * How much one item may take: a bigger file, or a gzip member that inflates beyond it, is refused with a
 * message rather than read into memory.
 *
 * @param maxBytes the most bytes one article may have, after decompression (for a JSON line: characters)
 */
public record Limits(long maxBytes) {
    /** 16 MiB: several times the largest news page seen, and small enough for a 256 MiB heap. */
    public static final Limits DEFAULT = new Limits(16L * 1024 * 1024);

    public Limits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
    }
}
