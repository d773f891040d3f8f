package org.warta.store.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.model.testing.RandomText;

class MinHashTest {
    /** The first implementation's words (a regular expression), whose signatures stores already hold. */
    private static long[] splitWordHashes(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .mapToLong(w -> {
                    long h = 0xcbf29ce484222325L;
                    for (int i = 0; i < w.length(); i++) {
                        h ^= w.charAt(i);
                        h *= 0x100000001b3L;
                    }
                    return h;
                }).toArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kementerian Pertahanan Azerbaijan mengklaim telah menewaskan 130 personel.",
        "  leading, trailing;  ", "Ünïcödé wörds — ½ and ² and Ⅻ, İstanbul’s 𝐁𝐨𝐥𝐝 𝟏𝟐 😀 end", "", "-", "x",
        "ΟΔΟΣ ΣΑΣ Σ.", "Kelvin \u212a and 𐐀𐐨 Deseret", "ÀÉÎ ЖЁЛТЫЙ Ǆemal"})
    void findsTheSameWordsAsTheRegularExpressionItReplaced(String text) {
        assertThat(MinHash.wordHashes(text)).containsExactly(splitWordHashes(text));
    }

    @Test
    void findsTheSameWordsOnRandomText() {
        String alphabet = "abcXYZ019 .,;-'\u00e9\u0130\u2167\u00bd\u0663\u4e2d\ud835\udc01\ud83d\ude00\t\n";
        String withoutDottedCapitalI = "abcXYZ019 .,;-'\u00c9\u0416\u01c4\u212a\u2167\u00bd\u0663\u4e2d\ud801\udc00\ud835\udc01\ud83d"
                + "\ude00\ud800\t\n";
        for (String text : RandomText.samples(7, alphabet, 200, 500)) {
            assertThat(MinHash.wordHashes(text)).as(text).containsExactly(splitWordHashes(text));
        }
        for (String text : RandomText.samples(11, withoutDottedCapitalI, 200, 500)) { // lowered letter by letter
            assertThat(MinHash.wordHashes(text)).as(text).containsExactly(splitWordHashes(text));
        }
    }

    @Test
    void givesNearDuplicatesAHighSimilarityAndUnrelatedTextsALowOne() {
        String base = "Kementerian Pertahanan Azerbaijan mengklaim telah menewaskan 130 personel militer Armenia "
                + "dalam serangan di Tovuz kata juru bicara Vagif Dargahli kepada wartawan pada hari Senin pagi";
        int[] a = MinHash.of(base);
        int[] b = MinHash.of(base + " Armenia belum berkomentar.");
        int[] c = MinHash.of("The ministers met in Moscow for ceasefire talks on Friday and agreed to meet again "
                + "next week after a long day of negotiations over prisoners and the return of bodies");
        assertThat(MinHash.similarity(a, 0, b, 0)).isGreaterThanOrEqualTo(0.6);
        assertThat(MinHash.similarity(a, 0, c, 0)).isLessThan(0.2);
        assertThat(MinHash.of("too short to sign")).isNull();
    }
}
