package org.warta.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.claim.ArticleFixture;
import org.warta.extract.claim.ClaimFinder;
import org.warta.extract.claim.SeedFixture;
import org.warta.model.Claim;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.Modality;

/** The seed's nine PLOVER events (spec/seed-expectations.md) from hand-built stage output. */
class SeedEventsTest {
    /** Also when quantity spans run over their units, and when the entity stage leaves pronouns unresolved. */
    @ParameterizedTest(name = "units in spans {0}, pronoun mentions {1}")
    @CsvSource({"false, true", "true, true", "false, false"})
    void codesTheSeedsNineEvents(boolean unitsInSpans, boolean pronouns) throws IOException {
        ArticleFixture f = SeedFixture.build(unitsInSpans, pronouns);
        List<Claim> claims = new ClaimFinder().find(f.doc(), f.entities(), f.quantities(), f.dates(), f.quotes())
                .value();
        List<Event> events = new EventCoder().code(f.doc(), f.entities(), claims, f.dates()).value();
        String pashinyan = f.id("Nikol Pashinyan");
        String nk = f.id("Nagorno-Karabakh");
        assertThat(events).extracting(Event::type, Event::mode, Event::actors, Event::recipients, Event::modality)
                .containsExactly(
                        tuple(EventType.ASSAULT, null, List.of(f.id("Azerbaijan")), List.of(f.id("Armenia")),
                                Modality.CLAIMED),
                        tuple(EventType.COOPERATE, null, List.of(pashinyan), List.of(nk), Modality.PLANNED),
                        tuple(EventType.COOPERATE, null, List.of(pashinyan), List.of(nk), Modality.POSSIBLE),
                        tuple(EventType.CONSULT, "phone", List.of(pashinyan), List.of(f.id("Vladimir Putin")),
                                Modality.ASSERTED),
                        tuple(EventType.REQUEST, null, List.of(f.id("Armenia")), List.of(f.id("Russia")),
                                Modality.NEGATED),
                        tuple(EventType.REJECT, "meet", List.of(pashinyan, f.id("Ilham Aliyev")),
                                List.of(f.id("United Nations"), f.id("NATO")), Modality.ASSERTED),
                        tuple(EventType.REQUEST, "yield", List.of(f.id("James Appathurai")), List.of(),
                                Modality.ASSERTED),
                        tuple(EventType.SUPPORT, null, List.of(f.id("NATO")), List.of(f.id("OSCE Minsk Group")),
                                Modality.ASSERTED),
                        tuple(EventType.REQUEST, null, List.of(f.id("Antonio Guterres")), List.of(),
                                Modality.ASSERTED));
        assertThat(events.get(0).claims()).containsExactly("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8");
        assertThat(events.get(0).trigger().text()).isEqualTo("membunuh atau melukai");
        assertThat(events).extracting(Event::id).startsWith("v1", "v2");
    }
}
