package org.warta.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.warta.cli.Warta;
import org.warta.model.testing.SharedData;
import picocli.CommandLine;

class PloverEvalCommandTest {
    private static String[] run(String... args) {
        CommandLine cl = Warta.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void printsTypeScoresActorAccuracyAndFigures() {
        Path file = SharedData.require("data/plover-gsr/PLOVER_GSR_CAMEO.json");
        String[] r = run("eval", "plover", file.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("PLOVER gold standard: 322 records, 316 sentences").contains("ASSAULT")
                .contains("overall").contains("Actor country accuracy:").contains("dead/injured exact:");
    }

    @Test
    void saysWhatToGiveWhenTheFileIsMissing() {
        String[] r = run("eval", "plover", "no-such-file.json");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("Cannot read 'no-such-file.json': no such file; give the path of "
                + "PLOVER_GSR_CAMEO.json (in ../shared/data/plover-gsr/).");
    }
}
