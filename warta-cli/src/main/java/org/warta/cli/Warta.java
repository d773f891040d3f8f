package org.warta.cli;

import org.warta.cli.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta}: the command line. Exit status 0 when all went well, 1 when some items failed, 2 for usage. */
@Command(name = "warta", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns news articles (Indonesian and English) into attributed records: who claims what, "
                + "who said what, who did what to whom.",
        subcommands = {ExtractCommand.class, IngestCommand.class, SearchCommand.class, ServeCommand.class,
            ExportCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'warta COMMAND --help' for a command's options and examples."})
public final class Warta implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, without exiting: for tests and embedding. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Warta());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("warta: " + ex.getMessage());
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of "
                + spec.subcommands().keySet() + ", for example 'warta extract article.txt'.");
    }
}
