package org.warta.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.Warta;
import picocli.CommandLine;

class EvalCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Warta.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void nerPrintsOneRowPerTypeOverallAndTheTaggerAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bio.txt");
        Files.writeString(file, "Kata\tO\nBudi\tB-PERSON\nSantoso\tI-PERSON\ndi\tO\nJakarta\tB-PLACE\n.\tO\n");
        assertThat(run("eval", "ner", file.toString())).isZero();
        assertThat(out.toString().lines().map(l -> l.split("\\s+")[0]))
                .containsExactly("PERSON", "LOCATION", "ORGANIZATION", "ALL", "TAGGER-ALONE");
    }

    @Test
    void nerScoresAModelFileGivenWithModelAndRefusesAMissingOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bio.txt");
        Files.writeString(file, "Kata\tO\nBudi\tB-PERSON\nSantoso\tI-PERSON\ndi\tO\nJakarta\tB-PLACE\n.\tO\n");
        Path model = dir.resolve("model.bin");
        assertThat(run("train", "ner", "--train", file.toString(), "--epochs", "2", "--out", model.toString())).isZero();
        assertThat(run("eval", "ner", file.toString(), "--model", model.toString())).isZero();
        assertThat(out.toString()).contains("TAGGER-ALONE");
        assertThat(run("eval", "ner", file.toString(), "--model", dir.resolve("none.gz").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Model file '").contains("none.gz' does not exist");
    }

    @Test
    void quotesPrintsTextAndSpeakerRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tagged.txt");
        Files.writeString(file, "\"Harga beras harus turun,\" kata <PERSON>Sutrisno Wibowo</PERSON>.\n");
        assertThat(run("eval", "quotes", file.toString())).isZero();
        assertThat(out.toString()).startsWith("TEXT             P 1.000  R 1.000  F1 1.000   (tp 1, fp 0, fn 0)")
                .contains("SPEAKER          P 1.000  R 1.000  F1 1.000   (tp 1, fp 0, fn 0)");
    }

    @Test
    void refusesAMissingFileWithWhatToGive() {
        assertThat(run("eval", "ner", "no-such-file.txt")).isEqualTo(2);
        assertThat(err.toString()).startsWith("BIO file 'no-such-file.txt' does not exist; give a token<TAB>tag file "
                + "such as ../shared/data/nergrit/test.txt.");
        assertThat(run("eval", "quotes", "no-such-file.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("Tagged file 'no-such-file.txt' does not exist");
    }
}
