package org.warta.extract;

/**
 * One article as it arrives: plain text or HTML, and what the caller knows about it. Every field but one of
 * {@code text} and {@code html} may be null.
 *
 * @param id        the caller's id, kept in the record; null to use a hash of the cleaned text
 * @param published ISO 8601 date or date-time given by the caller, preferred over what the text says
 * @param language  ISO 639-1 code given by the caller, preferred over detection
 * @param path      the file the article was read from, for {@code source.path}
 */
public record RawArticle(String id, String text, String html, String url, String published, String language,
                         String path) {
    public static RawArticle text(String text) {
        return new RawArticle(null, text, null, null, null, null, null);
    }

    public static RawArticle html(String html, String url) {
        return new RawArticle(null, null, html, url, null, null, null);
    }

    public RawArticle withPath(String newPath) {
        return new RawArticle(id, text, html, url, published, language, newPath);
    }

    public boolean isHtml() {
        return html != null;
    }
}
