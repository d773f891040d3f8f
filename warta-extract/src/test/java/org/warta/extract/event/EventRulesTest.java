package org.warta.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.claim.ArticleFixture;
import org.warta.model.EntityType;
import org.warta.model.Event;

/**
 * Event words, modality and modes: the rule tables of event/verbs-*.tsv and event/modality.tsv, after PLOVER's
 * category definitions and its CAMEO mapping.
 */
class EventRulesTest {
    @Test
    void loadsEveryEventLexicon() {
        EventLexicon lex = EventLexicon.standard();
        assertThat(lex.verbCount()).isGreaterThan(200);
        assertThat(lex.demandMode(org.warta.model.EventType.RETREAT)).isEqualTo("yield");
        assertThat(lex.hazards().find(List.of(new org.warta.extract.segment.Token(0, 5, "gempa"),
                new org.warta.extract.segment.Token(6, 10, "bumi")))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a hazard's toll is no ASSAULT; an attack in the same words is one
            A flood struck Indonesia, killing 12 people.       | 0
            Banjir bandang di Indonesia menewaskan 21 orang.   | 0
            Indonesia killed 12 people in Malaysia.            | 1
            """)
    void readsAHazardsTollAsNoAssault(String text, int assaults) {
        ArticleFixture f = ArticleFixture.of(text, text.startsWith("Banjir") ? "id" : "en", LocalDate.of(2024, 5, 1));
        f.entity(EntityType.LOCATION, "Indonesia", "IDN", null, "Indonesia");
        if (text.contains("Malaysia")) {
            f.entity(EntityType.LOCATION, "Malaysia", "MYS", null, "Malaysia");
        }
        List<Event> events = new EventCoder().code(f.doc(), f.entities(), List.of(), f.dates()).value();
        assertThat(events.stream().filter(e -> e.type().name().equals("ASSAULT"))).hasSize(assaults);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # type | mode | modality, with Indonesia as actor and Malaysia as recipient
            Indonesia akan mengirim bantuan ke Malaysia.                 | AID       |           | PLANNED
            Indonesia tidak akan menyerang Malaysia.                     | ASSAULT   |           | NEGATED
            Indonesia mengecam Malaysia.                                 | ACCUSE    |           | ASSERTED
            Indonesia berbicara dengan Malaysia melalui telepon.         | CONSULT   | phone     | ASSERTED
            Indonesia menyerukan gencatan senjata kepada Malaysia.       | REQUEST   | yield     | ASSERTED
            Indonesia mengancam Malaysia dengan sanksi.                  | THREATEN  |           | ASSERTED
            Indonesia could impose sanctions on Malaysia.                | SANCTION  |           | POSSIBLE
            Indonesia did not recognize Malaysia.                        | COOPERATE |           | NEGATED
            Indonesia must withdraw from Malaysia.                       | REQUEST   | yield     | ASSERTED
            Indonesia deployed troops near Malaysia.                     | MOBILIZE  | troops    | ASSERTED
            Indonesia rejected talks with Malaysia.                      | REJECT    |           | ASSERTED
            Indonesia carried out a military strike on Malaysia.         | ASSAULT   |           | ASSERTED
            Indonesia's strike killed two Malaysia soldiers.             | ASSAULT   |           | ASSERTED
            Indonesia called a strike in Malaysia.                       | PROTEST   | strike-gen| ASSERTED
            Indonesia launched a drone strike on Malaysia.               | ASSAULT   | aerial    | ASSERTED
            Indonesia struck a deal with Malaysia.                       | AGREE     |           | ASSERTED
            """)
    void codesTypeModeAndModality(String text, String type, String mode, String modality) {
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2024, 5, 1));
        String idn = f.entity(EntityType.LOCATION, "Indonesia", "IDN", null, "Indonesia");
        String mys = f.entity(EntityType.LOCATION, "Malaysia", "MYS", null, "Malaysia");
        List<Event> events = new EventCoder().code(f.doc(), f.entities(), List.of(), f.dates()).value();
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.type().name()).isEqualTo(type);
        assertThat(e.mode()).isEqualTo(mode);
        assertThat(e.modality().name()).isEqualTo(modality);
        assertThat(e.actors()).containsExactly(idn);
        if (!e.type().name().equals("MOBILIZE")) {
            assertThat(e.recipients()).containsExactly(mys);
        }
    }

    @Test
    void readsANameThatLooksLikeAnEventWordAsAName() {
        ArticleFixture f = ArticleFixture.of("The Asia-Pacific Economic Cooperation forum met in Tokyo.", "en",
                LocalDate.of(2024, 5, 1));
        List<Event> events = new EventCoder().code(f.doc(), List.of(), List.of(), List.of()).value();
        assertThat(events).extracting(e -> e.type().name()).containsExactly("CONSULT");
    }
}
