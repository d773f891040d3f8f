package org.warta.eval.plover;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.warta.eval.Scores;
import org.warta.model.EventType;

/**
 * What the PLOVER evaluation measured: event-type scores per type and overall (micro-averaged over sentences),
 * actor-country accuracy over correctly typed events with a country source, and exact {@code dead} /
 * {@code injured} figures over the records that give them.
 */
public record PloverReport(int records, int sentences, Map<EventType, Scores> perType, Scores overall,
                           int actorChecked, int actorRight, int figureRecords, int figureExact,
                           int figuresWithoutGold) {
    public double actorAccuracy() {
        return actorChecked == 0 ? 0 : (double) actorRight / actorChecked;
    }

    public double figureAccuracy() {
        return figureRecords == 0 ? 0 : (double) figureExact / figureRecords;
    }

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "PLOVER gold standard: %d records, %d sentences%n", records, sentences);
        out.println("Event type (sentence level, old types mapped to today's 16):");
        for (Scores s : perType.values()) {
            out.println("  " + s.row());
        }
        out.println("  " + overall.row());
        out.printf(Locale.ROOT, "Actor country accuracy: %.3f (%d of %d correctly typed events with a country "
                + "source)%n", actorAccuracy(), actorRight, actorChecked);
        out.printf(Locale.ROOT, "dead/injured exact: %.3f (%d of %d records that give them); figures given where "
                + "the record has none: %d%n", figureAccuracy(), figureExact, figureRecords, figuresWithoutGold);
        out.flush();
    }
}
