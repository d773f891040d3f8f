package org.warta.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.claim.ArticleFixture;
import org.warta.model.EntityType;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.Modality;
import org.warta.model.Resolution;

/** Events of Indonesian golden inputs with hand-built entities, until the golden harness runs the pipeline. */
class GoldenIndonesianEventsTest {
    private static String input(String name) throws IOException {
        try (InputStream in = GoldenIndonesianEventsTest.class.getResourceAsStream("/golden/" + name + "/input.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void codesAQuoteOnlyDiplomaticStory() throws IOException {
        ArticleFixture f = ArticleFixture.of(input("id-diplomatic-quotes"), "id", LocalDate.of(2024, 5, 1));
        String retno = f.entity(EntityType.PERSON, "Retno Marsudi", "IDN", "GOV", "Retno Marsudi", "Retno", "Ia");
        String ausFm = f.entity(EntityType.PERSON, "Menteri Luar Negeri Australia", "AUS", "GOV",
                "Menteri Luar Negeri Australia");
        String indonesia = f.entity(EntityType.LOCATION, "Indonesia", "IDN", null, "Indonesia");
        f.entity(EntityType.LOCATION, "Jakarta", "IDN", null, "Jakarta");
        f.entity(EntityType.LOCATION, "South China Sea", null, null, "Laut China Selatan");
        List<Event> events = new EventCoder().code(f.doc(), f.entities(), List.of(), f.dates()).value();
        assertThat(events).extracting(Event::type, Event::actors, Event::modality).containsExactly(
                tuple(EventType.CONSULT, List.of(retno), Modality.ASSERTED),
                tuple(EventType.AGREE, List.of(retno), Modality.ASSERTED),
                tuple(EventType.SUPPORT, List.of(indonesia), Modality.ASSERTED));
        assertThat(events.get(0).recipients()).containsExactly(ausFm);
        assertThat(events.get(0).mode()).isEqualTo("meet");
    }

    @Test
    void codesBackgroundAPlannedTalkAndARefusalToWithdraw() throws IOException {
        ArticleFixture f = ArticleFixture.of(input("id-background-history"), "id", LocalDate.of(2024, 5, 1));
        String fm = f.entity(EntityType.PERSON, "Menteri Luar Negeri Pakistan", "PAK", "GOV",
                "Menteri Luar Negeri Pakistan");
        String india = f.entity(EntityType.LOCATION, "India", "IND", null, "India");
        String pakistan = f.entity(EntityType.LOCATION, "Pakistan", "PAK", null, "Pakistan");
        f.entity(EntityType.LOCATION, "Kashmir", null, null, "Kashmir");
        f.entity(EntityType.LOCATION, "Islamabad", "PAK", null, "Islamabad");
        f.date("akhir 1980-an", "198X", Resolution.DECADE);
        List<Event> events = new EventCoder().code(f.doc(), f.entities(), List.of(), f.dates()).value();
        assertThat(events).extracting(Event::type, Event::modality).containsExactly(
                tuple(EventType.ASSAULT, Modality.HISTORICAL), tuple(EventType.CONSULT, Modality.PLANNED),
                tuple(EventType.RETREAT, Modality.NEGATED));
        assertThat(events.get(0).actors()).isEmpty();
        assertThat(events.get(1).actors()).containsExactly(india, pakistan);
        assertThat(events.get(2).actors()).containsExactly(fm);
    }
}
