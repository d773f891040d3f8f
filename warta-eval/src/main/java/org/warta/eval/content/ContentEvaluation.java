package org.warta.eval.content;

import java.util.List;
import java.util.function.Function;
import org.warta.extract.html.HtmlArticleExtractor;

/** Scores an extractor's article bodies against the gold, page by page, as the article-extraction benchmark does. */
public final class ContentEvaluation {
    private ContentEvaluation() {
    }

    /** Warta's extractor: the page's bytes (charset found by {@code HtmlCharsets}) -> the clean text. */
    public static Function<GoldPage, String> warta() {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        return page -> extractor.extract(page.bytes(), null, page.url()).value().text();
    }

    public static ContentScores score(List<GoldPage> pages, Function<GoldPage, String> extractor) {
        return new ContentScores(pages.stream()
                .map(p -> PageScore.of(p.id(), p.body(), extractor.apply(p)))
                .toList());
    }
}
