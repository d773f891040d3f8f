package org.warta.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.testing.SharedData;

/** Floors just under what the PLOVER evaluation reaches with the pipeline's own stages. */
class PloverEvalFloorTest {
    @Test
    void staysAboveItsFloorsOnThePloverGoldStandard() throws IOException {
        Path file = SharedData.require("data/plover-gsr/PLOVER_GSR_CAMEO.json");
        List<GoldRecord> gold = PloverGold.read(file);
        PloverReport report = new PloverEval(Stages.pipeline()).run(gold);
        report.print(new java.io.PrintWriter(System.out, true));
        assertThat(gold).hasSize(322);
        assertThat(report.overall().f1()).as("overall event-type F1 (reached 0.748)").isGreaterThanOrEqualTo(0.73);
        assertThat(report.figureAccuracy()).as("dead/injured exact (reached 16 of 16)").isGreaterThanOrEqualTo(0.93);
        assertThat(report.actorAccuracy()).as("actor country accuracy (reached 0.495)").isGreaterThanOrEqualTo(0.47);
        assertThat(report.figureRecords()).isEqualTo(16);
    }
}
