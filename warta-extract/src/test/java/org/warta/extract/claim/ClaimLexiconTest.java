package org.warta.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

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
}
