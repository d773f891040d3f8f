package org.warta.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.Warta;
import picocli.CommandLine;

class QuantitiesEvalCommandTest {
    @Test
    void printsQuantityAndTimeScores(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("tagged.txt");
        Files.writeString(corpus, "Sebanyak <QUANTITY>2.300 personel</QUANTITY> tewas <TIME>Minggu (24/8)</TIME>.\n",
                StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cl = Warta.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("eval", "quantities", corpus.toString())).isZero();
        assertThat(out.toString()).contains("QUANTITY         P 1.000  R 1.000  F1 1.000   (tp 1, fp 0, fn 0)")
                .contains("TIME             P 1.000  R 1.000  F1 1.000   (tp 1, fp 0, fn 0)");
    }

    @Test
    void saysWhatToGiveWhenTheFileIsMissing() {
        StringWriter err = new StringWriter();
        CommandLine cl = Warta.commandLine();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("eval", "quantities", "no-such-file.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("The corpus 'no-such-file.txt' is not a readable file");
    }
}
