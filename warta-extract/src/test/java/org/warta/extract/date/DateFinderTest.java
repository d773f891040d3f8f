package org.warta.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.DateMention;

class DateFinderTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 9, 30);

    static DateMention only(String text, LocalDate published) {
        List<DateMention> found = DateFinder.standard().find(text, published);
        assertThat(found).as("dates in '%s'", text).hasSize(1);
        DateMention d = found.get(0);
        assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
        return d;
    }

    /*
     * Absolute dates, published 2020-09-30 (a Wednesday). Day-month-year order: CLDR id and en_GB; EDTF
     * (ISO 8601-2) values: 2020-09-27, 2020-09, 2020, 199X. A date without a year takes the publication year
     * unless that lies over a month ahead of publication (news reports the past), or the weekday says otherwise.
     */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            pada Rabu 30 September 2020.          | Rabu 30 September 2020       | 2020-09-30 | DAY
            pada Minggu 27 September. Klaim       | Minggu 27 September          | 2020-09-27 | DAY
            Selasa (29/10/2013) lalu              | Selasa (29/10/2013)          | 2013-10-29 | DAY
            Minggu (24/8) lalu                    | Minggu (24/8)                | 2020-08-24 | DAY
            Senin, 3 Februari 2014                | Senin, 3 Februari 2014       | 2014-02-03 | DAY
            on September 30, 2020 the             | September 30, 2020           | 2020-09-30 | DAY
            30 September 2020                     | 30 September 2020            | 2020-09-30 | DAY
            on the 27th of September they         | 27th of September            | 2020-09-27 | DAY
            30th September 2020                   | 30th September 2020          | 2020-09-30 | DAY
            since Sept. 30 the                    | Sept. 30                     | 2020-09-30 | DAY
            2020-09-30                            | 2020-09-30                   | 2020-09-30 | DAY
            pada 25 Desember lalu                 | 25 Desember                  | 2019-12-25 | DAY
            pada September 2014                   | September 2014               | 2014-09    | MONTH
            bulan September 2007                  | bulan September 2007         | 2007-09    | MONTH
            sejak 2014 mereka                     | 2014                         | 2014       | YEAR
            since 2014 they                       | 2014                         | 2014       | YEAR
            pada tahun 2009                       | tahun 2009                   | 2009       | YEAR
            periode 2014-2019                     | periode 2014-2019            | 2014/2019  | YEAR
            sejak awal 1990-an                    | awal 1990-an                 | 199X       | DECADE
            pada tahun 1970-an                    | tahun 1970-an                | 197X       | DECADE
            in the 1990s                          | the 1990s                    | 199X       | DECADE
            tahun 580-480 sebelum Masehi itu      | tahun 580-480 sebelum Masehi | -0579/-0479 | YEAR
            dari 650 SM                           | 650 SM                       | -0649      | YEAR
            sejak akhir ' 90-an sudah             | akhir ' 90-an                | 199X       | DECADE
            in the '80s they                      | the '80s                     | 198X       | DECADE
            """)
    void resolvesAbsoluteDates(String text, String span, String value, String resolution) {
        DateMention d = only(text, WEDNESDAY);
        assertThat(d.text()).isEqualTo(span);
        assertThat(d.value()).isEqualTo(value);
        assertThat(d.resolution()).hasToString(resolution);
    }

    /*
     * Relative dates against Wednesday 2020-09-30 (KBBI: kemarin, besok, lusa, pekan; "minggu" is Sunday as a
     * capitalised day name, the week in "minggu lalu"). Weeks are EDTF intervals Monday/Sunday; a weekday alone is
     * the latest such day on or before publication.
     */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kemarin mereka                  | kemarin              | 2020-09-29              | DAY
            hari ini mereka                 | hari ini             | 2020-09-30              | DAY
            besok mereka                    | besok                | 2020-10-01              | DAY
            pekan lalu mereka               | pekan lalu           | 2020-09-21/2020-09-27   | DAY
            minggu lalu mereka              | minggu lalu          | 2020-09-21/2020-09-27   | DAY
            bulan lalu mereka               | bulan lalu           | 2020-08                 | MONTH
            tahun lalu mereka               | tahun lalu           | 2019                    | YEAR
            tiga hari yang lalu             | tiga hari yang lalu  | 2020-09-27              | DAY
            3 minggu yang lalu              | 3 minggu yang lalu   | 2020-09-07/2020-09-13   | DAY
            dua tahun lalu                  | dua tahun lalu       | 2018                    | YEAR
            yesterday they                  | yesterday            | 2020-09-29              | DAY
            last week they                  | last week            | 2020-09-21/2020-09-27   | DAY
            they met on Tuesday             | Tuesday              | 2020-09-29              | DAY
            last Friday they                | last Friday          | 2020-09-25              | DAY
            pada Selasa kemarin             | Selasa kemarin       | 2020-09-29              | DAY
            Sabtu malam mereka              | Sabtu malam          | 2020-09-26              | DAY
            Senin depan mereka              | Senin depan          | 2020-10-05              | DAY
            pada hari Minggu mendatang      | Minggu mendatang     | 2020-10-04              | DAY
            pada Mei lalu                   | Mei lalu             | 2020-05                 | MONTH
            pada bulan Desember             | bulan Desember       | 2019-12                 | MONTH
            pukul 07.30 WIB                 | pukul 07.30 WIB      | 2020-09-30T07:30+07:00  | DAY
            """)
    void resolvesRelativeDatesAgainstPublication(String text, String span, String value, String resolution) {
        DateMention d = only(text, WEDNESDAY);
        assertThat(d.text()).isEqualTo(span);
        assertThat(d.value()).isEqualTo(value);
        assertThat(d.resolution()).hasToString(resolution);
    }

    // Spans that end at the publication (words.tsv window-before, window-after, unit-one): the days from the units before
    // it to it; 'last week' stays the calendar week, a vague count ('beberapa', 'few') spans nothing known.
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            over the past 24 hours, the          | past 24 hours         | 2020-09-29/2020-09-30
            in the past day, the                 | past day              | 2020-09-29/2020-09-30
            over the past week alone             | past week             | 2020-09-23/2020-09-30
            in the last seven days, the          | last seven days       | 2020-09-23/2020-09-30
            dalam 24 jam terakhir, kata          | 24 jam terakhir       | 2020-09-29/2020-09-30
            dalam sepekan terakhir, kata         | sepekan terakhir      | 2020-09-23/2020-09-30
            hujan dua hari terakhir di           | dua hari terakhir     | 2020-09-28/2020-09-30
            dalam pekan terakhir ini             | pekan terakhir        | 2020-09-23/2020-09-30
            """)
    void readsSpansUpToThePublication(String text, String span, String value) {
        DateMention d = only(text, WEDNESDAY);
        assertThat(d.text()).isEqualTo(span);
        assertThat(d.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dalam beberapa bulan terakhir, kata
            in the past few days, the
            down from the previous year, the
            """)
    void readsNoSpanFromAVagueCount(String text) {
        assertThat(new DateFinder().find(text, WEDNESDAY)).isEmpty();
    }

    /* Centuries: EDTF's unspecified digits (ISO 8601-2), 20XX for the 21st; no resolution of the contract fits. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"pada abad ke-21 ini,20XX", "awal abad ke-20,19XX", "in the 19th century,18XX"})
    void readsCenturies(String text, String value) {
        DateMention d = only(text, WEDNESDAY);
        assertThat(d.value()).isEqualTo(value);
        assertThat(d.resolution()).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            selama tiga minggu mereka
            2.300 personel
            Rp 2014
            naik 2020 persen
            it may rain
            thousands march in Jakarta
            27/9 dari
            """)
    void leavesAloneWhatIsNoDate(String text) {
        assertThat(DateFinder.standard().find(text, WEDNESDAY)).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Minggu (24/8) lalu                         | XXXX-08-24
            Selasa kemarin                             |
            kemarin                                    |
            """)
    void leavesTheYearUnknownWithoutPublicationOrEarlierDate(String text, String value) {
        assertThat(DateFinder.standard().find(text, null).get(0).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Senin (25/8/2014) ... Minggu (24/8) lalu | 2014-08-24
            pada 2013 ... Jumat (22/3)               | 2013-03-22
            """)
    void takesTheYearFromTheNearestEarlierDateWhenUnpublished(String text, String value) {
        List<DateMention> found = DateFinder.standard().find(text, null);
        assertThat(found.get(found.size() - 1).value()).isEqualTo(value);
    }

    /* Unpublished, with nothing earlier: the text's first full date (its byline, as a rule) stands in. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pada Minggu 27 September. Dikutip Rabu 30 September 2020. | 2020-09-27
            kemarin, kata dia. Jakarta, 3 Februari 2014.               | 2014-02-02
            """)
    void fallsBackOnTheTextsFirstFullDate(String text, String value) {
        assertThat(DateFinder.standard().find(text, null).get(0).value()).isEqualTo(value);
    }

    /* A full date inside a sentence tells when something happened: it is no byline to count 'Wednesday' from. */
    @Test
    void leavesAWeekdayUnresolvedWhenTheOnlyFullDateIsAnEventsDate() {
        List<DateMention> found = DateFinder.standard().find("Strikes killed 27 people, the ministry said on Wednesday. "
                + "About 1,200 people were killed in the attack on October 7, 2023.", null);
        assertThat(found.get(0).text()).isEqualTo("Wednesday");
        assertThat(found.get(0).value()).isNull();
    }
}
