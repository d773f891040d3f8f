package org.warta.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;

class CueLexiconTest {
    // Source: the cue list (KBBI reporting verbs, their -nya forms, English newswire verbs).
    @ParameterizedTest
    @CsvSource({"kata, BASE", "sambungnya, CLITIC", "mengatakan, VERB", "said, VERB", "menurut, ACCORDING",
        "according to, ACCORDING", "tambahnya, CLITIC", "membantah, VERB"})
    void loadsCuesOfBothLanguages(String phrase, CueLexicon.Kind kind) {
        List<Token> tokens = Tokenizer.standard().tokenize(phrase, 0, phrase.length());
        assertThat(CueLexicon.standard().at(tokens, 0, kind)).isEqualTo(tokens.size());
    }
}
