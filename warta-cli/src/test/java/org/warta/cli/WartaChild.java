package org.warta.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The real {@code warta} command as a child JVM on the test's classpath, for tests that kill it. */
public final class WartaChild {
    private WartaChild() {
    }

    static Process start(List<String> jvmArgs, String... args) throws IOException {
        return new ProcessBuilder(command(jvmArgs, args)).redirectErrorStream(true).start();
    }

    /** The command line that runs {@code warta args} in a new JVM with {@code jvmArgs}. */
    public static List<String> command(List<String> jvmArgs, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.warta.cli.Warta");
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** A daemon thread handing each line the child prints (stdout and stderr) to {@code each}. */
    static Thread lines(Process child, Consumer<String> each) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    each.accept(line);
                }
            } catch (IOException e) {
                if (child.isAlive()) {
                    throw new UncheckedIOException(e);
                }
            }
        }, "warta-child-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
