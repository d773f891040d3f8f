package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.extract.Outcome;
import org.warta.extract.clean.CleanArticle;

/** Pages that are not articles still give an article (maybe empty) and a diagnostic, in bounded time. */
class BadPagesTest {
    private static final String PARAGRAPH = "<p>The council met on Tuesday and agreed, after a long debate, to "
            + "repair the old bridge before the rainy season begins next month.</p>";
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void emptyPageGivesEmptyArticleAndDiagnostic() {
        Outcome<CleanArticle> out = extractor.extract(new byte[0], null, "https://x.com/a");
        assertThat(out.value().text()).isEmpty();
        assertThat(out.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("empty"));
        assertThat(extractor.extract((String) null, null).value().text()).isEmpty();
    }

    @Test
    void truncatedPageKeepsWhatItHas() {
        String page = "<html><head><title>Bridge repair approved</title></head><body><div><article>" + PARAGRAPH
                + PARAGRAPH.replace("Tuesday", "Monday") + "<p>The work will cost";
        Outcome<CleanArticle> out = extractor.extract(page, null);
        assertThat(out.value().title()).isEqualTo("Bridge repair approved");
        assertThat(out.value().text()).contains("agreed, after a long debate").contains("The work will cost");
    }

    @Test
    void binaryBytesGiveADiagnosticNotAnException() {
        byte[] bytes = new byte[200_000];
        new Random(4).nextBytes(bytes);
        Outcome<CleanArticle> out = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> extractor.extract(bytes, "application/octet-stream", "https://x.com/file.pdf"));
        assertThat(out.value().text()).isEmpty();
        assertThat(out.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("binary"));
    }

    @Test
    void fiftyMegabytePageIsCutAndReadInBoundedTime() {
        StringBuilder sb = new StringBuilder(52_000_000).append("<html><body><article>");
        sb.append(PARAGRAPH.repeat(20)).append("</article><div class='filler'>");
        while (sb.length() < 50_000_000) {
            sb.append("<span>filler filler filler</span>");
        }
        byte[] bytes = sb.append("</div></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        Outcome<CleanArticle> out = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> extractor.extract(bytes, "text/html; charset=utf-8", "https://x.com/big"));
        assertThat(out.value().text()).contains("repair the old bridge");
        assertThat(out.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("read only the first"));
    }

    @Test
    void tenThousandNestedDivsDoNotOverflowTheStack() {
        String page = "<html><body>" + "<div>".repeat(10_000) + PARAGRAPH.repeat(3) + "</div>".repeat(10_000)
                + "</body></html>";
        Outcome<CleanArticle> out = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> extractor.extract(page, "https://x.com/deep"));
        assertThat(out.value()).isNotNull();
        assertThat(out.value().text()).contains("repair the old bridge");
    }

    @Test
    void pageWithNoBodyGivesItsMetadataAndADiagnostic() {
        String page = "<html><head><title>Only a head</title><meta property='article:published_time' "
                + "content='2026-11-20T10:00:00+07:00'></head></html>";
        Outcome<CleanArticle> out = extractor.extract(page, "https://www.detik.com/x");
        assertThat(out.value().title()).isEqualTo("Only a head");
        assertThat(out.value().published()).isEqualTo("2026-11-20T10:00:00+07:00");
        assertThat(out.value().text()).isEmpty();
        assertThat(out.diagnostics()).isNotEmpty();
    }

    @Test
    void randomMarkupNeverThrows() {
        Random random = new Random(42);
        String[] pieces = {"<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<script>", "</script>", "<br>",
                "<h1>", "</h1>", "<li>", "<table><tr><td>", "&amp;", "&#xFFFF;", "<!--", "-->", "<style>", "\u0000",
                " Kata kata, ", "Sentence one. ", "\uD83D\uDE00", "<![CDATA[", "<html lang='", "'>", "<meta "};
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(200);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            Outcome<CleanArticle> out = extractor.extract(sb.toString(), random.nextBoolean() ? null : "::bad url");
            assertThat(out.value()).isNotNull();
            assertThat(out.value().text()).isNotNull();
        }
    }
}
