package org.warta.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.entity.tagger.Clue;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;

class TokenCluesTest {
    private static boolean has(int bits, Clue c) {
        return (bits & c.bit()) != 0;
    }

    @Test
    void marksTitlesDictionaryNamesAndCueWords() {
        String text = "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan di Kabupaten Bogor bahwa PBB diam.";
        List<Token> tokens = Tokenizer.standard().tokenize(text, 0, text.length());
        int[] clues = TokenClues.standard().of(tokens);
        assertThat(clues).hasSize(tokens.size());
        assertThat(has(clues[0], Clue.TITLE)).isTrue();
        assertThat(has(clues[2], Clue.TITLE)).isTrue();
        assertThat(has(clues[3], Clue.DICT_LOCATION) || has(clues[3], Clue.DICT_ORGANIZATION)).isTrue();
        assertThat(has(clues[3], Clue.DICT_FIRST)).isTrue();
        assertThat(has(clues[6], Clue.PERSON_AFTER)).isTrue();
        assertThat(has(clues[8], Clue.PLACE_HEAD)).isTrue();
        assertThat(has(clues[11], Clue.DICT_ORGANIZATION)).isTrue();
        assertThat(has(clues[4], Clue.DICT_PERSON)).isTrue();
    }

    @Test
    void givesNoCluesToPunctuationAndEmptySentences() {
        assertThat(TokenClues.standard().of(List.of())).isEmpty();
        String text = ", . ;";
        assertThat(TokenClues.standard().of(Tokenizer.standard().tokenize(text, 0, text.length())))
                .containsOnly(0);
    }
    // The gazetteer's places (entity/cities.tsv) came after the model was trained: no clue of the tagger reads them,
    // so that 'warta train ner' still writes the shipped model byte for byte; the name rules read them.
    @Test
    void givesTheGazetteersPlacesNoDictionaryClue() {
        String text = "Drone menghantam Odesa dan Kharkiv.";
        List<Token> tokens = Tokenizer.standard().tokenize(text, 0, text.length());
        int[] clues = TokenClues.standard().of(tokens);
        assertThat(has(clues[2], Clue.DICT_LOCATION)).isFalse(); // Odesa: the gazetteer
        assertThat(has(clues[4], Clue.DICT_LOCATION)).isTrue(); // Kharkiv: actors/regions.tsv
    }
}
