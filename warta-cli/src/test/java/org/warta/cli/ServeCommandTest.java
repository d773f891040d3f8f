package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCorsOriginThatIsNotAnOriginIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cl = Warta.commandLine("serve");
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int status = cl.execute("serve", "--store", dir.resolve("s").toString(), "--cors-origin", "https://ok.example",
                "--cors-origin", "https://example.org/path");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--cors-origin 'https://example.org/path' is not an origin; expected "
                + "scheme://host[:port], e.g. https://example.org.");
    }

    @Test
    void helpNamesTheCorsOption() {
        StringWriter out = new StringWriter();
        CommandLine cl = Warta.commandLine("serve");
        cl.setOut(new PrintWriter(out, true));
        assertThat(cl.execute("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--cors-origin=ORIGIN").contains("Default: no other origin may.");
    }
}
