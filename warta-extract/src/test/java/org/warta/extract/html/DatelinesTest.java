package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {
    /** Dateline shapes of Indonesian outlets (place, outlet -), wire services (PLACE (Agency) -) and blogs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "JAKARTA, KOMPAS.com - Presiden mengatakan          | Jakarta       | kompas.com",
            "SUMBER MAKMUR, Berita Nusa - Banjir merendam       | Sumber Makmur | null",
            "BAKU (Reuters) - Azerbaijan said on Sunday         | Baku          | null",
            "IMPIANNEWS.COM (Azerbaijan). Pasukan Armenia       | Azerbaijan    | impiannews.com",
            "NEW YORK (AP) \u2014 Stocks fell on Monday            | New York      | null",
            "The council met on Tuesday - and agreed            | null          | null",
            "A - B                                              | null          | null"})
    void readsThePlaceAndTheOutletOfADateline(String text, String place, String site) {
        Datelines.Dateline d = Datelines.of(text);
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.site()).isEqualTo(site);
    }
}
