package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTitlesTest {
    /** A site name glued to the headline with a separator is cut; a headline's own dash or colon is kept. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "Port workers end strike | The Daily Ledger # The Daily Ledger # Port workers end strike",
            "Port workers end strike - The Daily Ledger # - # Port workers end strike",
            "Kompas.com - Harga Beras Naik di Pasar Induk # Kompas.com # Harga Beras Naik di Pasar Induk",
            "Jokowi: Kita Harus Bekerja Lebih Keras # Detik # Jokowi: Kita Harus Bekerja Lebih Keras",
            "Harga Cabai Naik - Turun di Tiga Pasar Induk Jakarta # - # Harga Cabai Naik - Turun di Tiga Pasar Induk Jakarta",
            "World | BBC News # - # World | BBC News"})
    void cutsTheSiteNameFromTheTitleTag(String titleTag, String siteName, String expected) {
        String og = siteName.equals("-") ? "" : "<meta property='og:site_name' content='" + siteName + "'>";
        Document page = Jsoup.parse("<html><head><title>" + titleTag + "</title>" + og + "</head><body></body></html>");
        assertThat(PageTitles.title(page, new PageMetadata(page))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "<title>Blog Desa: Panen Raya Dimulai</title># <h1>Blog Desa</h1><h3 class='post-title'>Panen Raya Dimulai</h3># Panen Raya Dimulai",
            "<title>Blog Desa: Panen Raya Dimulai</title># <h1>Blog Desa</h1># Panen Raya Dimulai",
            "<meta property='og:title' content='Banjir di Kota'><title>x</title># <h1>Other</h1># Banjir di Kota",
            "<title>Site</title># <h1>The Real Headline Here</h1># The Real Headline Here"})
    void prefersOgTitleThenHeadlineElementsThenH1ThenTitleTag(String head, String body, String expected) {
        Document page = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        assertThat(PageTitles.title(page, new PageMetadata(page))).isEqualTo(expected);
    }
}
