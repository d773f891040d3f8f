package org.warta.cli.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warta.eval.plover.PloverEval;
import org.warta.eval.plover.PloverGold;
import org.warta.eval.plover.PloverReport;
import org.warta.eval.plover.Stages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code warta eval plover FILE}: event types, actor countries and casualty figures on PLOVER's gold standard. */
@Command(name = "plover", mixinStandardHelpOptions = true,
        description = {"Codes each sentence of PLOVER's gold standard (PLOVER_GSR_CAMEO.json) and prints event-type "
                + "precision, recall and F1 per type and overall, actor country accuracy, and exact dead/injured "
                + "figures against Warta's claims. Old PLOVER types map to today's 16 (DEMAND->REQUEST, "
                + "DISAPPROVE and INVESTIGATE->ACCUSE, FIGHT->ASSAULT)."},
        footer = {"", "Example: warta eval plover ../shared/data/plover-gsr/PLOVER_GSR_CAMEO.json"})
public final class PloverEvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "PLOVER_GSR_CAMEO.json")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read '" + file
                    + "': no such file; give the path of PLOVER_GSR_CAMEO.json (in ../shared/data/plover-gsr/).");
        }
        PloverReport report = new PloverEval(Stages.pipeline())
                .run(PloverGold.read(file));
        report.print(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
