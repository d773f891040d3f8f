package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.clean.CleanArticle;

/**
 * Whole pages of our own writing ({@code src/test/resources/html/NAME.html}) against the article they should give
 * ({@code NAME.expected.json}, sorted keys, 2-space indent). {@code -Dgolden.update=true} rewrites the expected
 * files, so that every change of output is a reviewed diff.
 */
class HtmlArticleGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "id-news, https://www.beritanusa.co.id/daerah/2026/11/24/banjir-rendam-300-rumah",
            "en-news, https://dailyledger.com/business/port-workers-end-strike?utm_source=feed",
            "blogger-post, https://kabardesamaju.blogspot.com/2026/11/warga-gotong-royong-perbaiki-irigasi.html",
            "en-old-table-cp1252, http://www.harbortimes.com/local/cafe-owners-fight-back.html"})
    void extractsTheArticleAsTheGoldenFileSays(String name, String url) throws IOException {
        byte[] page = resource(name + ".html");
        CleanArticle article = new HtmlArticleExtractor().extract(page, null, url).value();
        Map<String, Object> got = new TreeMap<>();
        got.put("title", article.title());
        got.put("text", article.text());
        got.put("published", article.published());
        got.put("dateline", article.dateline());
        got.put("site", article.site());
        got.put("language", article.language());
        got.put("author", article.author());
        String actual = JSON.writeValueAsString(got) + "\n";
        Path expected = Paths.get("src/test/resources/html", name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).isEqualTo(new String(resource(name + ".expected.json"), StandardCharsets.UTF_8));
        assertThat(article.text()).doesNotStartWith(article.title());
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlArticleGoldenTest.class.getResourceAsStream("/html/" + name)) {
            assertThat(in).as("test resource html/" + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
