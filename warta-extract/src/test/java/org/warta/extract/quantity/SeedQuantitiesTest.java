package org.warta.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.segment.Document;
import org.warta.model.Quantity;

/** The eight figures and the background figure of shared/spec/seed-expectations.md, from the seed's body. */
class SeedQuantitiesTest {
    static Document seedBody() throws IOException {
        return SeedBody.document();
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
