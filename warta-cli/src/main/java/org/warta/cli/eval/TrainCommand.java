package org.warta.cli.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta train ...}: trains a model from labelled data; each subcommand writes one model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains one of Warta's models from a labelled data set and writes its model file.",
        subcommands = {NerTrainCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing model: give one of "
                + spec.subcommands().keySet()
                + ", for example 'warta train ner --train ../shared/data/nergrit/train.txt'.");
    }
}
