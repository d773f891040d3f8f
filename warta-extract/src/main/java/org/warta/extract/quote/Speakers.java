package org.warta.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.extract.entity.EntityFinder;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Span;

/** The entities' mentions by position, to find who stands at a place in the text. */
final class Speakers {
    record Placed(Span span, Entity entity, boolean refersBack) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private final Map<Integer, Placed> byStart = new HashMap<>();
    private final Map<Integer, Placed> byEnd = new HashMap<>();

    Speakers(List<Entity> entities) {
        for (Entity e : entities) {
            if (EntityFinder.isHearsay(e)) {
                continue; // 'kabar yang beredar ... bahwa': a figure's source, no speaker of quotations
            }
            for (Span m : e.mentions()) {
                placed.add(new Placed(m, e, EntityFinder.refersBack(m)));
            }
        }
        placed.sort(Comparator.comparingInt((Placed p) -> p.span().start()));
        for (Placed p : placed) {
            byStart.putIfAbsent(p.span().start(), p);
            byEnd.putIfAbsent(p.span().end(), p);
        }
    }

    /** The mention that starts at {@code start}, or null. */
    Placed startingAt(int start) {
        return byStart.get(start);
    }

    /** The mention that ends at {@code end}, or null. */
    Placed endingAt(int end) {
        return byEnd.get(end);
    }

    /** The first person (else organisation) named in {@code [from, to)}, or null. */
    Placed firstIn(int from, int to) {
        Placed org = null;
        for (int i = firstAtOrAfter(from); i < placed.size() && placed.get(i).span().start() < to; i++) {
            Placed p = placed.get(i);
            if (p.span().end() <= to) {
                if (p.entity().type() == EntityType.PERSON) {
                    return p;
                }
                if (org == null && p.entity().type() == EntityType.ORGANIZATION) {
                    org = p;
                }
            }
        }
        return org;
    }

    /** The last person named inside {@code [from, to)}, or null. */
    Placed lastPersonIn(int from, int to) {
        Placed last = null;
        for (int i = firstAtOrAfter(from); i < placed.size() && placed.get(i).span().start() < to; i++) {
            Placed p = placed.get(i);
            if (p.span().end() <= to && p.entity().type() == EntityType.PERSON && !p.refersBack()) {
                last = p;
            }
        }
        return last;
    }

    /** The first mention inside {@code [from, to)} (a clitic {@code -nya} inside its cue word), or null. */
    Placed covering(int from, int to) {
        int i = firstAtOrAfter(from);
        return i < placed.size() && placed.get(i).span().end() <= to ? placed.get(i) : null;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = placed.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (placed.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
