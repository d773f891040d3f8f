package org.warta.extract.golden;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.model.Claim;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Record;
import org.warta.model.Span;

/**
 * A reviewer's view of a record: the text with every entity mention, quantity, date and quote marked
 * ({@code [PER James Appathurai]}, {@code [QTY 2.300 =2300]}), then the claims, quotes and events one a line.
 * Marks that would cross another mark are listed under the text instead.
 */
public final class ReviewView {
    private ReviewView() {
    }

    private record Mark(int start, int end, String open, String close) {
    }

    public static String render(Record r) {
        Map<String, Entity> byId = new HashMap<>();
        r.entities().forEach(e -> byId.put(e.id(), e));
        List<Mark> marks = new ArrayList<>();
        for (Entity e : r.entities()) {
            String tag = switch (e.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case LOCATION -> "LOC";
            };
            for (Span m : e.mentions()) {
                marks.add(new Mark(m.start(), m.end(), "[" + tag + " ", " ->" + e.id() + "]"));
            }
        }
        for (Quantity q : r.quantities()) {
            marks.add(new Mark(q.start(), q.end(), "[QTY ", " =" + count(q.value(), q.min(), q.max()) + "]"));
        }
        for (DateMention d : r.dates()) {
            marks.add(new Mark(d.start(), d.end(), "[DATE ", " =" + d.value() + "]"));
        }
        for (Quote q : r.quotes()) {
            marks.add(new Mark(q.start(), q.end(), "\u00AB", "\u00BB"));
        }
        StringBuilder out = new StringBuilder();
        out.append("TITLE: ").append(r.title()).append('\n')
                .append("LANGUAGE: ").append(r.language()).append("  PUBLISHED: ").append(r.published())
                .append("  DATELINE: ").append(r.dateline()).append("  SITE: ").append(r.source().site())
                .append("\n\n");
        List<Mark> skipped = new ArrayList<>();
        out.append(marked(r.text(), marks, skipped)).append("\n\n");
        for (Mark m : skipped) {
            out.append("UNPLACED ").append(m.open()).append(slice(r.text(), m.start(), m.end())).append(m.close())
                    .append('\n');
        }
        out.append("ENTITIES\n");
        for (Entity e : r.entities()) {
            out.append(String.format(Locale.ROOT, "  %s %s %s country=%s sector=%s role=%s mentions=%d%n", e.id(),
                    e.type(), e.name(), e.country(), e.sector(), e.role(), e.mentions().size()));
        }
        out.append("QUOTES\n");
        for (Quote q : r.quotes()) {
            out.append(String.format(Locale.ROOT, "  %s <- %s (%s, cue %s%s): %s%n", q.speaker(), q.speakerText(),
                    q.direct() ? "direct" : "indirect", q.cue(), "", q.text()));
        }
        out.append("CLAIMS\n");
        for (Claim c : r.claims()) {
            out.append(String.format(Locale.ROOT, "  %s %s %s %s '%s' claimant=%s via=%s agent=%s affected=%s "
                            + "place=%s period=%s status=%s responses=%s%n", c.id(), c.predicate(),
                    count(c.count().value(), c.count().min(), c.count().max()), c.object().jsonName(),
                    c.objectText(), name(byId, c.claimant()), c.via(), name(byId, c.agent()),
                    name(byId, c.affected()), name(byId, c.place()), c.period(), c.status(),
                    c.responses().stream().map(x -> name(byId, x.party()) + ":" + x.stance()).toList()));
        }
        out.append("EVENTS\n");
        for (Event e : r.events()) {
            out.append(String.format(Locale.ROOT, "  %s %s mode=%s %s -> %s modality=%s trigger='%s' claims=%s%n",
                    e.id(), e.type(), e.mode(), e.actors().stream().map(a -> name(byId, a)).toList(),
                    e.recipients().stream().map(a -> name(byId, a)).toList(), e.modality(),
                    e.trigger() == null ? null : e.trigger().text(), e.claims()));
        }
        if (!r.diagnostics().isEmpty()) {
            out.append("DIAGNOSTICS\n");
            r.diagnostics().forEach(d -> out.append("  ").append(d.stage()).append(": ").append(d.message()).append('\n'));
        }
        return out.toString();
    }

    private static String name(Map<String, Entity> byId, String id) {
        Entity e = id == null ? null : byId.get(id);
        return e == null ? id : e.name();
    }

    private static String count(Double value, Double min, Double max) {
        if (value != null) {
            return number(value);
        }
        return (min == null ? "?" : number(min)) + ".." + (max == null ? "?" : number(max));
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Offsets are code points: slice by them. */
    private static String slice(String text, int start, int end) {
        int s = text.offsetByCodePoints(0, Math.min(start, text.codePointCount(0, text.length())));
        int e = text.offsetByCodePoints(0, Math.min(end, text.codePointCount(0, text.length())));
        return text.substring(s, e);
    }

    private static String marked(String text, List<Mark> marks, List<Mark> skipped) {
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        List<Mark> placed = new ArrayList<>();
        List<Mark> open = new ArrayList<>();
        for (Mark m : marks) {
            open.removeIf(o -> o.end() <= m.start());
            boolean crosses = open.stream().anyMatch(o -> m.end() > o.end());
            if (crosses) {
                skipped.add(m);
            } else {
                placed.add(m);
                open.add(m);
            }
        }
        Map<Integer, StringBuilder> opens = new HashMap<>();
        Map<Integer, StringBuilder> closes = new HashMap<>();
        for (Mark m : placed) {
            opens.computeIfAbsent(m.start(), k -> new StringBuilder()).append(m.open());
            closes.computeIfAbsent(m.end(), k -> new StringBuilder()).insert(0, m.close());
        }
        StringBuilder out = new StringBuilder();
        int cp = 0;
        for (int i = 0; i <= text.length(); ) {
            if (closes.containsKey(cp)) {
                out.append(closes.get(cp));
            }
            if (opens.containsKey(cp)) {
                out.append(opens.get(cp));
            }
            if (i == text.length()) {
                break;
            }
            int c = text.codePointAt(i);
            out.appendCodePoint(c);
            i += Character.charCount(c);
            cp++;
        }
        return out.toString();
    }
}
