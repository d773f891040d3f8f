package org.warta.extract.clean;

/**
 * The article-level fields read off a page or a scrape, before any language analysis.
 *
 * @param text      the clean body: paragraphs separated by blank lines, no title copy, no boilerplate
 * @param published ISO 8601 date or date-time, or null
 * @param dateline  the place in the dateline ({@code Azerbaijan}), or null
 * @param site      the publishing outlet's domain ({@code impiannews.com}), or null
 * @param language  a language the page declares ({@code <html lang>}), or null
 * @param author    the byline where given, or null
 */
public record CleanArticle(String title, String text, String published, String dateline, String site,
                           String language, String author) {
}
