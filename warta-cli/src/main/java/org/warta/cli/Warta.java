package org.warta.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.cli.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta}: the command line. Exit status 0 when all went well, 1 when some items failed, 2 for usage. */
@Command(name = "warta", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns news articles (Indonesian and English) into attributed records: who claims what, "
                + "who said what, who did what to whom.",
        footer = {"", "Run 'warta COMMAND --help' for a command's options and examples."})
public final class Warta implements Runnable {
    /** The subcommands, in the order help lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        List<Path> paths = quickPaths(args);
        System.exit(paths == null ? run(args) : quickExtract(paths));
    }

    /**
     * The paths of {@code extract PATH...} when every argument after the command is a path as picocli would read it
     * (no option, no {@code @file} of arguments), else null: that common one-file run skips picocli (see {@link
     * ExtractCommand#quick}).
     */
    static List<Path> quickPaths(String... args) {
        if (args.length < 2 || !args[0].equals("extract")) {
            return null;
        }
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
                return null;
            }
            try {
                paths.add(Path.of(a));
            } catch (InvalidPathException e) {
                return null; // picocli says what is wrong with it
            }
        }
        return paths;
    }

    /** Runs {@code extract} on these paths as picocli would, its exception handler included. */
    static int quickExtract(List<Path> paths) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, stderrCharset()), true);
        try {
            return ExtractCommand.quick(paths, err);
        } catch (Exception e) {
            err.println("warta: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        }
    }

    /** The encoding picocli writes stderr in: {@code sun.stderr.encoding} when set, else the default charset. */
    private static Charset stderrCharset() {
        String name = System.getProperty("sun.stderr.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** Runs the command line and returns its exit status, without exiting: for tests and embedding. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** The whole command line, every subcommand registered. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments. When they name a subcommand, only that one is registered: picocli
     * inspects every registered command class, and the store and server ones pull in DuckDB, Lucene and Jetty,
     * which a one-file {@code warta extract} should not pay for at start-up.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Warta());
        Class<?> only = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        COMMANDS.forEach((name, type) -> {
            if (only == null || type == only) {
                cl.addSubcommand(name, type);
            }
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("warta: " + ex.getMessage());
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("extract", ExtractCommand.class);
        m.put("ingest", IngestCommand.class);
        m.put("search", SearchCommand.class);
        m.put("serve", ServeCommand.class);
        m.put("export", ExportCommand.class);
        m.put("eval", EvalCommand.class);
        m.put("train", org.warta.cli.eval.TrainCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of "
                + spec.subcommands().keySet() + ", for example 'warta extract article.txt'.");
    }
}
