package org.warta.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTest {
    @Test
    void classifiesTheFirstCharacterAsTheUnicodeTablesDo() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String text = (char) c + "x";
            Token t = new Token(0, text.length(), text);
            assertThat(t.isWord()).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(t.isCapitalized()).as("U+%04X", c).isEqualTo(Character.isUpperCase(c));
            assertThat(t.isNumeric()).as("U+%04X", c).isEqualTo(Character.isDigit(c));
        }
    }

    @Test
    void readsACharacterBeyondTheBasicPlaneWhole() {
        String text = new String(Character.toChars(0x1D400)) + "x"; // MATHEMATICAL BOLD CAPITAL A
        Token t = new Token(0, text.length(), text);
        assertThat(t.isWord()).isTrue();
        assertThat(t.isCapitalized()).isTrue();
        assertThat(t.isNumeric()).isFalse();
    }
}
