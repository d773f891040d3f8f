package org.warta.extract.read;

/**
 * How much one item may take: a bigger file, or a gzip member that inflates beyond it, is refused with a
 * message rather than read into memory.
 *
 * @param maxBytes the most bytes one article may have, after decompression
 */
public record Limits(long maxBytes) {
    public static final Limits DEFAULT = new Limits(64L * 1024 * 1024);

    public Limits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
    }
}
