package org.warta.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {
    /*
     * Day-month-year order and month names: CLDR's Indonesian (id) and British English (en_GB) date patterns
     * (d/M/y, d MMMM y); month-first long dates as in US English (MMMM d, y); PUEBI writes dates as
     * "30 September 2020". ISO 8601 for 2020-09-30.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Rabu 30 September 2020                          | 2020-09-30
            Rabu, 30/9/2020                                 | 2020-09-30
            30/9/2020                                       | 2020-09-30
            30-09-2020                                      | 2020-09-30
            30.09.2020                                      | 2020-09-30
            September 30, 2020                              | 2020-09-30
            30 September 2020                               | 2020-09-30
            Sept. 30, 2020                                  | 2020-09-30
            Sep 30 2020                                     | 2020-09-30
            2020-09-30                                      | 2020-09-30
            Senin, 3 Februari 2014                          | 2014-02-03
            Selasa (29/10/2013)                             | 2013-10-29
            Jakarta, Kamis 7 Agt 2014 10:15 WIB             | 2014-08-07
            'Diterbitkan: 17 Agustus 1945, pukul 10.00'     | 1945-08-17
            'Published on March 3rd, 2021 at 10:00'         | 2021-03-03
            'Posted: 1 Nop 2013'                            | 2013-11-01
            'SENIN, 3 FEBRUARI 2014'                        | 2014-02-03
            """)
    void findsTheFirstFullDate(String text, LocalDate expected) {
        assertThat(PublicationDates.find(text)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            31/2/2020
            30 Februari 2021
            Minggu 27 September
            pukul 07.30 WIB
            2.300 personel
            27/9
            ''
            versi 1.2.2020a
            ID 12/34/5678
            """)
    void rejectsWhatIsNoFullValidDate(String text) {
        assertThat(PublicationDates.find(text)).isEmpty();
    }

    @Test
    void skipsAnInvalidDateAndTakesTheNextValidOne() {
        assertThat(PublicationDates.find("31/2/2020 lalu 1/3/2020")).contains(LocalDate.of(2020, 3, 1));
    }

    @Test
    void takesTheEarliestOfSeveralFormats() {
        assertThat(PublicationDates.find("Sept. 30, 2020 (diperbarui 2020-10-01)"))
                .contains(LocalDate.of(2020, 9, 30));
    }

    @Test
    void readsTheSeedArticlesByline() {
        assertThat(PublicationDates.find("IMPIANNEWS.COM (Azerbaijan).\n\nAzerbaijan mengklaim ... pada Minggu 27 "
                + "September. Klaim disampaikan ... dikutip impiannews.com. Rabu 30 September 2020."))
                .contains(LocalDate.of(2020, 9, 30));
    }

    /* Bylines in the body: a date that opens its sentence, or follows a weekday or a publication cue. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'dikutip impiannews.com. Rabu 30 September 2020.'                      | 2020-09-30
            'kata kementerian itu dalam pernyataan, Rabu (12/3/2025).'              | 2025-03-12
            'The ministry said on Wednesday, May 14, 2025, that talks would resume.' | 2025-05-14
            'Published 3 May 2024. The ministry said nothing.'                      | 2024-05-03
            'Diperbarui: 17/08/2023 10:00 WIB'                                      | 2023-08-17
            '30 September 2020 - Jakarta. Pasukan bergerak.'                        | 2020-09-30
            'Pasukan bergerak ke utara. Jakarta, 3 Februari 2014.'                  | 2014-02-03
            """)
    void readsADateInTheBodyAsTheBylineWhenItOpensItsSentenceOrFollowsAWeekdayOrCue(String text, LocalDate expected) {
        assertThat(PublicationDates.inBody(text)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Israel says about 1,200 people were killed in the attack on October 7, 2023.'
            'Konflik meletus pada 27 September 2020 dan berlangsung enam pekan.'
            'The war began in February 2022, officials said on 24 February 2023 in Kyiv.'
            """)
    void leavesADateInsideASentenceToTheEvents(String text) {
        assertThat(PublicationDates.inBody(text)).isEmpty();
    }

    @Test
    void acceptsNullAndRandomInputWithoutThrowing() {
        assertThat(PublicationDates.find(null)).isEmpty();
        assertThat(PublicationDates.inBody(null)).isEmpty();
        Random random = new Random(42);
        String alphabet = "0123456789/.-, SeptmbrJanuiMgRbw()\n\u00a0";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int j = 0; j < n; j++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0xFFFF)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(PublicationDates.find(sb.toString())).isNotNull();
            assertThat(PublicationDates.inBody(sb.toString())).isNotNull();
        }
    }
}
