package org.warta.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.Warta;
import picocli.CommandLine;

class ContentEvalCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Warta.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsPrecisionRecallF1AndPageCount() throws Exception {
        String body = "The council met on Tuesday and agreed, after a long debate, to repair the old bridge.";
        Files.writeString(dir.resolve("gold.json"), "{\"p1\": {\"articleBody\": \"" + body
                + "\", \"url\": \"https://x.com/a\"}}", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("html/p1.html"), "<html><body><nav><a href=/>Home</a></nav><article><p>"
                + body + "</p></article></body></html>", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = run(out, err, "eval", "content", "--gold", dir.resolve("gold.json").toString(), "--html",
                dir.resolve("html").toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("content  P 1.000  R 1.000  F1 1.000  (1 pages)"
                + System.lineSeparator());
    }

    @Test
    void missingGoldFileIsAUsageErrorThatSaysWhatToGive() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = run(out, err, "eval", "content", "--gold", dir.resolve("nope.json").toString(), "--html",
                dir.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("Gold file '" + dir.resolve("nope.json")
                + "' is missing; expected the benchmark's ground-truth.json");
    }
}
