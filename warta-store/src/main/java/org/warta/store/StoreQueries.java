package org.warta.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads over the stored tables. Rows come back as ordered maps of column name to value (dates as ISO
 * strings), ready to be written as JSON; every list is a {@link Page}, ordered so that pages are stable.
 */
public final class StoreQueries {
    /** Opens a connection for one read. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private static final String CLAIM_COLUMNS = "article_id, claim_id, predicate, value, min, max, approximate, "
            + "object, object_text, claimant, claimant_country, via, agent, agent_country, affected, "
            + "affected_country, place, period_from, period_to, status, confidence, evidence_start, evidence_end, "
            + "day, published, site, article_key";

    private final Connections connections;
    /** Seconds a query may run before the database interrupts it; 0 for no limit. */
    private volatile int timeoutSeconds;

    StoreQueries(Connections connections) {
        this.connections = connections;
    }

    /**
     * Interrupts any query of these that runs longer than {@code limit} (rounded up to whole seconds), so that work
     * a server has given up on (answered 503) stops instead of holding a core; the query then fails.
     */
    public void limitTime(java.time.Duration limit) {
        timeoutSeconds = (int) Math.min(Integer.MAX_VALUE, (limit.toMillis() + 999) / 1000);
    }

    /** The full record of an article, by its record id or its content hash. */
    public Optional<String> articleJson(String id) {
        List<Map<String, Object>> rows = rows("SELECT record FROM articles WHERE id = ? OR key = ? ORDER BY seq LIMIT 1",
                new Where(), id, id);
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0).get("record"));
    }

    /** The story cluster an article belongs to and the other articles in it (id, site, published). */
    public List<Map<String, Object>> storyOf(String id) {
        return rows("SELECT a.id, a.site, a.published, c.similarity FROM story_clusters c JOIN articles a ON a.key = c.article_key "
                + "WHERE c.cluster = (SELECT c2.cluster FROM story_clusters c2 JOIN articles a2 ON a2.key = c2.article_key "
                + "WHERE a2.id = ? OR a2.key = ? LIMIT 1) ORDER BY a.seq", new Where(), id, id);
    }

    public Page<Map<String, Object>> claims(ClaimFilter f, int page, int size) {
        Where w = claimWhere(f);
        Page<Map<String, Object>> p = page("SELECT " + CLAIM_COLUMNS + " FROM claims" + w.sql()
                + " ORDER BY day NULLS LAST, article_key, claim_id", "claims", w, page, size);
        if (p.items().isEmpty()) {
            return p;
        }
        // the page's responses in one query, not one per claim
        List<Object> keys = p.items().stream().map(m -> m.get("article_key")).distinct().toList();
        Map<String, List<Map<String, Object>>> byClaim = new java.util.HashMap<>();
        for (Map<String, Object> r : rows("SELECT article_key, claim_id, party, party_country, stance, start_cp AS start, "
                + "end_cp AS \"end\" FROM claim_responses WHERE article_key IN ("
                + String.join(",", java.util.Collections.nCopies(keys.size(), "?")) + ") ORDER BY article_key, claim_id, party",
                new Where(), keys.toArray())) {
            String k = r.remove("article_key") + "\u0000" + r.remove("claim_id");
            byClaim.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> row : p.items()) {
            Map<String, Object> m = new LinkedHashMap<>(row);
            m.put("responses", byClaim.getOrDefault(m.remove("article_key") + "\u0000" + m.get("claim_id"), List.of()));
            items.add(m);
        }
        return new Page<>(p.page(), p.size(), p.total(), items);
    }

    static Where claimWhere(ClaimFilter f) {
        Where w = new Where().party("claimant", f.claimant()).party("affected", f.affected())
                .eq("predicate", f.predicate() == null ? null : f.predicate().toUpperCase(java.util.Locale.ROOT))
                .eq("object", f.object());
        if (f.place() != null && !f.place().isBlank()) {
            // the claims table has no place country: it is the place entity's, in the entities table
            String v = f.place().strip();
            String inCountry = "EXISTS (SELECT 1 FROM entities e WHERE e.article_key = claims.article_key "
                    + "AND e.entity_id = claims.place_id AND e.country = ?)";
            if (v.matches("[A-Z]{3}")) {
                w.raw(inCountry, v);
            } else {
                w.raw("(" + inCountry + " OR place_id = ? OR place ILIKE ?)", v.toUpperCase(java.util.Locale.ROOT), v,
                        "%" + v + "%");
            }
        }
        return w.days("day", f.from(), f.to());
    }

    /**
     * Each side's claims about the other's losses, per day and object category, with the other side's
     * responses to them: one row per (claimant side, day, object).
     */
    public Page<Map<String, Object>> compare(String sideA, String sideB, LocalDate from, LocalDate to, int page, int size) {
        checkSides(sideA, sideB);
        Where w = new Where().raw("claimant_country IN (?, ?) AND affected_country IN (?, ?) "
                + "AND claimant_country <> affected_country", sideA, sideB, sideA, sideB).days("day", from, to);
        // only the responses to the selected claims by the affected side (a semi-join), not all of theirs
        String groups = "WITH c AS (SELECT article_key, claim_id, claimant_country, affected_country, day, object, "
                + "value, min, approximate, site FROM claims" + w.sql() + "), "
                + "r AS (SELECT x.article_key, x.claim_id, x.party_country, "
                + "max(CASE WHEN x.stance = 'DENIED' THEN 1 ELSE 0 END) AS denied, "
                + "max(CASE WHEN x.stance = 'DISPUTED' THEN 1 ELSE 0 END) AS disputed, "
                + "max(CASE WHEN x.stance = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed, "
                + "max(CASE WHEN x.stance = 'NO_COMMENT' THEN 1 ELSE 0 END) AS no_comment "
                + "FROM claim_responses x SEMI JOIN c ON x.article_key = c.article_key AND x.claim_id = c.claim_id "
                + "AND x.party_country = c.affected_country GROUP BY x.article_key, x.claim_id, x.party_country) "
                + "SELECT c.claimant_country AS claimant, c.affected_country AS affected, c.day, c.object, "
                + "count(*) AS claims, sum(coalesce(c.value, c.min, 0)) AS total, "
                + "count(*) FILTER (WHERE c.approximate) AS approximate, count(DISTINCT c.site) AS outlets, "
                + "coalesce(sum(r.denied), 0) AS denied, coalesce(sum(r.disputed), 0) AS disputed, "
                + "coalesce(sum(r.confirmed), 0) AS confirmed, coalesce(sum(r.no_comment), 0) AS no_comment "
                + "FROM c LEFT JOIN r ON r.article_key = c.article_key AND r.claim_id = c.claim_id "
                + "AND r.party_country = c.affected_country "
                + "GROUP BY c.claimant_country, c.affected_country, c.day, c.object";
        return groupPage(groups, "day NULLS LAST, claimant, object", w, page, size);
    }

    /** Both sides are ISO 3166 alpha-3 codes, else an error saying which is not. */
    static void checkSides(String sideA, String sideB) {
        for (String side : java.util.Arrays.asList(sideA, sideB)) {
            if (side == null || !side.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("Side '" + side + "' is not an ISO 3166 alpha-3 code like AZE.");
            }
        }
    }

    public Page<Map<String, Object>> quotes(String speaker, String q, int page, int size) {
        Where w = new Where();
        if (speaker != null && !speaker.isBlank()) {
            w.raw("(speaker_country = ? OR speaker_id = ? OR speaker ILIKE ?)", speaker.strip()
                    .toUpperCase(java.util.Locale.ROOT), speaker.strip(), "%" + speaker.strip() + "%");
        }
        w.like("text", q);
        return page("SELECT article_id, text, start_cp AS start, end_cp AS \"end\", speaker, speaker_country, cue, "
                + "direct, published, site, language FROM quotes" + w.sql()
                + " ORDER BY published NULLS LAST, article_key, ord", "quotes", w, page, size);
    }

    public Page<Map<String, Object>> events(String type, String actor, LocalDate from, LocalDate to, int page, int size) {
        Where w = new Where().eq("type", type == null ? null : type.toUpperCase(java.util.Locale.ROOT));
        if (actor != null && !actor.isBlank()) {
            String a = actor.strip();
            w.raw("(actors ILIKE ? OR actor_countries ILIKE ?)", "%" + a + "%", "%" + a + "%");
        }
        w.days("day", from, to);
        return page("SELECT article_id, event_id, type, mode, actors, actor_countries, recipients, "
                + "recipient_countries, modality, date, place, trigger, trigger_start, trigger_end, claim_ids, "
                + "confidence, day, published, site FROM events" + w.sql()
                + " ORDER BY day NULLS LAST, article_key, event_id", "events", w, page, size);
    }

    public Page<Map<String, Object>> entities(String q, int page, int size) {
        Where w = new Where().like("name", q);
        return groupPage("SELECT name, type, country, sector, count(DISTINCT article_key) AS articles, "
                + "sum(mention_count) AS mentions FROM entities" + w.sql()
                + " GROUP BY name, type, country, sector", "articles DESC, name, type", w, page, size);
    }

    /** Articles (metadata only) in a date range, for listings without a text query. */
    public Page<Map<String, Object>> articles(String language, String site, LocalDate from, LocalDate to, int page, int size) {
        Where w = new Where().eq("language", language).eq("site", site).days("published", from, to);
        return page("SELECT id, title, site, published, language, url FROM articles" + w.sql()
                + " ORDER BY seq", "articles", w, page, size);
    }

    public Map<String, Object> stats() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.putAll(rows("SELECT (SELECT count(*) FROM articles) AS articles, "
                + "(SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM quotes) AS quotes, "
                + "(SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM claim_responses) AS claim_responses, "
                + "(SELECT count(*) FROM events) AS events, (SELECT count(*) FROM quantities) AS quantities, "
                + "(SELECT count(*) FROM (SELECT cluster FROM story_clusters GROUP BY cluster HAVING count(*) > 1)) "
                + "AS multi_outlet_stories, "
                + "(SELECT min(published) FROM articles) AS first_published, "
                + "(SELECT max(published) FROM articles) AS last_published", new Where()).get(0));
        out.put("languages", rows("SELECT language, count(*) AS articles FROM articles GROUP BY language "
                + "ORDER BY articles DESC, language", new Where()));
        out.put("sites", rows("SELECT site, count(*) AS articles FROM articles GROUP BY site "
                + "ORDER BY articles DESC, site LIMIT 20", new Where()));
        out.put("predicates", rows("SELECT predicate, count(*) AS claims FROM claims GROUP BY predicate "
                + "ORDER BY claims DESC, predicate", new Where()));
        return out;
    }

    /** Each stored record's JSON, in ingest order, optionally filtered; for exports. */
    public void forEachRecord(String language, String site, LocalDate from, LocalDate to,
                              java.util.function.Consumer<String> each) {
        Where w = new Where().eq("language", language).eq("site", site).days("published", from, to);
        try (Connection c = connections.open();
             PreparedStatement ps = c.prepareStatement("SELECT record FROM articles" + w.sql() + " ORDER BY seq")) {
            w.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading records failed: " + e.getMessage(), e);
        }
    }

    /** The tables {@link #copy} can write. */
    public enum Table { CLAIMS, QUOTES, EVENTS }

    /**
     * Writes a table's rows (claims filtered by {@code f}, quotes and events by its dates) to {@code file} as
     * CSV with a header or as Parquet, by DuckDB's COPY.
     */
    public long copy(Table table, ClaimFilter f, java.nio.file.Path file, boolean parquet) {
        Where w = switch (table) {
            case CLAIMS -> claimWhere(f);
            case QUOTES -> new Where().days("published", f.from(), f.to());
            case EVENTS -> new Where().days("day", f.from(), f.to());
        };
        String name = table.name().toLowerCase(java.util.Locale.ROOT);
        String select = "SELECT * EXCLUDE (article_key) FROM " + name + w.sql();
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try (Connection c = connections.open()) {
            try (PreparedStatement ps = c.prepareStatement("CREATE OR REPLACE TEMP VIEW export_rows AS " + inline(select, w))) {
                ps.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("COPY (SELECT * FROM export_rows) TO '" + target + "' "
                    + (parquet ? "(FORMAT parquet)" : "(FORMAT csv, HEADER)"))) {
                ps.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM export_rows");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Export of " + name + " to '" + file + "' failed: " + e.getMessage(), e);
        }
    }

    /** A statement with its parameters written in as SQL literals (views and COPY take no parameters). */
    private static String inline(String sql, Where w) {
        StringBuilder out = new StringBuilder();
        java.util.Iterator<Object> it = w.params().iterator();
        for (char ch : sql.toCharArray()) {
            if (ch == '?' && it.hasNext()) {
                Object p = it.next();
                out.append(p instanceof LocalDate d ? "DATE '" + d + "'" : "'" + String.valueOf(p).replace("'", "''") + "'");
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * Runs a SELECT over one table and returns the requested page with the total row count. The count is a
     * query of its own over the filter's columns only (a window count would make DuckDB sort every matching
     * row instead of keeping the top N, and counting the page query would read every selected column); it is
     * skipped when the page itself shows where the list ends.
     */
    Page<Map<String, Object>> page(String select, String table, Where w, int page, int size) {
        long offset = Page.offset(page, size);
        List<Map<String, Object>> items = rows(select + " LIMIT " + size + " OFFSET " + offset, w);
        long total = items.size() < size && (offset == 0 || !items.isEmpty()) ? offset + items.size()
                : ((Number) rows("SELECT count(*) AS n FROM " + table + w.sql(), w).get(0).get("n")).longValue();
        return new Page<>(page, size, total, items);
    }

    /**
     * A page of a grouped SELECT (no ORDER BY of its own), ordered by {@code order}: the groups are few beside
     * the rows they sum, so the total comes with the page from a window count over the groups, in one query.
     */
    Page<Map<String, Object>> groupPage(String groups, String order, Where w, int page, int size, Object... extra) {
        long offset = Page.offset(page, size);
        List<Map<String, Object>> items = rows("SELECT *, count(*) OVER () AS \"warta.total\" FROM (" + groups
                + ") ORDER BY " + order + " LIMIT " + size + " OFFSET " + offset, w, extra);
        long total;
        if (items.isEmpty()) {
            total = offset == 0 ? 0
                    : ((Number) rows("SELECT count(*) AS n FROM (" + groups + ")", w, extra).get(0).get("n")).longValue();
        } else {
            total = ((Number) items.get(0).get("warta.total")).longValue();
            items.forEach(m -> m.remove("warta.total"));
        }
        return new Page<>(page, size, total, items);
    }

    /** Runs a query: the Where's parameters first, then {@code extra}. */
    List<Map<String, Object>> rows(String sql, Where w, Object... extra) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(timeoutSeconds);
            int i = w.bind(ps);
            for (Object e : extra) {
                ps.setObject(i++, e);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int k = 1; k <= md.getColumnCount(); k++) {
                        row.put(md.getColumnLabel(k), value(rs.getObject(k)));
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("INTERRUPT")) {
                throw new IllegalStateException("The query ran longer than " + timeoutSeconds + " s and was stopped; "
                        + "narrow it (a date range, a side, a smaller page).", e);
            }
            throw new IllegalStateException("Query failed: " + e.getMessage(), e);
        }
    }

    private static Object value(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.time.temporal.TemporalAccessor t) {
            return t.toString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.math.BigInteger b) {
            return b.longValue();
        }
        if (v instanceof java.math.BigDecimal b) {
            return b.stripTrailingZeros().scale() <= 0 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        return v;
    }
}
