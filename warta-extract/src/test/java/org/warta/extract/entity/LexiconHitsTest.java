package org.warta.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;

class LexiconHitsTest {
    private static final NameLexicon LEXICON = NameLexicon.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan di Kabupaten Bogor bahwa PBB diam.",
        "Ia menyebut Partai Golkar dan Bupati Sukamaju, kata sambungnya, bin Laden van Gogh.",
        "The Foreign Minister of the Republic said he and they met at Jakarta Post \u2019s office.",
        "DIA DAN Kami serta Presiden Direktur PT Maju Jaya Tbk ke Desa Suka."})
    void answersAsTheLexiconDoesForEveryTokenAndKind(String text) {
        List<Token> tokens = Tokenizer.standard().tokenize(text, 0, text.length());
        LexiconHits hits = new LexiconHits(LEXICON, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (NameLexicon.Kind kind : NameLexicon.Kind.values()) {
                assertThat(hits.phraseAt(i, kind)).as("%s at '%s'", kind, t.text())
                        .isEqualTo(LEXICON.phraseAt(tokens, i, kind));
                assertThat(hits.is(i, kind)).as("%s is '%s'", kind, t.text()).isEqualTo(LEXICON.is(t, kind));
            }
            assertThat(hits.isCommon(i)).isEqualTo(LEXICON.isCommon(t));
            assertThat(hits.isNoun(i)).isEqualTo(LEXICON.isNoun(t));
            assertThat(hits.isPronoun(i)).isEqualTo(LEXICON.isPronoun(t));
            assertThat(hits.cliticOnCue(i)).isEqualTo(LEXICON.cliticOnCue(t));
        }
    }

    @Test
    void findsAPronounACommonWordAndACliticOnACue() {
        String text = "Ia bahkan berkata, sambungnya.";
        List<Token> tokens = Tokenizer.standard().tokenize(text, 0, text.length());
        LexiconHits hits = new LexiconHits(LEXICON, tokens);
        assertThat(hits.isPronoun(0)).isTrue();
        assertThat(hits.cliticOnCue(4)).isEqualTo(LEXICON.cliticOnCue(tokens.get(4)));
    }

    @Test
    void lowerCaseWordsAnswerTheSameBeforeAndAfterTheSetIsBuilt() {
        Document doc = Segmenter.standard().segment("Dalam rapat itu, dalam hal ini Budi hadir. Hadir pula Sinta. "
                + "Namun rapat ditunda.", "id", null);
        LowerCaseWords words = new LowerCaseWords(doc);
        for (int round = 0; round < 3; round++) { // the first questions scan, the later ones use the set
            assertThat(words.contains("dalam")).isTrue();
            assertThat(words.contains("rapat")).isTrue();
            assertThat(words.contains("budi")).isFalse();
            assertThat(words.contains("namun")).isFalse();
        }
    }
}
