package org.warta.model;

/** Where an article came from: its URL, the publishing outlet's domain, and the file it was read from. */
public record Source(String url, String site, String path) {
    public static final Source UNKNOWN = new Source(null, null, null);
}
