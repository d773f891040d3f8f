package org.warta.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.Modality;
import org.warta.model.Span;

/** An event while the coder fills it in: mutable, private to the event stage. */
final class EventDraft {
    EventType type;
    String mode;
    final Set<String> actors = new LinkedHashSet<>();
    final Set<String> recipients = new LinkedHashSet<>();
    Modality modality = Modality.ASSERTED;
    String date;
    String place;
    final Span trigger;
    final List<Span> evidence = new ArrayList<>();
    final List<String> claims = new ArrayList<>();
    final int sentence;
    double confidence = 0.8;

    EventDraft(EventType type, String mode, Span trigger, Span sentenceSpan, int sentence) {
        this.type = type;
        this.mode = mode;
        this.trigger = trigger;
        this.sentence = sentence;
        evidence.add(sentenceSpan);
    }

    Event toEvent(String id) {
        recipients.removeAll(actors);
        return new Event(id, type, mode, List.copyOf(actors), List.copyOf(recipients), modality, date, place, trigger,
                evidence, claims, Math.round(confidence * 100) / 100.0);
    }
}
