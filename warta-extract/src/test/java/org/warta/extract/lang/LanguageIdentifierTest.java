package org.warta.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.testing.SharedData;

class LanguageIdentifierTest {
    private final LanguageIdentifier languages = LanguageIdentifier.standard();

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Azerbaijan mengklaim telah berhasil membunuh atau melukai 2.300 personel militer Armenia.",
        "id|Polisi mengatakan bahwa korban sudah dibawa ke rumah sakit karena luka berat.",
        "ms|Polis berkata mangsa telah dibawa ke hospital kerana cedera parah selepas kemalangan itu.",
        "ms|Kerajaan memberitahu bahawa wang itu akan diberikan kepada rakyat sahaja.",
        "en|Ukraine's air force said on Tuesday it had shot down 17 of 20 drones launched by Russia.",
        "und|12345 67890",
        "und|Le gouvernement français a annoncé lundi une nouvelle réforme des retraites.",
    })
    void identifiesTheLanguage(String expected, String text) {
        assertThat(languages.identify(text, null).value()).isEqualTo(expected);
    }

    @Test
    void fallsBackToTheDeclaredLanguageWithoutEvidence() {
        assertThat(languages.identify("12345", "en-US").value()).isEqualTo("en");
        assertThat(languages.identify("12345", "in").value()).isEqualTo("id");
        assertThat(languages.identify("12345", "nonsense").value()).isEqualTo("und");
    }

    /** Every line of id-news-ner taken as a document should be Indonesian; a few carry no words at all. */
    @Test
    void readsIndonesianNewsLinesAsIndonesian() throws IOException {
        Path file = SharedData.require("data/id-news-ner/data_train.txt");
        List<String> lines = Files.readAllLines(file);
        int right = 0;
        for (String line : lines) {
            if (languages.identify(line.replaceAll("</?[A-Z]+>", ""), null).value().equals("id")) {
                right++;
            }
        }
        double accuracy = (double) right / lines.size();
        System.out.printf(Locale.ROOT, "language id on id-news-ner lines: %d/%d = %.4f%n", right, lines.size(), accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.997);
    }
}
