package org.warta.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.Quantity;

class QuantityFinderTest {
    static Quantity only(String text) {
        List<Quantity> found = QuantityFinder.standard().find(text, true);
        assertThat(found).as("quantities in '%s'", text).hasSize(1);
        return found.get(0);
    }

    /*
     * Digits. Indonesian grouping '.' and decimal ',' (PUEBI; CLDR id number symbols), English ',' and '.'
     * (CLDR en); the mixed forms of real news: '.' + three digits groups thousands, else it is a decimal point.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ada 2.300 personel             | 2300       | 2.300
            ada 1.234.567 orang            | 1234567    | 1.234.567
            naik 1,5 kali                  | 1.5        | 1,5
            ada 2,300 people               | 2300       | 2,300
            naik 2.5 kali                  | 2.5        | 2.5
            sebanyak 2.5 juta orang        | 2500000    | sebanyak 2.5 juta
            naik 4.7% tahun ini            | 4.7        | 4.7%
            1.234,5 ton                    | 1234.5     | 1.234,5
            1,234.5 tons                   | 1234.5     | 1,234.5
            naik 2,615 persen              | 2.615      | 2,615 persen
            1,2 juta warga                 | 1200000    | 1,2 juta
            3.5 million people             | 3500000    | 3.5 million
            5 ribu orang                   | 5000       | 5 ribu
            """)
    void readsDigitsInEitherConvention(String text, double value, String span) {
        Quantity q = only(text);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.text()).isEqualTo(span);
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }

    /* Number words: CLDR spell-out rules for Indonesian (rbnf id) and English (rbnf en); KBBI for setengah. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            enam zona observasi                     | 6
            lima gudang senjata                     | 5
            sebelas orang                           | 11
            tujuh belas orang                       | 17
            dua ratus lima puluh ribu orang         | 250000
            seratus dua puluh dua rumah             | 122
            seribu orang                            | 1000
            satu setengah juta jiwa                 | 1500000
            setengah juta orang                     | 500000
            satu setengah tahun                     | 1.5
            seperempat abad                         | 0.25
            satu seperempat juta orang              | 1250000
            seperdelapan saham QVC                  | 0.125
            ninety-nine soldiers                    | 99
            one hundred and five people             | 105
            two hundred thousand people             | 200000
            half a million people                   | 500000
            a dozen soldiers                        | 12
            two dozen tanks                         | 24
            a million people                        | 1000000
            eleven hundred people                   | 1100
            """)
    void composesNumberWords(String text, double value) {
        assertThat(only(text).value()).isEqualTo(value);
    }

    /* Vague amounts: KBBI senses of -an plural numerals; English "dozens", "scores", "tens of thousands". */
    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            Puluhan ribu orang tewas            | 10000    | 99999    | orang
            puluhan orang                       | 10       | 99       | orang
            ratusan rumah                       | 100      | 999      | rumah
            ribuan warga                        | 1000     | 9999     | warga
            ratusan ribu pengungsi              | 100000   | 999999   | pengungsi
            jutaan orang                        | 1000000  | 9999999  | orang
            belasan polisi                      | 11       | 19       | polisi
            beberapa rumah                      | 2        | 9        | rumah
            dozens of people                    | 24       | 99       | people
            hundreds of soldiers                | 200      | 999      | soldiers
            tens of thousands of people         | 10000    | 99999    | people
            scores of civilians                 | 40       | 99       | civilians
            """)
    void boundsVagueAmounts(String text, double min, double max, String unit) {
        Quantity q = only(text);
        assertThat(q.value()).isNull();
        assertThat(q.min()).isEqualTo(min);
        assertThat(q.max()).isEqualTo(max);
        assertThat(q.approximate()).isTrue();
        assertThat(q.unit()).isEqualTo(unit);
    }

    /*
     * Hedges and bounds (KBBI; Duckling's Indonesian money corpus for kurang dari, di bawah, lebih dari,
     * melebihi): approx marks approximate, min/max set a bound, "near" (hampir, nearly) is approximate with the
     * amount as upper bound. Ranges: 10-20, antara 10 hingga 20, between 10 and 20.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sekitar 100 orang             | 100  |      |      | true  | sekitar 100
            kira-kira 100 orang           | 100  |      |      | true  | kira-kira 100
            hampir 100 orang              | 100  |      | 100  | true  | hampir 100
            lebih dari 100 orang          | 100  | 100  |      | true  | lebih dari 100
            kurang dari 100 orang         | 100  |      | 100  | true  | kurang dari 100
            setidaknya 100 orang          | 100  | 100  |      | true  | setidaknya 100
            sedikitnya 100 orang          | 100  | 100  |      | true  | sedikitnya 100
            sebanyak 100 orang            | 100  |      |      | false | sebanyak 100
            mencapai 100 orang            | 100  |      |      | false | mencapai 100
            hingga 100 orang              | 100  |      | 100  | true  | hingga 100
            at least 100 people           | 100  | 100  |      | true  | at least 100
            more than 100 people          | 100  | 100  |      | true  | more than 100
            nearly 100 people             | 100  |      | 100  | true  | nearly 100
            about 100 people              | 100  |      |      | true  | about 100
            up to 100 people              | 100  |      | 100  | true  | up to 100
            100 lebih orang               | 100  | 100  |      | true  | 100 lebih
            10-20 orang                   |      | 10   | 20   | false | 10-20
            antara 10 hingga 20 orang     |      | 10   | 20   | false | antara 10 hingga 20
            between 10 and 20 people      |      | 10   | 20   | false | between 10 and 20
            empat hingga lima persen      |      | 4    | 5    | false | empat hingga lima persen
            dua atau tiga orang           |      | 2    | 3    | false | dua atau tiga
            dari 5%-15 % kuota            |      | 5    | 15   | false | dari 5%-15 %
            usia 60-an tahun              |      | 60   | 69   | true  | 60-an
            """)
    void readsHedgesBoundsAndRanges(String text, Double value, Double min, Double max, boolean approximate,
                                    String span) {
        Quantity q = only(text);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.min()).isEqualTo(min);
        assertThat(q.max()).isEqualTo(max);
        assertThat(q.approximate()).isEqualTo(approximate);
        assertThat(q.text()).isEqualTo(span);
    }

    /*
     * Money and percentages: the currency (ISO 4217) or % is the unit. In Indonesian money amounts M is miliar
     * and T triliun (Rp 5 M; newsroom usage), unlike Duckling's M = million.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rp 5 M                     | IDR | 5000000000    |         |
            Rp 2 T                     | IDR | 2000000000000 |         |
            Rp 10-11 ribu              | IDR |               | 10000   | 11000
            Rp40-50 juta perbulan      | IDR |               | 40000000 | 50000000
            USD 3 juta                 | USD | 3000000       |         |
            $10k                       | USD | 10000         |         |
            Rp.5 miliar                | IDR | 5000000000    |         |
            Rp9.100 per dolar AS       | IDR | 9100          |         |
            US$ 150 juta               | USD | 150000000     |         |
            21 %                       | %   | 21            |         |
            86,35 persen               | %   | 86.35         |         |
            30 percent                 | %   | 30            |         |
            BI Rate di level 8,25 persen | %   | 8.25          |         |
            naik 21 % hingga 22.61 miliar francs | %   | 21      |         |
            APBNP 2007 Rp9.100 per dolar AS | IDR | 9100          |         |
            """)
    void readsMoneyAndPercentages(String text, String unit, Double value, Double min, Double max) {
        Quantity q = QuantityFinder.standard().find(text, true).get(0);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.min()).isEqualTo(min);
        assertThat(q.max()).isEqualTo(max);
    }

    /* M in English money is million ($10M), as in English financial writing and Duckling. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"$10M,10000000", "$3 bn,3000000000"})
    void readsEnglishMoneySuffixesAsEnglish(String text, double value) {
        assertThat(QuantityFinder.standard().find(text, false).get(0).value()).isEqualTo(value);
    }

    /* Units stop at punctuation, prepositions, verbs and at a conjunction before a new counted item. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            membunuh 2.300 personel militer Armenia, sejak konflik  | personel militer Armenia       | personnel
            130 tank dan kendaraan lapis baja, 200 artileri         | tank dan kendaraan lapis baja  | armoured_vehicle
            25 sistem pertahanan udara, dan enam                    | sistem pertahanan udara        | air_defence
            50 senjata anti-tank, dan                               | senjata anti-tank              | anti_tank_weapon
            55 mobil di wilayah Nagorno-Karabakh                    | mobil                          | vehicle
            lima gudang senjata, 50                                 | gudang senjata                 | depot
            enam zona observasi.                                    | zona observasi                 | position
            200 artileri dan sistem misil, 25                       | artileri dan sistem misil      | artillery
            dua pesawat tak berawak ditembak                        | pesawat tak berawak            | drone
            tiga helikopter                                         | helikopter                     | helicopter
            12 warga sipil tewas                                    | warga sipil                    | civilians
            12 civilians were killed                                | civilians                      | civilians
            40 Armenian soldiers died                               | Armenian soldiers              | personnel
            300 rumah rusak                                         | rumah                          | building
            8 kapal perang                                          | kapal perang                   | ship
            4 radar                                                 | radar                          | radar
            7 UAV                                                   | UAV                            | drone
            12 jet tempur                                           | jet tempur                     | aircraft
            9 pos militer                                           | pos militer                    | position
            1.000 jiwa                                              | jiwa                           | people
            """)
    void readsTheCountedNounAndItsCategory(String text, String unit, String category) {
        Quantity q = QuantityFinder.standard().find(text, true).get(0);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.category()).isEqualTo(category);
    }

    /* Not quantities: years, dates, times, phone and ID numbers, ordinals, section numbers. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            pada tahun 2020 lalu
            sejak 2020 konflik
            Minggu (24/8) lalu
            Minggu 27 September lalu
            Rabu 30 September 2020
            pukul 07.30 WIB
            jam 10 pagi
            pukul 10:15
            hubungi 081234567890
            NIK 3174012345678901
            telepon +62 21 555
            telepon (+62) 21 555
            ke-4 kalinya
            Pasal 28 ayat 3
            UU No. 12 Tahun 2011
            sejak awal 1990-an
            the 4th time
            periode 2014-2019
            salah satu anggota
            one of them
            September 30, 2020
            30-09-2020
            Karrar-4 dan Mohajer-4
            menduduki Golkar 1.
            nomor urut 1 di daerah
            sejak akhir ' 90-an
            luasnya dalam m2 dan km2
            pasal 18A dan 18B
            PT Mobile 8 Telecom Tbk
            pindah ke Plaza Centris Lt. 4
            pada semester 1 tahun 2007
            """)
    void leavesOutNumbersThatCountNothing(String text) {
        assertThat(QuantityFinder.standard().find(text, true)).as(text).isEmpty();
    }

    /* A bracketed increase after a total is a count of its own ('Tank: 11.402 (+3)'), not a country code. */
    @Test
    void readsABracketedIncreaseAsACount() {
        assertThat(QuantityFinder.standard().find("Tank: 11.402 (+3)", true))
                .extracting(Quantity::value).containsExactly(11402.0, 3.0);
    }

    /* 'beserta' (along with) ends a counted phrase: 'tiga pelaku beserta barang bukti' counts offenders. */
    @Test
    void endsTheUnitBeforeBeserta() {
        assertThat(QuantityFinder.standard().find("mengamankan tiga pelaku beserta barang bukti", true))
                .extracting(Quantity::unit).containsExactly("pelaku");
    }
}
