package org.warta.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.Claim;
import org.warta.model.ClaimStatus;
import org.warta.model.ObjectCategory;
import org.warta.model.Predicate;
import org.warta.model.Stance;

/** The seed's claims (spec/seed-expectations.md) from hand-built entities, quantities, dates and quotes. */
class SeedClaimsTest {
    /** Also when quantity spans run over their units, and when the entity stage leaves pronouns unresolved. */
    @ParameterizedTest(name = "units in spans {0}, pronoun mentions {1}")
    @CsvSource({"false, true", "true, true", "false, false"})
    void findsTheEightClaimedFiguresAndTheBackgroundToll(boolean unitsInSpans, boolean pronouns) throws IOException {
        ArticleFixture f = SeedFixture.build(unitsInSpans, pronouns);
        List<Claim> claims = new ClaimFinder().find(f.doc(), f.entities(), f.quantities(), f.dates(), f.quotes())
                .value();
        assertThat(claims).extracting(Claim::predicate, c -> c.count().value(), Claim::object).containsExactly(
                tuple(Predicate.KILLED_OR_WOUNDED, 2300.0, ObjectCategory.PERSONNEL),
                tuple(Predicate.DESTROYED, 130.0, ObjectCategory.ARMOURED_VEHICLE),
                tuple(Predicate.DESTROYED, 200.0, ObjectCategory.ARTILLERY),
                tuple(Predicate.DESTROYED, 25.0, ObjectCategory.AIR_DEFENCE),
                tuple(Predicate.DESTROYED, 6.0, ObjectCategory.POSITION),
                tuple(Predicate.DESTROYED, 5.0, ObjectCategory.DEPOT),
                tuple(Predicate.DESTROYED, 50.0, ObjectCategory.ANTI_TANK_WEAPON),
                tuple(Predicate.DESTROYED, 55.0, ObjectCategory.VEHICLE),
                tuple(Predicate.KILLED, null, ObjectCategory.PEOPLE));
        String ministry = f.id("Kementerian Pertahanan Azerbaijan");
        for (Claim c : claims.subList(0, 8)) {
            assertThat(c.claimant()).as(c.objectText()).isEqualTo(ministry);
            assertThat(c.via()).as(c.objectText()).containsExactly("Anadolu Agency");
            assertThat(c.agent()).as(c.objectText()).isEqualTo(f.id("Azerbaijan"));
            assertThat(c.affected()).as(c.objectText()).isEqualTo(f.id("Armenia"));
            assertThat(c.place()).as(c.objectText()).isEqualTo(f.id("Nagorno-Karabakh"));
            assertThat(c.period().from()).as(c.objectText()).isEqualTo("2020-09-27");
            assertThat(c.status()).as(c.objectText()).isEqualTo(ClaimStatus.CLAIMED);
            assertThat(c.responses()).as(c.objectText()).extracting(r -> r.party(), r -> r.stance())
                    .containsExactly(tuple(f.id("Armenia"), Stance.NO_COMMENT));
        }
        assertThat(claims.get(0).objectText()).isEqualTo("personel militer Armenia");
        assertThat(claims.get(0).evidence()).hasSize(3);
        Claim background = claims.get(8);
        assertThat(background.count().min()).isEqualTo(10000.0);
        assertThat(background.count().max()).isEqualTo(99999.0);
        assertThat(background.claimant()).isNull();
        assertThat(background.status()).isEqualTo(ClaimStatus.REPORTED);
        assertThat(background.period().from()).isEqualTo("199X");
        assertThat(background.responses()).isEmpty();
        assertThat(claims).extracting(Claim::id).containsExactly("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8",
                "c9");
    }
}
