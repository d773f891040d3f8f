package org.warta.spark;

import static org.warta.model.EntityRefs.countries;
import static org.warta.model.EntityRefs.country;
import static org.warta.model.EntityRefs.find;
import static org.warta.model.EntityRefs.name;
import static org.warta.model.EntityRefs.names;

import org.warta.model.ContentHash;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.warta.model.Claim;
import org.warta.model.ClaimColumns;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Record;
import org.warta.model.RecordJson;
import org.warta.model.Response;
import org.warta.model.Span;

/**
 * One record as rows of the store's tables, value for value as the store fills them: names and countries
 * copied from the entities, lists joined ({@code "; "} for names, a space for countries and claim ids),
 * {@code day} the claim's period start or the event's date, else the publication day.
 */
public final class RecordRows {
    private RecordRows() {
    }

    /**
     * @param key      the content key ({@link ContentHash})
     * @param seq      the article's place in the run (input file, then position in it)
     * @param ingested when the run started
     */
    public static List<TableRow> of(Record r, String key, long seq, LocalDateTime ingested) {
        List<TableRow> rows = new ArrayList<>();
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : r.entities()) {
            byId.put(e.id(), e);
            add(rows, Table.ENTITIES, key, e.id(), str(e.type()), e.name(), e.country(), e.sector(), e.role(),
                    e.mentions().size());
            for (Span m : e.mentions()) {
                add(rows, Table.MENTIONS, key, e.id(), m.start(), m.end(), m.text());
            }
        }
        int ord = 0;
        for (Quantity q : r.quantities()) {
            add(rows, Table.QUANTITIES, key, ord++, q.text(), q.start(), q.end(), q.value(), q.min(), q.max(),
                    q.approximate(), q.unit(), q.category());
        }
        Date published = date(r.published());
        String site = r.source().site();
        ord = 0;
        for (Quote q : r.quotes()) {
            Entity sp = q.speaker() == null ? null : byId.get(q.speaker());
            add(rows, Table.QUOTES, key, r.id(), ord++, q.text(), q.start(), q.end(), q.speaker(),
                    sp != null ? sp.name() : q.speakerText(), sp != null ? sp.country() : null, q.cue(), q.direct(),
                    published, site, r.language());
        }
        for (Claim c : r.claims()) {
            claim(rows, r, key, c, byId, published, site);
        }
        for (Event e : r.events()) {
            Span t = e.trigger();
            Date day = date(e.date()) != null ? date(e.date()) : published;
            add(rows, Table.EVENTS, key, r.id(), e.id(), str(e.type()), e.mode(), names(byId, e.actors()),
                    countries(byId, e.actors()), names(byId, e.recipients()), countries(byId, e.recipients()),
                    str(e.modality()), e.date(), name(find(byId, e.place()), e.place()), t == null ? null : t.text(),
                    t == null ? null : t.start(), t == null ? null : t.end(), String.join(" ", e.claims()),
                    e.confidence(), day, published, site);
        }
        add(rows, Table.ARTICLES, key, seq, r.id(), r.source().url(), site, r.source().path(), r.language(),
                r.title(), published, r.published(), r.dateline(), r.text().codePointCount(0, r.text().length()),
                null, ingested, RecordJson.line(r));
        return rows;
    }

    private static void claim(List<TableRow> rows, Record r, String key, Claim c, Map<String, Entity> byId,
                              Date published, String site) {
        String from = c.period() == null ? null : c.period().from();
        Date day = date(from) != null ? date(from) : published;
        List<Object> values = new ArrayList<>(List.of(key, r.id(), c.id()));
        values.addAll(java.util.Arrays.asList(ClaimColumns.of(c, byId)));
        values.addAll(java.util.Arrays.asList(day, published, site));
        add(rows, Table.CLAIMS, values.toArray());
        for (Response resp : c.responses()) {
            Entity party = find(byId, resp.party());
            add(rows, Table.CLAIM_RESPONSES, key, c.id(), resp.party(), name(party, resp.party()), country(party),
                    str(resp.stance()), resp.start(), resp.end());
        }
    }

    private static void add(List<TableRow> rows, Table table, Object... values) {
        Row row = RowFactory.create(values);
        rows.add(new TableRow(table, row));
    }

    /** The calendar day of an ISO 8601 date or date-time, or null (as the store's {@code Dates.day}). */
    static Date date(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return Date.valueOf(LocalDate.parse(iso.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String str(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
