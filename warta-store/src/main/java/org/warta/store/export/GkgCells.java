package org.warta.store.export;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Predicate;
import org.warta.model.Quote;
import org.warta.model.Record;

/**
 * GDELT GKG-style rows for users of GDELT tooling: one tab-separated line per article with claims or quotes,
 * columns {@code GKGRECORDID, V2.1DATE, V2SOURCECOLLECTIONIDENTIFIER, V2SOURCECOMMONNAME,
 * V2DOCUMENTIDENTIFIER, V1COUNTS, V2.1QUOTATIONS} as the GKG 2.1 codebook lays them out. COUNTS use GKG's
 * count types ({@code KILL, WOUND, ARREST, KIDNAP, SEIZE, DISPLACED, AFFECT}); Warta predicates with no GKG
 * type (DESTROYED, DAMAGED, SHOT_DOWN) are left out of COUNTS and stay in the other exports.
 */
public final class GkgCells {
    public static final String HEADER = "GKGRECORDID\tV2.1DATE\tV2SOURCECOLLECTIONIDENTIFIER\tV2SOURCECOMMONNAME"
            + "\tV2DOCUMENTIDENTIFIER\tV1COUNTS\tV2.1QUOTATIONS";

    private GkgCells() {
    }

    /** The GKG count type of a predicate, or null when GKG has none. */
    static String countType(Predicate p) {
        return switch (p) {
            case KILLED -> "KILL";
            case WOUNDED -> "WOUND";
            case ARRESTED -> "ARREST";
            case CAPTURED -> "KIDNAP";
            case SEIZED -> "SEIZE";
            case DISPLACED -> "DISPLACED";
            case KILLED_OR_WOUNDED, MISSING, AFFECTED -> "AFFECT";
            default -> null;
        };
    }

    /** The row for one article, or null when it has neither countable claims nor quotes. */
    public static String row(Record r, long seq) {
        Map<String, Entity> byId = new HashMap<>();
        r.entities().forEach(e -> byId.put(e.id(), e));
        StringJoiner counts = new StringJoiner(";");
        for (Claim c : r.claims()) {
            String type = c.predicate() == null ? null : countType(c.predicate());
            Double n = c.count() == null ? null : c.count().value() != null ? c.count().value() : c.count().min();
            if (type == null || n == null) {
                continue;
            }
            Entity place = c.place() == null ? null : byId.get(c.place());
            counts.add(type + "#" + (long) n.doubleValue() + "#" + clean(c.objectText()) + "#" + (place == null ? "0" : "1")
                    + "#" + (place == null ? "" : clean(place.name())) + "#" + (place == null || place.country() == null
                    ? "" : place.country()) + "####");
        }
        StringJoiner quotes = new StringJoiner("#");
        for (Quote q : r.quotes()) {
            quotes.add(q.start() + "|" + (q.end() - q.start()) + "|" + clean(q.cue()) + "|" + clean(q.text()));
        }
        if (counts.length() == 0 && quotes.length() == 0) {
            return null;
        }
        String date = r.published() == null ? "" : r.published().replaceAll("[^0-9]", "");
        date = date.length() >= 8 ? (date + "000000").substring(0, 14) : "";
        return String.join("\t", (date.isEmpty() ? "0" : date) + "-" + seq, date, "1",
                r.source().site() == null ? "" : r.source().site(),
                r.source().url() != null ? r.source().url() : r.id(), counts.toString(), quotes.toString());
    }

    /** GKG's delimiters (#, ;, |, tab, newline) cannot appear inside a cell. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[#;|\\t\\r\\n]+", " ").strip();
    }
}
