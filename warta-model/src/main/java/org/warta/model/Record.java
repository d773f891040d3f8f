package org.warta.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/** One article turned into attributed data: the product's public contract, {@value #SCHEMA}. */
@JsonPropertyOrder({"schema", "id", "source", "language", "title", "published", "dateline", "text", "entities",
        "quantities", "dates", "quotes", "claims", "events", "diagnostics"})
public record Record(String schema, String id, Source source, String language, String title, String published,
                     String dateline, String text, List<Entity> entities, List<Quantity> quantities,
                     List<DateMention> dates, List<Quote> quotes, List<Claim> claims, List<Event> events,
                     List<Diagnostic> diagnostics) {
    public static final String SCHEMA = "warta.record/1";

    public Record {
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A record for an item that could not be read at all: empty text and the reason as a diagnostic. */
    public static Record failed(String id, Source source, Diagnostic why) {
        return new Record(SCHEMA, id, source, "und", null, null, null, "", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(why));
    }

    /** This record with more diagnostics appended. */
    public Record withDiagnostics(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new Record(schema, id, source, language, title, published, dateline, text, entities, quantities,
                dates, quotes, claims, events, all);
    }
}
