package org.warta.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityLexiconTest {
    @Test
    void loadsEveryQuantityFile() {
        QuantityLexicon lex = QuantityLexicon.standard();
        assertThat(lex.numberWords).containsKeys("sembilan", "ninety", "ribu", "million", "setengah");
        assertThat(lex.vague.contains("puluhan")).isTrue();
        assertThat(lex.hedgesBefore.contains("lebih dari")).isTrue();
        assertThat(lex.hedgesAfter.contains("lebih")).isTrue();
        assertThat(lex.currenciesBefore.contains("rp")).isTrue();
        assertThat(lex.currenciesAfter.contains("rupiah")).isTrue();
        assertThat(lex.percent.contains("persen")).isTrue();
        assertThat(lex.categories.contains("personel")).isTrue();
        assertThat(lex.unitStops).contains("di", "were");
        assertThat(lex.labels.words()).contains("pasal", "section");
        assertThat(lex.unitNouns).contains("menteri");
        assertThat(lex.unitStopsAfterFirst).contains("pekan");
    }
}
