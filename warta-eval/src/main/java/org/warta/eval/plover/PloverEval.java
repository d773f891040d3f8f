package org.warta.eval.plover;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.warta.eval.Scores;
import org.warta.extract.claim.ClaimFinder;
import org.warta.extract.event.EventCoder;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.Modality;
import org.warta.model.Predicate;

/**
 * Codes each sentence of the PLOVER gold standard with Warta's claim and event stages and compares: the set of
 * event types per sentence (a sentence coded twice in the gold has both types), the country of the actors of each
 * correctly typed event, and the {@code dead} and {@code injured} figures against the sentence's KILLED and
 * WOUNDED claims (their exact values summed). Background events (HISTORICAL: {@code following the killing of ...})
 * are not scored: the gold codes each sentence's own event, not the events it recalls.
 */
public final class PloverEval {
    private final Stages stages;
    private final Segmenter segmenter = Segmenter.standard();
    private final ClaimFinder claims = ClaimFinder.standard();
    private final EventCoder events = EventCoder.standard();

    public PloverEval(Stages stages) {
        this.stages = stages;
    }

    private static final Map<String, EventType> SCORED_AS = new HashMap<>();

    static {
        for (String[] row : EvalTable.rows("modality-map.tsv")) {
            SCORED_AS.put(row[0].strip() + " " + row[1].strip(), EventType.valueOf(row[2].strip()));
        }
    }

    /** The type an event counts as against the PLOVER 0.5b1 gold ({@code modality-map.tsv}). */
    public static EventType scoredType(Event e) {
        return SCORED_AS.getOrDefault(e.modality() + " " + e.type(), e.type());
    }

    /** What Warta made of one sentence. */
    public record Coded(List<Event> events, List<Entity> entities, List<Claim> claims) {
        public Set<EventType> types() {
            Set<EventType> out = EnumSet.noneOf(EventType.class);
            events.stream().filter(e -> e.modality() != Modality.HISTORICAL).forEach(e -> out.add(scoredType(e)));
            return out;
        }
    }

    public Coded code(String text, String date) {
        Document doc = segmenter.segment(text, "en", parse(date));
        List<Entity> ents = stages.entities(doc);
        var dates = stages.dates(doc);
        List<Claim> cs = claims.find(doc, ents, stages.quantities(doc), dates, List.of()).value();
        return new Coded(events.code(doc, ents, cs, dates).value(), ents, cs);
    }

    public PloverReport run(List<GoldRecord> gold) {
        Map<String, List<GoldRecord>> bySentence = new LinkedHashMap<>();
        gold.forEach(g -> bySentence.computeIfAbsent(g.text(), k -> new ArrayList<>()).add(g));
        Map<EventType, long[]> counts = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) {
            counts.put(t, new long[3]);
        }
        int actorChecked = 0;
        int actorRight = 0;
        int figureRecords = 0;
        int figureExact = 0;
        int figuresWithoutGold = 0;
        for (List<GoldRecord> records : bySentence.values()) {
            Coded c = code(records.get(0).text(), records.get(0).date());
            Set<EventType> want = EnumSet.noneOf(EventType.class);
            records.forEach(r -> want.add(r.type()));
            Set<EventType> got = c.types();
            for (EventType t : EventType.values()) {
                long[] n = counts.get(t);
                n[0] += want.contains(t) && got.contains(t) ? 1 : 0;
                n[1] += !want.contains(t) && got.contains(t) ? 1 : 0;
                n[2] += want.contains(t) && !got.contains(t) ? 1 : 0;
            }
            Integer dead = sum(c.claims(), Predicate.KILLED);
            Integer injured = sum(c.claims(), Predicate.WOUNDED);
            for (GoldRecord r : records) {
                if (!r.sourceCountries().isEmpty() && got.contains(r.type())) {
                    actorChecked++;
                    actorRight += actorCountryMatches(c, r) ? 1 : 0;
                }
                if (r.dead() != null || r.injured() != null) {
                    figureRecords++;
                    boolean deadOk = r.dead() == null || Objects.equals(r.dead(), dead);
                    boolean injuredOk = r.injured() == null || Objects.equals(r.injured(), injured);
                    figureExact += deadOk && injuredOk ? 1 : 0;
                } else if (dead != null || injured != null) {
                    figuresWithoutGold++;
                }
            }
        }
        Map<EventType, Scores> perType = new LinkedHashMap<>();
        Scores overall = new Scores("overall", 0, 0, 0);
        for (EventType t : EventType.values()) {
            long[] n = counts.get(t);
            Scores s = new Scores(t.name(), n[0], n[1], n[2]);
            perType.put(t, s);
            overall = overall.plus(s);
        }
        return new PloverReport(gold.size(), bySentence.size(), perType, overall, actorChecked, actorRight,
                figureRecords, figureExact, figuresWithoutGold);
    }

    private static boolean actorCountryMatches(Coded c, GoldRecord r) {
        Map<String, String> country = new LinkedHashMap<>();
        c.entities().forEach(e -> country.put(e.id(), e.country()));
        Set<String> got = new HashSet<>();
        for (Event e : c.events()) {
            if (scoredType(e) == r.type()) {
                e.actors().forEach(a -> {
                    if (country.get(a) != null) {
                        got.add(country.get(a));
                    }
                });
            }
        }
        return got.stream().anyMatch(r.sourceCountries()::contains);
    }

    private static Integer sum(List<Claim> claims, Predicate p) {
        Integer total = null;
        for (Claim c : claims) {
            if (c.predicate() == p && c.count().value() != null) {
                total = (total == null ? 0 : total) + c.count().value().intValue();
            }
        }
        return total;
    }

    private static LocalDate parse(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
