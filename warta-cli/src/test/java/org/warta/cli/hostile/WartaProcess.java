package org.warta.cli.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.warta.cli.WartaChild;

/** The real {@code warta} command in a child JVM with a small heap, on the test's classpath. */
final class WartaProcess {
    static final String HEAP = "-Xmx256m";

    private WartaProcess() {
    }

    /** What a run left: its exit status, stdout and stderr, and how long it took. */
    record Result(int status, String out, String err, Duration took) {
    }

    static Process start(Path workDir, List<String> jvmArgs, String... args) throws IOException {
        return new ProcessBuilder(WartaChild.command(jvmArgs, args)).directory(workDir.toFile()).start();
    }

    /** Runs {@code warta args} with a 256 MiB heap; fails the test when it takes longer than {@code limit}. */
    static Result run(Path workDir, Duration limit, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("warta-out", ".txt"); // not in workDir: a run may read that folder
        Path err = Files.createTempFile("warta-err", ".txt");
        List<String> cmd = WartaChild.command(List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"), args);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("warta " + String.join(" ", args) + " ran longer than " + limit + "; stderr:\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String o = Files.size(out) > (1 << 20) ? "(stdout of " + Files.size(out) + " bytes)"
                : Files.readString(out, StandardCharsets.UTF_8);
        Result r = new Result(p.exitValue(), o, Files.readString(err, StandardCharsets.UTF_8), took);
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
