package org.warta.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.event.EventCoder;
import org.warta.model.Claim;
import org.warta.model.ClaimStatus;
import org.warta.model.EntityType;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.ObjectCategory;
import org.warta.model.Predicate;
import org.warta.model.Stance;

/**
 * Indonesian golden inputs (src/test/resources/golden) read with hand-built entities and quantities, as issues 3
 * and 5 are to give them, until the golden harness runs the whole pipeline.
 */
class GoldenIndonesianClaimsTest {
    private static String input(String name) throws IOException {
        try (InputStream in = GoldenIndonesianClaimsTest.class.getResourceAsStream("/golden/" + name + "/input.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsShotDownAircraftAndDronesWithANoCommentResponse() throws IOException {
        ArticleFixture f = ArticleFixture.of(input("id-aircraft-shot-down"), "id", LocalDate.of(2024, 3, 3));
        String ukrArmy = f.entity(EntityType.ORGANIZATION, "Armed Forces of Ukraine", "UKR", "MIL", "Militer Ukraina",
                "militer Ukraina");
        String rusMod = f.entity(EntityType.ORGANIZATION, "Russian Ministry of Defence", "RUS", "MIL",
                "Kementerian Pertahanan Rusia");
        String russia = f.entity(EntityType.LOCATION, "Russia", "RUS", null, "Rusia");
        String donetsk = f.entity(EntityType.LOCATION, "Donetsk", "UKR", null, "Donetsk");
        f.quantity("dua", 2, "pesawat tempur Su-34 milik Rusia", "aircraft")
                .quantity("17", 17, "pesawat nirawak", "drone");
        List<Claim> claims = new ClaimFinder().find(f.doc(), f.entities(), f.quantities(), f.dates(), f.quotes())
                .value();
        assertThat(claims).extracting(Claim::predicate, c -> c.count().value(), Claim::object, Claim::claimant,
                Claim::agent, Claim::affected, Claim::place, Claim::status).containsExactly(
                tuple(Predicate.SHOT_DOWN, 2.0, ObjectCategory.AIRCRAFT, ukrArmy, ukrArmy, russia, donetsk,
                        ClaimStatus.CLAIMED),
                tuple(Predicate.SHOT_DOWN, 17.0, ObjectCategory.DRONE, ukrArmy, ukrArmy, russia, donetsk,
                        ClaimStatus.CLAIMED));
        assertThat(claims.get(1).responses()).extracting(r -> r.party(), r -> r.stance())
                .containsExactly(tuple(rusMod, Stance.NO_COMMENT));
        List<Event> events = new EventCoder().code(f.doc(), f.entities(), claims, f.dates()).value();
        assertThat(events).extracting(Event::type, Event::claims)
                .containsExactly(tuple(EventType.ASSAULT, List.of("c1", "c2")));
    }

    @Test
    void readsADisasterTollToldByAnAgencyAsReported() throws IOException {
        ArticleFixture f = ArticleFixture.of(input("id-disaster-bnpb"), "id", LocalDate.of(2024, 5, 1));
        String bnpb = f.entity(EntityType.ORGANIZATION, "BNPB", "IDN", "GOV",
                "Badan Nasional Penanggulangan Bencana (BNPB)", "BNPB");
        String luwu = f.entity(EntityType.LOCATION, "Luwu Utara", "IDN", null, "Kabupaten Luwu Utara");
        f.entity(EntityType.LOCATION, "Sulawesi Selatan", "IDN", null, "Sulawesi Selatan");
        f.quantity("21", 21, "orang", "people").quantity("5.000", 5000, "warga", "people")
                .quantity("300", 300, "rumah", "building").quantity("14", 14, "hari", null);
        List<Claim> claims = new ClaimFinder().find(f.doc(), f.entities(), f.quantities(), f.dates(), f.quotes())
                .value();
        assertThat(claims).extracting(Claim::predicate, c -> c.count().value(), Claim::claimant, Claim::status)
                .containsExactly(tuple(Predicate.KILLED, 21.0, bnpb, ClaimStatus.REPORTED),
                        tuple(Predicate.DISPLACED, 5000.0, bnpb, ClaimStatus.REPORTED),
                        tuple(Predicate.DAMAGED, 300.0, bnpb, ClaimStatus.REPORTED));
        assertThat(claims.get(0).place()).isEqualTo(luwu);
        assertThat(new EventCoder().code(f.doc(), f.entities(), claims, f.dates()).value()).isEmpty();
    }

    @Test
    void findsNoClaimInPricesVotesAgesAndPercentages() throws IOException {
        ArticleFixture f = ArticleFixture.of(input("id-not-claims"), "id", LocalDate.of(2024, 5, 1));
        f.quantity("Rp 80.000", 80000, "Rp", null).quantity("1.245", 1245, "suara", null)
                .quantity("980", 980, "suara", null).quantity("42", 42, "tahun", null)
                .quantity("dua", 2, "periode", null).quantity("2,8", 2.8, "persen", null);
        assertThat(new ClaimFinder().find(f.doc(), f.entities(), f.quantities(), f.dates(), f.quotes()).value())
                .isEmpty();
        assertThat(new EventCoder().code(f.doc(), f.entities(), List.of(), f.dates()).value()).isEmpty();
    }
}
