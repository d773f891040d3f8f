package org.warta.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Claim;
import org.warta.model.ClaimStatus;
import org.warta.model.Count;
import org.warta.model.ObjectCategory;
import org.warta.model.Predicate;

class OwnOutletTest {
    private static Claim relayedBy(String... via) {
        return new Claim("c1", Predicate.KILLED, Count.exact(40), ObjectCategory.PERSONNEL, "soldiers", null,
                List.of(via), null, null, null, null, ClaimStatus.REPORTED, List.of(), List.of(), 0.5);
    }

    @Test
    void findsTheOutletOfASiteAndOfItsSubdomains() {
        assertThat(OwnOutlet.standard().nameOf("aljazeera.com")).isEqualTo("Al Jazeera");
        assertThat(OwnOutlet.standard().nameOf("english.aljazeera.com")).isEqualTo("Al Jazeera");
        assertThat(OwnOutlet.standard().nameOf("example.org")).isNull();
        assertThat(OwnOutlet.standard().nameOf(null)).isNull();
    }

    // From a sixth blind set (Al Jazeera on Burkina Faso): 'A security source ... told Al Jazeera that ...' on
    // aljazeera.com is the outlet's own reporting; on another site Al Jazeera relays it.
    @Test
    void takesTheArticlesOwnOutletOutOfTheRelays() {
        List<Claim> claims = List.of(relayedBy("Al Jazeera"), relayedBy("Reuters", "Al Jazeera"), relayedBy("Reuters"));
        assertThat(OwnOutlet.standard().notRelaying(claims, "aljazeera.com")).extracting(Claim::via)
                .containsExactly(List.of(), List.of("Reuters"), List.of("Reuters"));
        assertThat(OwnOutlet.standard().notRelaying(claims, "kompas.com")).isEqualTo(claims);
    }
}
