package org.warta.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.warta.extract.Outcome;
import org.warta.extract.clean.CleanArticle;

/**
 * A web page -> {@link CleanArticle}. This first version takes the {@code <title>} and the body's text;
 * issue 4 replaces it with the real main-content extractor.
 */
public final class HtmlArticleExtractor {
    public Outcome<CleanArticle> extract(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        String title = page.title().isBlank() ? null : page.title().strip();
        String lang = page.selectFirst("html[lang]") == null ? null : page.selectFirst("html[lang]").attr("lang");
        return Outcome.of(new CleanArticle(title, page.body() == null ? "" : page.body().wholeText().strip(),
                null, null, null, lang, null));
    }
}
