package org.warta.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warta.extract.entity.EntityFinder;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Span;

/** The entities' mentions by position, to find who stands at a place in the text. */
final class Speakers {
    record Placed(Span span, Entity entity, boolean refersBack) {
    }

    private final List<Placed> placed = new ArrayList<>();

    Speakers(List<Entity> entities) {
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                placed.add(new Placed(m, e, EntityFinder.refersBack(m)));
            }
        }
        placed.sort(Comparator.comparingInt((Placed p) -> p.span().start()));
    }

    /** The mention that starts at {@code start}, or null. */
    Placed startingAt(int start) {
        for (Placed p : placed) {
            if (p.span().start() == start) {
                return p;
            }
        }
        return null;
    }

    /** The mention that ends at {@code end}, or null. */
    Placed endingAt(int end) {
        for (Placed p : placed) {
            if (p.span().end() == end) {
                return p;
            }
        }
        return null;
    }

    /** The first person (else organisation) named in {@code [from, to)}, or null. */
    Placed firstIn(int from, int to) {
        Placed org = null;
        for (Placed p : placed) {
            if (p.span().start() >= from && p.span().end() <= to) {
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

    /** The mention covering the offset, or null (a clitic {@code -nya} inside its cue word). */
    Placed covering(int from, int to) {
        for (Placed p : placed) {
            if (p.span().start() >= from && p.span().end() <= to) {
                return p;
            }
        }
        return null;
    }
}
