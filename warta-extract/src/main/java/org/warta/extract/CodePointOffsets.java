package org.warta.extract;

import java.util.List;
import org.warta.model.Claim;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Record;
import org.warta.model.Response;
import org.warta.model.Span;

/**
 * Stages work in Java's UTF-16 indexes; the contract counts code points. This turns every offset of a record
 * into code points, and does nothing when the text has no character outside the Basic Multilingual Plane.
 */
final class CodePointOffsets {
    private final String text;

    private CodePointOffsets(String text) {
        this.text = text;
    }

    static Record convert(Record r) {
        String text = r.text();
        if (text.codePointCount(0, text.length()) == text.length()) {
            return r;
        }
        CodePointOffsets c = new CodePointOffsets(text);
        return new Record(r.schema(), r.id(), r.source(), r.language(), r.title(), r.published(), r.dateline(),
                text, r.entities().stream().map(c::entity).toList(),
                r.quantities().stream().map(c::quantity).toList(), r.dates().stream().map(c::date).toList(),
                r.quotes().stream().map(c::quote).toList(), r.claims().stream().map(c::claim).toList(),
                r.events().stream().map(c::event).toList(), r.diagnostics());
    }

    private int at(int utf16) {
        return text.codePointCount(0, Math.min(utf16, text.length()));
    }

    private Span span(Span s) {
        return s == null ? null : new Span(at(s.start()), at(s.end()), s.text());
    }

    private List<Span> spans(List<Span> spans) {
        return spans.stream().map(this::span).toList();
    }

    private Entity entity(Entity e) {
        return new Entity(e.id(), e.type(), e.name(), e.country(), e.sector(), e.role(), spans(e.mentions()));
    }

    private Quantity quantity(Quantity q) {
        return new Quantity(q.text(), at(q.start()), at(q.end()), q.value(), q.min(), q.max(), q.approximate(),
                q.unit(), q.category());
    }

    private DateMention date(DateMention d) {
        return new DateMention(d.text(), at(d.start()), at(d.end()), d.value(), d.resolution());
    }

    private Quote quote(Quote q) {
        return new Quote(q.text(), at(q.start()), at(q.end()), q.speaker(), q.speakerText(), q.cue(), q.direct());
    }

    private Claim claim(Claim c) {
        List<Response> responses = c.responses().stream().map(r -> new Response(r.party(), r.stance(),
                r.start() == null ? null : at(r.start()), r.end() == null ? null : at(r.end()))).toList();
        return new Claim(c.id(), c.predicate(), c.count(), c.object(), c.objectText(), c.claimant(), c.via(),
                c.agent(), c.affected(), c.place(), c.period(), c.status(), responses, spans(c.evidence()),
                c.confidence());
    }

    private Event event(Event e) {
        return new Event(e.id(), e.type(), e.mode(), e.actors(), e.recipients(), e.modality(), e.date(), e.place(),
                span(e.trigger()), spans(e.evidence()), e.claims(), e.confidence());
    }
}
