package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeldKeysTest {
    @Test
    void holdsExactlyTheKeysAddedWhateverTheirForm() {
        HeldKeys held = new HeldKeys();
        Set<String> added = new HashSet<>();
        Random rnd = new Random(17);
        for (int i = 0; i < 50_000; i++) { // past several doublings of the table
            String k = String.format("%016x", rnd.nextLong());
            held.add(k);
            added.add(k);
        }
        for (String k : new String[] {"0000000000000000", "ffffffffffffffff", "8000000000000000", "a1", "",
            "ABCDEF0123456789", "0123456789abcdef0"}) {
            assertThat(held.contains(k)).as(k).isFalse();
            held.add(k);
            added.add(k);
            assertThat(held.contains(k)).as(k).isTrue();
        }
        held.add("a1"); // again
        assertThat(held.size()).isEqualTo(added.size());
        for (String k : added) {
            assertThat(held.contains(k)).as(k).isTrue();
        }
        Random other = new Random(18);
        for (int i = 0; i < 50_000; i++) {
            String k = String.format("%016x", other.nextLong());
            assertThat(held.contains(k)).isEqualTo(added.contains(k));
        }
        assertThat(held.contains("abcdef0123456789")).isFalse(); // lower-case form of an upper-case key held
    }
}
