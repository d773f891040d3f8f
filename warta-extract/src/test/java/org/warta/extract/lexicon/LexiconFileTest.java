package org.warta.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"segment/abbreviations.txt", "lang/markers.tsv", "lang/affixes.tsv",
        "clean/boilerplate.tsv", "clean/datelines.tsv"})
    void shippedLexiconLoads(String name) {
        assertThat(LexiconFile.rows(name)).isNotEmpty();
    }

    @Test
    void skipsCommentsAndBlankLinesAndSplitsOnTabs() {
        var rows = LexiconFile.rows("clean/datelines.tsv");
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(2));
        assertThat(rows.get(0).line()).isGreaterThan(1);
    }

    @Test
    void appendsTheUsersOwnFileOfTheSameName(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("segment"));
        Files.writeString(dir.resolve("segment/abbreviations.txt"), "# mine\nwartaabbr\n");
        String before = System.getProperty("warta.lexicons");
        System.setProperty("warta.lexicons", dir.toString());
        try {
            assertThat(LexiconFile.words("segment/abbreviations.txt")).contains("wartaabbr", "jl");
        } finally {
            if (before == null) {
                System.clearProperty("warta.lexicons");
            } else {
                System.setProperty("warta.lexicons", before);
            }
        }
    }

    @Test
    void aMissingFileSaysWhatToDo() {
        assertThatThrownBy(() -> LexiconFile.rows("nope/missing.tsv")).isInstanceOf(LexiconException.class)
                .hasMessageContaining("'nope/missing.tsv'").hasMessageContaining("rebuild warta or restore the file");
    }

    @Test
    void aBadEnumValueNamesFileLineAndChoices() {
        LexiconRow row = new LexiconRow("actors.tsv", 42, java.util.List.of("X", "MILL"));
        assertThatThrownBy(() -> row.enumColumn(1, java.time.DayOfWeek.class))
                .hasMessage("Dictionary file 'actors.tsv' line 42: unknown DayOfWeek 'MILL'; expected one of "
                        + "[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY].");
    }
}
