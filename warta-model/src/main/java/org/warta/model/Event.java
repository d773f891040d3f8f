package org.warta.model;

import java.util.List;

/** A political event coded in PLOVER; actors and recipients are entity ids, claims are claim ids. */
public record Event(String id, EventType type, String mode, List<String> actors, List<String> recipients,
                    Modality modality, String date, String place, Span trigger, List<Span> evidence,
                    List<String> claims, double confidence) {
    public Event {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        evidence = List.copyOf(evidence);
        claims = List.copyOf(claims);
    }
}
