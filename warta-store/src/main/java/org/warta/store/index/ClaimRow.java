package org.warta.store.index;

import static org.warta.model.EntityRefs.country;
import static org.warta.model.EntityRefs.find;
import static org.warta.model.EntityRefs.name;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.model.Claim;
import org.warta.model.ClaimColumns;
import org.warta.model.Entity;
import org.warta.model.Record;
import org.warta.model.Response;

/**
 * A claim with its table columns (by name), the day it is about and its responses: what the claims list shows
 * of it, built from the record as the database builds its rows.
 */
record ClaimRow(Claim claim, Map<String, Object> columns, String placeCountry, LocalDate day, LocalDate published,
                String site, List<Map<String, Object>> responses) {
    /** The columns of the claims table the list leaves out (the entity ids). */
    private static final List<String> HIDDEN = List.of("claimant_id", "agent_id", "affected_id", "place_id");

    static List<ClaimRow> of(Record r) {
        Map<String, Entity> byId = new HashMap<>();
        r.entities().forEach(e -> byId.put(e.id(), e));
        LocalDate published = Dates.day(r.published());
        List<ClaimRow> rows = new ArrayList<>();
        for (Claim c : r.claims()) {
            Object[] values = ClaimColumns.of(c, byId);
            Map<String, Object> columns = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                columns.put(ClaimColumns.NAMES.get(i), values[i]);
            }
            List<Map<String, Object>> responses = new ArrayList<>();
            for (Response resp : c.responses()) {
                Entity party = find(byId, resp.party());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("party", name(party, resp.party()));
                m.put("party_country", country(party));
                m.put("stance", resp.stance() == null ? null : resp.stance().name());
                m.put("start", resp.start());
                m.put("end", resp.end());
                responses.add(m);
            }
            responses.sort(Comparator.comparing(m -> (String) m.get("party"), Comparator.nullsLast(Comparator.naturalOrder())));
            rows.add(new ClaimRow(c, columns, country(find(byId, c.place())), Dates.claimDay(c, published), published, r.source().site(), responses));
        }
        return rows;
    }

    /** The row of the claims list: as the database query's columns, then the responses. */
    Map<String, Object> apiRow(String articleId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", articleId);
        m.put("claim_id", claim.id());
        columns.forEach((k, v) -> {
            if (!HIDDEN.contains(k)) {
                m.put(k, v);
            }
        });
        m.put("day", day == null ? null : day.toString());
        m.put("published", published == null ? null : published.toString());
        m.put("site", site);
        m.put("responses", responses);
        return m;
    }
}
