package org.warta.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.segment.Segmenter;
import org.warta.model.Entity;

class DatedRoleTest {
    // Rule source: the people dictionary's format, one row per role period; the article's date picks the row.
    @ParameterizedTest
    @CsvSource({"2020-05-01, id, Menteri Kesehatan", "2025-01-10, id, Duta Besar", "2020-05-01, en, Minister of Health"})
    void choosesTheRoleHeldOnTheArticlesDate(LocalDate published, String language, String role, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("entity/actors/people.tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# test rows\n"
                + "Ratna Kusumadewi\tKusumadewi\tIDN\tGOV\tMenteri Kesehatan|Minister of Health\t2019-10-23\t"
                + "2024-10-20\ttest\n"
                + "Ratna Kusumadewi\tKusumadewi\tIDN\tGOV\tDuta Besar|Ambassador\t2024-10-21\t\ttest\n");
        System.setProperty("warta.lexicons", dir.toString());
        ActorDictionary dictionary;
        try {
            dictionary = ActorFiles.load();
        } finally {
            System.clearProperty("warta.lexicons");
        }
        String text = "Kusumadewi hadir di rapat itu.";
        Entity e = new EntityFinder(dictionary).find(Segmenter.standard().segment(text, language, published))
                .value().get(0);
        assertThat(e.name()).isEqualTo("Ratna Kusumadewi");
        assertThat(e.role()).isEqualTo(role);
        assertThat(e.country()).isEqualTo("IDN");
    }
}
