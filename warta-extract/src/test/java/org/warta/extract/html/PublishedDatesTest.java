package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedDatesTest {
    /** Machine-readable dates: ISO 8601 as written in meta tags, JSON-LD and {@code <time datetime>}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2019-11-20T08:15:00+07:00 | 2019-11-20T08:15:00+07:00",
            "2019-11-20T08:15:00.000Z  | 2019-11-20T08:15:00Z",
            "2019-11-20T08:15+0700     | 2019-11-20T08:15:00+07:00",
            "2019-11-20 08:15:30       | 2019-11-20T08:15:30",
            "2019-11-20                | 2019-11-20",
            "2019-13-45                | ",
            "yesterday                 | "})
    void readsIsoDates(String value, String expected) {
        assertThat(PublishedDates.fromIso(value)).isEqualTo(expected);
    }

    /** Dates written for readers, Indonesian month names from KBBI, English ones from common usage. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rabu, 20 November 2019 08:15 WIB | 2019-11-20",
            "Selasa, 3 Agustus 2021           | 2021-08-03",
            "5 Agt 2020                       | 2020-08-05",
            "Kamis, 17 Pebruari 2022          | 2022-02-17",
            "Posted on November 21, 2026      | 2026-11-21",
            "Nov. 20, 2019 at 5:00 p.m.       | 2019-11-20",
            "21st March 2020                  | 2020-03-21",
            "Published: 31 Mei 2023           | 2023-05-31",
            "30 February 2020                 | ",
            "Chapter 12 Verses 2020           | "})
    void readsWrittenOutDates(String text, String expected) {
        assertThat(PublishedDates.fromText(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.cnbc.com/2019/11/20/emirates-inks-order.html | 2019-11-20",
            "https://news.example.id/read/2026/01/05/120000/judul      | 2026-01-05",
            "https://example.com/20191120/story                       | 2019-11-20",
            "https://example.com/2019/11/story                        | ",
            "https://example.com/story-123456789                      | "})
    void readsDatesInUrls(String url, String expected) {
        assertThat(PublishedDates.fromUrl(url)).isEqualTo(expected);
    }
}
