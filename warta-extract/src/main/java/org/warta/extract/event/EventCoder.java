package org.warta.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warta.extract.Outcome;
import org.warta.extract.claim.EntityIndex;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.model.Claim;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Event;
import org.warta.model.Modality;
import org.warta.model.Resolution;

/**
 * PLOVER events: those its event words express ({@link SentenceEvents}) and those its claims quantify
 * ({@link ClaimEvents}); an event word in a sentence whose figures already make an event of that type is the same
 * event. Sentence-wide phrases give modes ({@code via telepon} -> CONSULT, phone); a date from an earlier decade
 * makes a background event HISTORICAL.
 */
public final class EventCoder {
    private final EventLexicon lex;

    public EventCoder(EventLexicon lex) {
        this.lex = lex;
    }

    public EventCoder() {
        this(EventLexicon.standard());
    }

    public static EventCoder standard() {
        return new EventCoder();
    }

    public Outcome<List<Event>> code(Document doc, List<Entity> entities, List<Claim> claims,
                                     List<DateMention> dates) {
        EntityIndex index = new EntityIndex(entities);
        SentenceEvents reader = new SentenceEvents(lex, doc.text(), index);
        List<EventDraft> fromClaims = new ClaimEvents().events(doc, claims);
        List<EventDraft> all = new ArrayList<>(fromClaims);
        String lastActor = null;
        List<Sentence> sentences = doc.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (EventDraft d : reader.read(s, si, lastActor)) {
                if (!absorbed(d, fromClaims)) {
                    sentenceModes(s, d);
                    timing(doc, s, dates, d);
                    all.add(d);
                }
                for (String a : d.actors) {
                    Entity e = index.byId(a);
                    if (e != null && e.type() == EntityType.PERSON) {
                        lastActor = a;
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt((EventDraft d) -> d.trigger.start()));
        List<Event> out = new ArrayList<>();
        for (EventDraft d : all) {
            out.add(d.toEvent("v" + (out.size() + 1)));
        }
        return Outcome.of(List.copyOf(out));
    }

    /** An event word in a sentence that already holds figures of an event of its type joins that event. */
    private static boolean absorbed(EventDraft d, List<EventDraft> fromClaims) {
        for (EventDraft c : fromClaims) {
            if (c.type == d.type && c.evidence.stream().anyMatch(e -> e.equals(d.evidence.get(0)))) {
                if (c.mode == null) {
                    c.mode = d.mode;
                }
                return true;
            }
        }
        return false;
    }

    private void sentenceModes(Sentence s, EventDraft d) {
        for (var m : lex.modes().find(s.tokens())) {
            if (m.value().type() == d.type) {
                d.mode = m.value().mode();
            }
        }
    }

    private static void timing(Document doc, Sentence s, List<DateMention> dates, EventDraft d) {
        for (DateMention dm : dates) {
            if (dm.start() < s.start() || dm.end() > s.end() || dm.value() == null) {
                continue;
            }
            if (d.date == null) {
                d.date = dm.value();
            }
            if (d.modality == Modality.ASSERTED && earlier(doc.published(), dm)) {
                d.modality = Modality.HISTORICAL;
            }
        }
    }

    private static boolean earlier(LocalDate published, DateMention dm) {
        if (dm.resolution() == Resolution.DECADE) {
            return true;
        }
        if (published == null || dm.value().length() < 4 || !Character.isDigit(dm.value().charAt(3))) {
            return false;
        }
        try {
            return Integer.parseInt(dm.value().substring(0, 4)) < published.getYear() - 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
