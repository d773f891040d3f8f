package org.warta.cli.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta eval ...}: scores on real data sets; each subcommand prints precision, recall and F1. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Warta against a labelled data set and prints precision, recall and F1.",
        subcommands = {ContentEvalCommand.class, QuantitiesEvalCommand.class, NerEvalCommand.class,
            QuotesEvalCommand.class, PloverEvalCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation: give one of "
                + spec.subcommands().keySet() + ".");
    }
}
