package org.warta.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;
import org.warta.model.Quantity;
import org.warta.model.testing.SharedData;

/** The eight figures and the background figure of shared/spec/seed-expectations.md, from the seed's body. */
class SeedQuantitiesTest {
    /** The seed's body paragraphs: from the first after the dateline to the last before the blog widgets. */
    static Document seedBody() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("seed/000_ff36bd3fc7d329e5.txt"),
                StandardCharsets.UTF_8);
        int from = 0;
        while (!lines.get(from).startsWith("IMPIANNEWS.COM")) {
            from++;
        }
        int to = lines.size();
        while (!lines.get(to - 1).startsWith("\"Mereka")) {
            to--;
        }
        String body = String.join("\n", lines.subList(from + 1, to)).strip();
        return Segmenter.standard().segment(body, "id", LocalDate.of(2020, 9, 30));
    }

    @Test
    void findsTheSeedsFiguresWithTheirCountedNouns() throws IOException {
        List<Quantity> found = new QuantityFinder().find(seedBody()).value();
        assertThat(found).extracting(Quantity::text, Quantity::value, Quantity::unit, Quantity::category)
                .containsExactly(
                        tuple("2.300", 2300.0, "personel militer Armenia", "personnel"),
                        tuple("2.300", 2300.0, "prajurit Armenia", "personnel"),
                        tuple("130", 130.0, "tank dan kendaraan lapis baja", "armoured_vehicle"),
                        tuple("200", 200.0, "artileri dan sistem misil", "artillery"),
                        tuple("25", 25.0, "sistem pertahanan udara", "air_defence"),
                        tuple("enam", 6.0, "zona observasi", "position"),
                        tuple("lima", 5.0, "gudang senjata", "depot"),
                        tuple("50", 50.0, "senjata anti-tank", "anti_tank_weapon"),
                        tuple("55", 55.0, "mobil", "vehicle"),
                        tuple("Puluhan ribu", null, "orang", "people"));
        Quantity background = found.get(9);
        assertThat(background.min()).isEqualTo(10000.0);
        assertThat(background.max()).isEqualTo(99999.0);
        assertThat(background.approximate()).isTrue();
    }

    @Test
    void pointsEverySpanAtItsWords() throws IOException {
        Document doc = seedBody();
        for (Quantity q : new QuantityFinder().find(doc).value()) {
            assertThat(doc.text().substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }
}
