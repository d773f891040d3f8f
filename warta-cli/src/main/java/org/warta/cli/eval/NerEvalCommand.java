package org.warta.cli.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warta.eval.Scores;
import org.warta.eval.ner.BioCorpus;
import org.warta.eval.ner.NerEvaluation;
import org.warta.extract.entity.ActorDictionary;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.entity.tagger.NameTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code warta eval ner FILE}: entity-level precision, recall and F1 per type on a BIO-tagged corpus, as the entity
 * stage finds names, then the F1 of the Indonesian tagger on its own.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Scores entity recognition on a BIO file (token<TAB>tag, NERGrit style): exact span and type.")
public final class NerEvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "BIO file, e.g. ../shared/data/nergrit/test.txt")
    Path file;

    @CommandLine.Option(names = "--model", paramLabel = "FILE",
            description = "a tagger model that 'warta train ner --out FILE' wrote, instead of the shipped one")
    Path model;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "BIO file '" + file
                    + "' does not exist; give a token<TAB>tag file such as ../shared/data/nergrit/test.txt.");
        }
        if (model != null && !Files.isRegularFile(model)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Model file '" + model
                    + "' does not exist; give a file that 'warta train ner --out FILE' wrote.");
        }
        NameTagger tagger = model == null ? NameTagger.indonesian() : read(model);
        var corpus = BioCorpus.read(file);
        for (Scores s : new NerEvaluation(new EntityFinder(ActorDictionary.standard(), tagger)).score(corpus)
                .values()) {
            spec.commandLine().getOut().println(s.row());
        }
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "%-16s F1 %.3f   (the Indonesian model without "
                + "dictionaries and rules)%n", "TAGGER-ALONE", NerEvaluation.taggerAloneF1(tagger, corpus));
        return 0;
    }

    private static NameTagger read(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return NameTagger.read(in);
        }
    }
}
