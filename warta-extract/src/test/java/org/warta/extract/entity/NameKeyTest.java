package org.warta.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;
import org.warta.model.testing.RandomText;

class NameKeyTest {
    private static List<String> tokenized(String name) {
        return Tokenizer.standard().tokenize(name, 0, name.length()).stream().map(Token::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nikol Pashinyan", "PBB", "G20", "Sa'ad Hariri", "U.N.", "Al-Qaeda", "Kim Jong Un",
            "Dr. Tedros", " Joko  Widodo ", "Recep Tayyip Erdo\u011fan", "Kementerian Pertahanan {country}", "d\u0301a"})
    void splitsNamesAsTheTokenizerDoes(String name) {
        assertThat(NameKey.words(name)).isEqualTo(tokenized(name));
    }

    @Test
    void takesTheQuickSplitOnlyForLettersDigitsAndSingleSpaces() {
        assertThat(NameKey.plain("Joko Widodo")).isTrue();
        assertThat(NameKey.plain("Joko  Widodo")).isFalse();
        assertThat(NameKey.plain(" Joko")).isFalse();
        assertThat(NameKey.plain("Al-Qaeda")).isFalse();
        assertThat(NameKey.plain("U.N.")).isFalse();
        assertThat(NameKey.plain("")).isFalse();
    }

    @Test
    void splitsEveryShippedActorNameAsTheTokenizerDoes() {
        List<String> names = new ArrayList<>();
        for (String file : List.of("countries.tsv", "organisations.tsv", "outlets.tsv", "people.tsv", "regions.tsv")) {
            for (LexiconRow row : LexiconFile.rows(ActorFiles.DIR + file)) {
                names.add(row.column(0));
                names.addAll(ActorFiles.alternatives(row.column(1, null)));
            }
        }
        assertThat(names).hasSizeGreaterThan(2000);
        for (String name : names) {
            assertThat(NameKey.words(name)).as(name).isEqualTo(tokenized(name));
        }
    }

    @Test
    void splitsRandomTextAsTheTokenizerDoes() {
        String alphabet = "aZ9 .-'\u2019\u00e9\u0301\t,\u00a0";
        for (String name : RandomText.samples(7, alphabet, 12, 5_000)) {
            assertThat(NameKey.words(name)).as("'%s'", name).isEqualTo(tokenized(name));
        }
    }
}
