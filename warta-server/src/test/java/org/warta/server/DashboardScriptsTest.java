package org.warta.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's span arithmetic (code point offsets, overlapping highlights) under {@code node --test}
 * ({@code src/test/browser/spans.test.mjs}); needs only Node.js, skipped with the reason without it.
 */
class DashboardScriptsTest {
    @Test
    void spanArithmeticPassesItsNodeTests() throws Exception {
        Assumptions.assumeTrue(NodeTool.majorVersion() >= 18,
                "Skipped: Node.js 18 or newer is not on the PATH; install it to run the dashboard's script tests.");
        Process p = new ProcessBuilder("node", "--test", "spans.test.mjs").directory(Path.of("src/test/browser").toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("node --test finished").isTrue();
        assertThat(p.exitValue()).as("node --test spans.test.mjs:\n" + out).isZero();
        assertThat(out).contains("# pass 4").contains("# fail 0");
    }
}
