package org.warta.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.extract.lexicon.LexiconException;

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
}
