package org.warta.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.warta.extract.claim.ClaimFinder;
import org.warta.extract.claim.ClaimLexicon.PredicateWord;
import org.warta.extract.claim.PhraseMatcher;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.model.Claim;
import org.warta.model.ClaimStatus;
import org.warta.model.EventType;
import org.warta.model.Modality;
import org.warta.model.ObjectCategory;
import org.warta.model.Predicate;
import org.warta.model.Span;

/**
 * Events that claims quantify: one per agent, affected side and claimant. Killing, wounding, destroying and
 * shooting down are an ASSAULT, taking people captive an ASSAULT (mode abduct), arrests and seizures a COERCE. A
 * claim with no agent makes no event of its own (a disaster toll, a background figure). The event is CLAIMED when
 * its figures are only one party's word, HISTORICAL when they date from an earlier decade.
 */
final class ClaimEvents {
    private final ClaimFinder claimWords = ClaimFinder.standard();

    List<EventDraft> events(Document doc, List<Claim> claims) {
        Map<String, EventDraft> groups = new LinkedHashMap<>();
        for (Claim c : claims) {
            EventType type = typeOf(c.predicate());
            if (type == null || c.agent() == null || c.evidence().isEmpty()) {
                continue;
            }
            String key = type + "|" + c.agent() + "|" + c.affected() + "|" + c.claimant();
            EventDraft d = groups.get(key);
            if (d == null) {
                Span first = c.evidence().get(0);
                Sentence s = doc.sentenceAt(first.start());
                if (s == null) {
                    continue;
                }
                d = new EventDraft(type, modeOf(c), trigger(doc, s, c),
                        Span.of(s.start(), s.end()), doc.sentences().indexOf(s));
                d.actors.add(c.agent());
                if (c.affected() != null) {
                    d.recipients.add(c.affected());
                }
                d.place = c.place();
                d.date = c.period() == null ? null : Objects.requireNonNullElse(c.period().from(), c.period().to());
                d.modality = c.status() == ClaimStatus.REPORTED || c.status() == ClaimStatus.CONFIRMED
                        ? Modality.ASSERTED : Modality.CLAIMED;
                groups.put(key, d);
            }
            d.claims.add(c.id());
            for (Span e : c.evidence()) {
                if (!d.evidence.contains(e)) {
                    d.evidence.add(e);
                }
            }
            d.confidence = Math.min(d.confidence, c.confidence());
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * The claim's predicate word in its sentence; for a claim whose predicate the object changed ({@code captured 12
     * border posts} is SEIZED, {@code lost 11,262 tanks} DESTROYED), the last predicate word of its evidence before
     * what it counts.
     */
    private Span trigger(Document doc, Sentence s, Claim c) {
        Span inside = null;
        Span ev = c.evidence().get(0);
        int counted = c.objectText() == null || c.objectText().isEmpty() ? -1
                : doc.text().indexOf(c.objectText(), ev.start());
        for (PhraseMatcher.Match<PredicateWord> m : claimWords.predicateWords(s)) {
            int a = s.tokens().get(m.from()).start();
            int b = s.tokens().get(m.to() - 1).end();
            if (m.value().predicate() == c.predicate()) {
                return new Span(a, b, doc.text().substring(a, b));
            }
            if (ev.start() <= a && b <= ev.end() && (inside == null || counted >= 0 && b <= counted)) {
                inside = new Span(a, b, doc.text().substring(a, b));
            }
        }
        return inside != null ? inside : new Span(s.start(), s.start(), "");
    }

    private static EventType typeOf(Predicate p) {
        return switch (p) {
            case KILLED, WOUNDED, KILLED_OR_WOUNDED, DESTROYED, DAMAGED, SHOT_DOWN, CAPTURED -> EventType.ASSAULT;
            case ARRESTED, SEIZED -> EventType.COERCE;
            default -> null;
        };
    }

    /** Taking people is an abduction; taking towns or equipment has no mode of its own. */
    private static String modeOf(Claim c) {
        boolean people = c.object() == ObjectCategory.PEOPLE || c.object() == ObjectCategory.CIVILIANS
                || c.object() == ObjectCategory.PERSONNEL;
        return switch (c.predicate()) {
            case CAPTURED -> people ? "abduct" : null;
            case ARRESTED -> "arrest";
            case SEIZED -> "confiscate";
            default -> null;
        };
    }
}
