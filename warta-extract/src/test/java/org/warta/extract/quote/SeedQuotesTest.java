package org.warta.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Quote;
import org.warta.model.Span;
import org.warta.model.testing.SharedData;

/**
 * The seed's entities and quotes (shared/spec/seed-expectations.md), found in its seven body paragraphs; the
 * title, dateline and blog boilerplate are cut here because cleaning is another stage's work.
 */
class SeedQuotesTest {
    private static Document body() throws Exception {
        String raw = Files.readString(SharedData.require("seed/000_ff36bd3fc7d329e5.txt"), StandardCharsets.UTF_8);
        int from = raw.indexOf("Azerbaijan mengklaim");
        int to = raw.indexOf("Post a Comment");
        String text = raw.substring(from, to).replace("***", "").strip();
        return Segmenter.standard().segment(text, "id", LocalDate.of(2020, 9, 30));
    }

    private static Entity mentioned(List<Entity> all, String text) {
        return all.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text))).findFirst()
                .orElseThrow(() -> new AssertionError("no entity mentioned as '" + text + "'"));
    }

    @Test
    void findsTheSeedEntitiesWithRolesCountriesAndSectors() throws Exception {
        List<Entity> all = new EntityFinder().find(body()).value();
        Entity pashinyan = mentioned(all, "Nikol Pashinyan");
        assertThat(pashinyan.mentions()).extracting(Span::text).contains("Pashinyan", "Ia");
        assertThat(pashinyan.role()).isEqualTo("Perdana Menteri");
        assertThat(pashinyan).extracting(Entity::country, Entity::sector).containsExactly("ARM", "GOV");
        Entity putin = mentioned(all, "Vladimir Putin");
        assertThat(putin).extracting(Entity::role, Entity::country, Entity::sector)
                .containsExactly("Presiden Rusia", "RUS", "GOV");
        assertThat(mentioned(all, "Ilham Aliyev")).extracting(Entity::role, Entity::country)
                .containsExactly("Presiden Azerbaijan", "AZE");
        Entity appathurai = mentioned(all, "James Appathurai");
        assertThat(appathurai.role())
                .isEqualTo("Perwakilan Khusus Sekretaris Jenderal NATO untuk Kaukasus dan Asia Tengah");
        assertThat(appathurai.sector()).isEqualTo("IGO");
        assertThat(mentioned(all, "Antonio Guterres")).extracting(Entity::role, Entity::sector)
                .containsExactly("Sekjen PBB", "IGO");
        assertThat(mentioned(all, "Kementerian Pertahanan Azerbaijan")).isSameAs(mentioned(all, "Kemenhan Azerbaijan"));
        assertThat(mentioned(all, "Kemenhan Azerbaijan").country()).isEqualTo("AZE");
        assertThat(mentioned(all, "Anadolu Agency")).extracting(Entity::country, Entity::sector)
                .containsExactly("TUR", "JRN");
        assertThat(mentioned(all, "NATO")).isSameAs(mentioned(all, "Pakta Pertahanan Atlantik Utara"));
        assertThat(mentioned(all, "PBB")).isSameAs(mentioned(all, "Perserikatan Bangsa-Bangsa"));
        assertThat(mentioned(all, "Baku")).isSameAs(mentioned(all, "Azerbaijan"));
        assertThat(mentioned(all, "Nagorno-Karabakh").type()).isEqualTo(EntityType.LOCATION);
        assertThat(mentioned(all, "Rusia").country()).isEqualTo("RUS");
        assertThat(all.get(0).id()).isEqualTo("e1");
    }

    @Test
    void findsBothSeedQuotesWithAppathuraiAsSpeaker() throws Exception {
        Document doc = body();
        List<Entity> entities = new EntityFinder().find(doc).value();
        List<Quote> direct = new QuoteFinder().find(doc, entities).value().stream().filter(Quote::direct).toList();
        assertThat(direct).extracting(Quote::text).containsExactly("Kedua kubu harus segera mengakhiri pertempuran",
                "Mereka harus melanjutkan negosiasi demi mencari solusi damai. NATO mendukung upaya Organisasi "
                        + "Keamanan dan Kerja Sama Eropa (OSCE) Minsk Group dalam mengakhiri konflik");
        String appathurai = mentioned(entities, "James Appathurai").id();
        assertThat(direct).extracting(Quote::speaker).containsOnly(appathurai);
        assertThat(direct).extracting(Quote::speakerText).containsOnly("James Appathurai");
        assertThat(direct).extracting(Quote::cue).containsExactly("kata", "sambungnya");
    }
}
