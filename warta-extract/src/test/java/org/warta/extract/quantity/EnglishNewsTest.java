package org.warta.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.Quantity;

/** English news sentences written for this test after the seed's English wire versions. */
class EnglishNewsTest {
    @Test
    void readsTheFiguresOfAnEnglishClaim() {
        List<Quantity> found = QuantityFinder.standard().find("Azerbaijan said it had killed or wounded 2,300 "
                + "Armenian troops and destroyed 130 tanks and armoured vehicles, 200 artillery pieces, 25 air defence "
                + "systems and five ammunition depots.", false);
        assertThat(found).extracting(Quantity::value, Quantity::unit, Quantity::category).containsExactly(
                tuple(2300.0, "Armenian troops", "personnel"),
                tuple(130.0, "tanks and armoured vehicles", "armoured_vehicle"),
                tuple(200.0, "artillery pieces", "artillery"),
                tuple(25.0, "air defence systems", "air_defence"),
                tuple(5.0, "ammunition depots", "depot"));
    }

    /* English hedges and vague amounts (Merriam-Webster senses; CLDR en number symbols for 2,300). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tens of thousands of people were killed | Tens of thousands | | 10000 | 99999 | people
            At least 40 civilians died              | At least 40       | 40 | 40 | | civilians
            nearly 3,000 houses were damaged        | nearly 3,000      | 3000 | | 3000 | houses
            some 300 soldiers                       | some 300          | 300 | | | soldiers
            up to 12 drones                         | up to 12          | 12 | | 12 | drones
            """)
    void readsEnglishHedges(String text, String span, Double value, Double min, Double max, String unit) {
        Quantity q = QuantityFinder.standard().find(text, false).get(0);
        assertThat(q.text()).isEqualTo(span);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.min()).isEqualTo(min);
        assertThat(q.max()).isEqualTo(max);
        assertThat(q.unit()).isEqualTo(unit);
    }
}
