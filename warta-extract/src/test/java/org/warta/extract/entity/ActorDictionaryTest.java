package org.warta.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;

class ActorDictionaryTest {
    @Test
    void loadsTheShippedDictionariesAndWordLists() {
        assertThat(ActorDictionary.standard().size()).isGreaterThan(1000);
        assertThat(NameLexicon.standard().isCommon("Namun")).isTrue();
        assertThat(NameLexicon.standard().isPronoun("dia")).isTrue();
    }

    @Test
    void rejectsAnUnknownSectorNamingFileLineAndAllowedValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("entity/actors/organisations.tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# test\nAcme Army\tAcme\t-\tMILL\ttest\n");
        System.setProperty("warta.lexicons", dir.toString());
        try {
            assertThatThrownBy(ActorFiles::load).isInstanceOf(LexiconException.class)
                    .hasMessageContaining("organisations.tsv' line 2")
                    .hasMessageContaining("unknown sector 'MILL'")
                    .hasMessageContaining("GOV, MIL");
        } finally {
            System.clearProperty("warta.lexicons");
        }
    }

    @Test
    void takesUserRowsFromTheLexiconFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("entity/actors/organisations.tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# test\nFront Pembebasan Zamrud\tFPZ\t-\tREB\ttest\n");
        System.setProperty("warta.lexicons", dir.toString());
        try {
            ActorDictionary d = ActorFiles.load();
            var tokens = org.warta.extract.segment.Tokenizer.standard().tokenize("kata FPZ", 0, 8);
            assertThat(d.longestAt(tokens, 1).actor().sector()).isEqualTo(Sector.REB);
        } finally {
            System.clearProperty("warta.lexicons");
        }
    }

    @Test
    void tellsACountryFromARegionOrCityOfIt() {
        assertThat(ActorDictionary.standard().isCountry("Sudan")).isTrue();
        assertThat(ActorDictionary.standard().isCountry("Darfur")).isFalse();
        assertThat(ActorDictionary.standard().isCountry("El Fasher")).isFalse();
    }

    /**
     * Every form a country is read in (countries.tsv: names, acronyms, demonyms), past the one-lookup first-word
     * check; an English possessive is a token of its own, after the name.
     */
    @ParameterizedTest
    @CsvSource({
        "Rusia mengecam, false, false, Russia, 1",
        "Federasi Rusia mengecam, false, false, Russia, 2",
        "Russia's army, false, false, Russia, 1",
        "Russia’s army, false, false, Russia, 1",
        "North Korea’s army, false, false, North Korea, 2",
        "Russian troops, true, false, Russia, 1",
        "Palestinians fled, true, true, Palestine, 1",
        "AS menolak, false, false, United States, 1",
        "U.S. officials, false, false, United States, 1",
        "Jakarta menolak, false, false, , 0",
        "Laos menolak, true, true, , 0"})
    void readsACountryInEachOfItsForms(String text, boolean demonym, boolean plural, String country, int length) {
        List<Token> tokens = Tokenizer.standard().tokenize(text, 0, text.length());
        ActorDictionary.Match m = ActorDictionary.standard().countryAt(tokens, 0, demonym, plural);
        if (country == null) {
            assertThat(m).isNull();
        } else {
            assertThat(m).isNotNull();
            assertThat(m.actor().name()).isEqualTo(country);
            assertThat(m.length()).isEqualTo(length);
        }
    }
}
