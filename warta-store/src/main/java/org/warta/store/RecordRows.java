package org.warta.store;

import static org.warta.model.EntityRefs.countries;
import static org.warta.model.EntityRefs.country;
import static org.warta.model.EntityRefs.find;
import static org.warta.model.EntityRefs.name;
import static org.warta.model.EntityRefs.names;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
import org.warta.store.cluster.MinHash;
import org.warta.store.index.Dates;

/**
 * Writes records as table rows through DuckDB appenders (the fast bulk path), one appender per table for a
 * batch. Article rows go last, so an interrupted batch leaves at worst child rows without an article, which
 * the store removes when it opens.
 */
final class RecordRows implements AutoCloseable {
    private final DuckDBAppender articles;
    private final DuckDBAppender entities;
    private final DuckDBAppender mentions;
    private final DuckDBAppender quantities;
    private final DuckDBAppender quotes;
    private final DuckDBAppender claims;
    private final DuckDBAppender responses;
    private final DuckDBAppender events;
    private final DuckDBAppender clusters;
    private final List<Runnable> articleRows = new java.util.ArrayList<>();

    RecordRows(DuckDBConnection c) throws SQLException {
        articles = c.createAppender("main", "articles");
        entities = c.createAppender("main", "entities");
        mentions = c.createAppender("main", "mentions");
        quantities = c.createAppender("main", "quantities");
        quotes = c.createAppender("main", "quotes");
        claims = c.createAppender("main", "claims");
        responses = c.createAppender("main", "claim_responses");
        events = c.createAppender("main", "events");
        clusters = c.createAppender("main", "story_clusters");
    }

    /** A record with what can be computed for it ahead, on any thread: its MinHash signature and JSON. */
    record Prepared(String key, Record record, int[] minhash, String json) {
    }

    static Prepared prepare(String key, Record r) {
        return new Prepared(key, r, MinHash.of(r.text()), RecordJson.line(r));
    }

    /** Appends a record's rows as article number {@code seq}; its article row is held back until {@link #close}. */
    void add(Prepared s, long seq, String cluster, double similarity) throws SQLException {
        Record r = s.record();
        String key = s.key();
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : r.entities()) {
            byId.put(e.id(), e);
            entities.beginRow().append(key).append(e.id()).append(str(e.type())).append(e.name()).append(e.country())
                    .append(e.sector()).append(e.role()).append(e.mentions().size()).endRow();
            for (Span m : e.mentions()) {
                mentions.beginRow().append(key).append(e.id()).append(m.start()).append(m.end()).append(m.text())
                        .endRow();
            }
        }
        int ord = 0;
        for (Quantity q : r.quantities()) {
            quantities.beginRow().append(key).append(ord++).append(q.text()).append(q.start()).append(q.end())
                    .append(q.value()).append(q.min()).append(q.max()).append(q.approximate()).append(q.unit())
                    .append(q.category()).endRow();
        }
        LocalDate published = Dates.day(r.published());
        String site = r.source().site();
        ord = 0;
        for (Quote q : r.quotes()) {
            Entity sp = q.speaker() == null ? null : byId.get(q.speaker());
            quotes.beginRow().append(key).append(r.id()).append(ord++).append(q.text()).append(q.start())
                    .append(q.end()).append(q.speaker()).append(sp != null ? sp.name() : q.speakerText())
                    .append(sp != null ? sp.country() : null).append(q.cue()).append(q.direct());
            date(quotes, published).append(site).append(r.language()).endRow();
        }
        for (Claim c : r.claims()) {
            LocalDate day = Dates.claimDay(c, published);
            claims.beginRow().append(key).append(r.id()).append(c.id());
            for (Object v : ClaimColumns.of(c, byId)) {
                appendValue(claims, v);
            }
            date(claims, day);
            date(claims, published).append(site).endRow();
            for (Response resp : c.responses()) {
                Entity party = find(byId, resp.party());
                responses.beginRow().append(key).append(c.id()).append(resp.party()).append(name(party, resp.party()))
                        .append(country(party)).append(str(resp.stance())).append(resp.start()).append(resp.end())
                        .endRow();
            }
        }
        for (Event e : r.events()) {
            Span t = e.trigger();
            LocalDate day = Dates.day(e.date()) != null ? Dates.day(e.date()) : published;
            events.beginRow().append(key).append(r.id()).append(e.id()).append(str(e.type())).append(e.mode())
                    .append(names(byId, e.actors())).append(countries(byId, e.actors()))
                    .append(names(byId, e.recipients())).append(countries(byId, e.recipients()))
                    .append(str(e.modality())).append(e.date()).append(name(find(byId, e.place()), e.place()))
                    .append(t == null ? null : t.text()).append(t == null ? null : t.start())
                    .append(t == null ? null : t.end()).append(String.join(" ", e.claims())).append(e.confidence());
            date(events, day);
            date(events, published).append(site).endRow();
        }
        clusters.beginRow().append(key).append(cluster).append(similarity).endRow();
        String json = s.json();
        articleRows.add(() -> {
            try {
                articles.beginRow().append(key).append(seq).append(r.id()).append(r.source().url()).append(site)
                        .append(r.source().path()).append(r.language()).append(r.title());
                date(articles, published).append(r.published()).append(r.dateline())
                        .append(r.text().codePointCount(0, r.text().length()));
                if (s.minhash() == null) {
                    articles.appendNull();
                } else {
                    articles.append(MinHash.bytes(s.minhash()));
                }
                articles
                        .append(LocalDateTime.now(java.time.ZoneOffset.UTC)).append(json).endRow();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not append article " + r.id() + ": " + e.getMessage(), e);
            }
        });
    }

    private static DuckDBAppender date(DuckDBAppender a, LocalDate d) throws SQLException {
        return d == null ? a.appendNull() : a.append(d);
    }

    /** Appends one value of {@link ClaimColumns} by its type. */
    private static void appendValue(DuckDBAppender a, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else if (v instanceof String x) {
            a.append(x);
        } else if (v instanceof Double x) {
            a.append(x);
        } else if (v instanceof Integer x) {
            a.append(x);
        } else if (v instanceof Boolean x) {
            a.append(x);
        } else {
            throw new IllegalArgumentException("No column type for " + v.getClass().getName());
        }
    }

    private static String str(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** Flushes child tables first, then the held-back article rows. */
    @Override
    public void close() throws SQLException {
        for (DuckDBAppender a : List.of(entities, mentions, quantities, quotes, claims, responses, events, clusters)) {
            a.close();
        }
        articleRows.forEach(Runnable::run);
        articles.close();
    }
}
