package org.warta.extract.claim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.warta.model.EntityType;
import org.warta.model.Resolution;
import org.warta.model.testing.SharedData;

/**
 * The seed article's body with the entities, quantities, dates and quotes that issues 3 and 5 are to give
 * (spec/seed-expectations.md), built by hand. Skips the calling test when ../shared is missing.
 */
public final class SeedFixture {
    private SeedFixture() {
    }

    public static ArticleFixture build() throws IOException {
        return build(false, true);
    }

    /**
     * @param unitsInSpans quantity spans run over their counted phrase, as a quantity stage may give them
     * @param pronouns     the entity stage joins {@code Ia} to Pashinyan's mentions
     */
    public static ArticleFixture build(boolean unitsInSpans, boolean pronouns) throws IOException {
        String raw = Files.readString(SharedData.require("seed/000_ff36bd3fc7d329e5.txt"), StandardCharsets.UTF_8);
        int from = raw.indexOf("Azerbaijan mengklaim");
        int to = raw.indexOf("seruan senada.") + "seruan senada.".length();
        String body = raw.substring(from, to).replaceAll("\n\n+", "\n");
        ArticleFixture f = ArticleFixture.of(body, "id", LocalDate.of(2020, 9, 30));
        f.entity(EntityType.ORGANIZATION, "Kementerian Pertahanan Azerbaijan", "AZE", "MIL",
                "Kementerian Pertahanan Azerbaijan", "Kemenhan Azerbaijan");
        f.entity(EntityType.ORGANIZATION, "OSCE Minsk Group", null, "IGO",
                "Organisasi Keamanan dan Kerja Sama Eropa (OSCE) Minsk Group");
        f.entity(EntityType.ORGANIZATION, "NATO", null, "IGO", "Pakta Pertahanan Atlantik Utara", "NATO");
        f.entity(EntityType.ORGANIZATION, "United Nations", null, "IGO", "Perserikatan Bangsa-Bangsa", "PBB");
        f.entity(EntityType.ORGANIZATION, "Anadolu Agency", "TUR", "JRN", "Anadolu Agency");
        f.entity(EntityType.ORGANIZATION, "impiannews.com", "IDN", "JRN", "impiannews.com");
        if (pronouns) {
            f.entity(EntityType.PERSON, "Nikol Pashinyan", "ARM", "GOV", "Nikol Pashinyan", "Pashinyan", "Ia");
        } else {
            f.entity(EntityType.PERSON, "Nikol Pashinyan", "ARM", "GOV", "Nikol Pashinyan", "Pashinyan");
        }
        f.entity(EntityType.PERSON, "Vladimir Putin", "RUS", "GOV", "Vladimir Putin");
        f.entity(EntityType.PERSON, "Ilham Aliyev", "AZE", "GOV", "Ilham Aliyev");
        f.entity(EntityType.PERSON, "James Appathurai", null, "IGO", "James Appathurai");
        f.entity(EntityType.PERSON, "Antonio Guterres", null, "IGO", "Antonio Guterres");
        f.entity(EntityType.LOCATION, "Nagorno-Karabakh", "AZE", null, "Nagorno-Karabakh");
        f.entity(EntityType.LOCATION, "Azerbaijan", "AZE", null, "Azerbaijan", "Baku");
        f.entity(EntityType.LOCATION, "Armenia", "ARM", null, "Armenia");
        f.entity(EntityType.LOCATION, "Russia", "RUS", null, "Rusia");
        f.entity(EntityType.LOCATION, "Soviet Union", null, null, "Uni Soviet");
        String[][] figures = {{"2.300", "0", "2300", "personel militer Armenia", "personnel"},
            {"2.300", "1", "2300", "prajurit Armenia", "personnel"},
            {"130", "0", "130", "tank dan kendaraan lapis baja", "armoured_vehicle"},
            {"200", "0", "200", "artileri dan sistem misil", "artillery"},
            {"25", "0", "25", "sistem pertahanan udara", "air_defence"},
            {"enam", "0", "6", "zona observasi", "position"},
            {"lima", "0", "5", "gudang senjata", "depot"},
            {"50", "0", "50", "senjata anti-tank", "anti_tank_weapon"},
            {"55", "0", "55", "mobil", "vehicle"}};
        for (String[] q : figures) {
            if (unitsInSpans) {
                f.quantityWithUnit(q[0], 0, Double.parseDouble(q[2]), q[3], q[4]);
            } else {
                f.quantity(q[0], Integer.parseInt(q[1]), Double.parseDouble(q[2]), q[3], q[4]);
            }
        }
        f.vague("Puluhan ribu", 10000, 99999, "orang", "people");
        f.date("Minggu 27 September", "2020-09-27", Resolution.DAY)
                .date("Rabu 30 September 2020", "2020-09-30", Resolution.DAY)
                .date("awal 1990-an", "199X", Resolution.DECADE);
        String james = f.id("James Appathurai");
        f.quote("Kedua kubu harus segera mengakhiri pertempuran", james, "James Appathurai", "kata");
        f.quote("Mereka harus melanjutkan negosiasi demi mencari solusi damai. NATO mendukung upaya Organisasi "
                + "Keamanan dan Kerja Sama Eropa (OSCE) Minsk Group dalam mengakhiri konflik,", james,
                "James Appathurai", "sambungnya");
        return f;
    }
}
