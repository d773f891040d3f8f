package org.warta.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.model.Quantity;
import org.warta.model.testing.SharedData;

/**
 * Every case of Duckling's Indonesian corpora (facebook/duckling, Duckling/{Numeral,Ordinal,AmountOfMoney}/ID/
 * Corpus.hs, BSD), read by path from ../shared/data/duckling-id. Deliberate differences, asserted here:
 * <ul>
 * <li>Currencies: Duckling's ambiguous "Dollar" and "Pound" ({@code $}, {@code dolar}, {@code £}) are read as
 * USD and GBP, the currencies news means by them; Warta's units are ISO 4217 codes.</li>
 * <li>Ordinals rank, they do not count: Warta reads their number ({@link Ordinals}) but never reports them as
 * quantities.</li>
 * <li>The K/M/G suffixes of the numeral corpus keep Duckling's thousand/million/billion; but in Indonesian money
 * amounts M means miliar (Rp 5 M = 5,000,000,000), as newsrooms write it (see QuantityFinderTest). The money
 * corpus has no M amount, so no case of it differs.</li>
 * </ul>
 */
class DucklingCorpusTest {
    private static final Map<String, String> CURRENCY = Map.of("Dollar", "USD", "Pound", "GBP");

    static Stream<Arguments> rows(String file) throws IOException {
        Path p = SharedData.require("data/duckling-id/" + file);
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("text\t"))
                .map(l -> Arguments.of((Object[]) l.split("\t")));
    }

    static Stream<Arguments> numerals() throws IOException {
        return rows("numeral.tsv");
    }

    static Stream<Arguments> ordinals() throws IOException {
        return rows("ordinal.tsv");
    }

    static Stream<Arguments> money() throws IOException {
        return rows("money.tsv");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("numerals")
    void readsEveryDucklingNumeral(String text, String value) {
        List<Quantity> found = QuantityFinder.standard().find(text, true);
        assertThat(found).as(text).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo(Double.parseDouble(value));
        assertThat(found.get(0).text()).isEqualTo(text.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("ordinals")
    void readsEveryDucklingOrdinalButNeverCountsIt(String text, String value) {
        assertThat(Ordinals.value(text)).isEqualTo(Integer.parseInt(value));
        assertThat(QuantityFinder.standard().find(text, true)).isEmpty();
    }

    /*
     * The deliberate difference: Duckling's numeral corpus reads the suffix M as million (3M = 3,000,000) and Warta
     * agrees for bare numbers and English money; but Indonesian newsrooms write Rp 5 M for 5 miliar (10^9) and
     * Rp 2 T for 2 triliun, so in rupiah amounts and money in Indonesian text M is miliar.
     */
    @org.junit.jupiter.api.Test
    void readsMAsMiliarInIndonesianMoneyWhereDucklingReadsMillion() {
        assertThat(QuantityFinder.standard().find("3M", true).get(0).value()).isEqualTo(3_000_000.0);
        assertThat(QuantityFinder.standard().find("Rp 5 M", true).get(0).value()).isEqualTo(5_000_000_000.0);
        assertThat(QuantityFinder.standard().find("USD 5 M", true).get(0).value()).isEqualTo(5_000_000_000.0);
        assertThat(QuantityFinder.standard().find("$5M", false).get(0).value()).isEqualTo(5_000_000.0);
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @MethodSource("money")
    void readsEveryDucklingMoneyAmount(String text, String kind, String currency, String value) {
        List<Quantity> found = QuantityFinder.standard().find(text, true);
        assertThat(found).as(text).hasSize(1);
        Quantity q = found.get(0);
        assertThat(q.unit()).isEqualTo(CURRENCY.getOrDefault(currency, currency));
        switch (kind) {
            case "simple" -> assertThat(q.value()).isEqualTo(Double.parseDouble(value));
            case "between" -> {
                String[] mm = value.split("\\.\\.");
                assertThat(q.min()).isEqualTo(Double.parseDouble(mm[0]));
                assertThat(q.max()).isEqualTo(Double.parseDouble(mm[1]));
            }
            case "under" -> assertThat(q.max()).isEqualTo(Double.parseDouble(value));
            case "above" -> assertThat(q.min()).isEqualTo(Double.parseDouble(value));
            default -> throw new AssertionError("Unknown kind '" + kind + "' in money.tsv; expected simple, "
                    + "between, under or above.");
        }
    }
}
