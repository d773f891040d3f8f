package org.warta.model;

import static org.warta.model.EntityRefs.country;
import static org.warta.model.EntityRefs.find;
import static org.warta.model.EntityRefs.name;

import java.util.Map;

/**
 * A claim flattened into the columns of the claims table, from {@code predicate} to {@code evidence_end}, in the
 * table's order: the same values for the store's database and the Spark job's Parquet. Names and countries come
 * from the record's entities; {@code via} is joined with {@code "; "}; the object is its JSON name.
 */
public final class ClaimColumns {
    /** The columns' names, in the order of {@link #of}'s values. */
    public static final java.util.List<String> NAMES = java.util.List.of("predicate", "value", "min", "max",
            "approximate", "object", "object_text", "claimant_id", "claimant", "claimant_country", "via", "agent_id",
            "agent", "agent_country", "affected_id", "affected", "affected_country", "place_id", "place",
            "period_from", "period_to", "status", "confidence", "evidence_start", "evidence_end");

    private ClaimColumns() {
    }

    /** Values of type String, Double, Boolean, Integer or null. */
    public static Object[] of(Claim c, Map<String, Entity> byId) {
        Count n = c.count();
        Entity claimant = find(byId, c.claimant());
        Entity agent = find(byId, c.agent());
        Entity affected = find(byId, c.affected());
        Entity place = find(byId, c.place());
        Span ev = c.evidence().isEmpty() ? null : c.evidence().get(0);
        return new Object[] {
            enumName(c.predicate()), n == null ? null : n.value(), n == null ? null : n.min(), n == null ? null : n.max(),
            n != null && n.approximate(),
            c.object() == null ? null : RecordJson.mapper().convertValue(c.object(), String.class), c.objectText(),
            c.claimant(), name(claimant, c.claimant()), country(claimant), String.join("; ", c.via()),
            c.agent(), name(agent, c.agent()), country(agent),
            c.affected(), name(affected, c.affected()), country(affected),
            c.place(), name(place, c.place()),
            c.period() == null ? null : c.period().from(), c.period() == null ? null : c.period().to(),
            enumName(c.status()), c.confidence(), ev == null ? null : ev.start(), ev == null ? null : ev.end()};
    }

    private static String enumName(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
