package org.warta.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNamesTest {
    @Test
    void loadsBothFiles() {
        assertThat(DateNames.standard().monthAlternation()).contains("september");
        assertThat(DateNames.standard().weekdayAlternation()).contains("minggu");
    }

    /* CLDR id and en Gregorian month names, wide and abbreviated; newsroom abbreviations Agt, Nop. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Januari,1", "jan,1", "Pebruari,2", "Mei,5", "May,5", "Agt,8", "Agustus,8", "Sept.,9", "Okt,10",
            "Nop,11", "Desember,12", "Dec,12"})
    void readsMonthNames(String word, int month) {
        assertThat(DateNames.standard().month(word).number()).isEqualTo(month);
    }

    /* CLDR id and en day names; Jum'at and Ahad as Indonesian news writes them. ISO numbering, Monday = 1. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Senin,1", "Selasa,2", "Rabu,3", "Kamis,4", "Jumat,5", "Jum'at,5", "Sabtu,6", "Minggu,7", "Ahad,7",
            "Tuesday,2", "Thurs,4"})
    void readsDayNames(String word, int day) {
        assertThat(DateNames.standard().weekday(word).number()).isEqualTo(day);
    }
}
