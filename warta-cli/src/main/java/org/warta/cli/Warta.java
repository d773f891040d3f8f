package org.warta.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
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
        System.exit(run(args));
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
