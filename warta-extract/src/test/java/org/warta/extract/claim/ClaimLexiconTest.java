package org.warta.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.claim.ClaimLexicon.Link;

class ClaimLexiconTest {
    @Test
    void loadsEveryClaimLexiconInBothLanguages() {
        ClaimLexicon lex = ClaimLexicon.standard();
        var tokens = org.warta.extract.segment.Tokenizer.standard().tokenize("tewas killed ditembak jatuh", 0, 27);
        assertThat(lex.predicates().find(tokens)).hasSize(3);
        assertThat(lex.objects().find(org.warta.extract.segment.Tokenizer.standard()
                .tokenize("tank soldiers", 0, 13))).hasSize(2);
        assertThat(lex.linkCount()).isGreaterThan(50);
        assertThat(lex.links(Link.SEPARATOR).find(tokens)).isEmpty();
        assertThat(lex.cues().find(org.warta.extract.segment.Tokenizer.standard()
                .tokenize("menurut according to", 0, 20))).hasSize(2);
        assertThat(lex.responses().find(org.warta.extract.segment.Tokenizer.standard()
                .tokenize("membantah denied", 0, 16))).hasSize(2);
    }

    /* 'were admitted' (to hospital) holds the reporting word 'admitted' but reports nothing. */
    @Test
    void findsNoCueInAPhraseThatOnlyHoldsOne() {
        ClaimLexicon lex = ClaimLexicon.standard();
        String hospital = "four were admitted to hospital";
        String admission = "the army admitted losses";
        assertThat(lex.cues().find(org.warta.extract.segment.Tokenizer.standard().tokenize(hospital, 0,
                hospital.length()))).isEmpty();
        assertThat(lex.cues().find(org.warta.extract.segment.Tokenizer.standard().tokenize(admission, 0,
                admission.length()))).hasSize(1);
    }

    /* A judging word opens a judgement of a figure as a reporting word does; without the figure's noun, none. */
    @Test
    void readsAJudgementAfterAJudgingWord() {
        ClaimLexicon lex = ClaimLexicon.standard();
        assertThat(stances(lex, "Kepala desa menilai jumlah pengungsi lebih besar dari data BPBD."))
                .containsExactly(org.warta.model.Stance.DISPUTED);
        assertThat(stances(lex, "He described the figures given by residents as \"inflated\"."))
                .containsExactly(org.warta.model.Stance.DISPUTED);
        assertThat(stances(lex, "She called the figure \"fabricated for domestic consumption\"."))
                .containsExactly(org.warta.model.Stance.DENIED);
        assertThat(stances(lex, "Warga menilai banjir kali ini lebih besar dari tahun lalu.")).isEmpty();
    }

    private static List<org.warta.model.Stance> stances(ClaimLexicon lex, String text) {
        return lex.responses(org.warta.extract.segment.Tokenizer.standard().tokenize(text, 0, text.length()))
                .stream().map(m -> m.value().stance()).toList();
    }
}
