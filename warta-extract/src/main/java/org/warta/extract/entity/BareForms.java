package org.warta.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A body named without its country ({@code Kementerian Pertahanan}, {@code Kementerian Kesehatan}) where the article
 * also names that body of another country in full ({@code Kementerian Pertahanan Rusia}, {@code Kementerian
 * Kesehatan Gaza}): the short form is that body, as a reader takes it, not the dictionary's default (Indonesia's
 * ministries, for an Indonesian outlet). The full form is the nearest before the short one, else the first after it.
 */
final class BareForms {
    private BareForms() {
    }

    /** Replaces in {@code found} each short form's actor by the full form's. */
    static void retarget(String text, List<Mention> found) {
        List<Integer> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (isBody(found.get(i))) {
                bodies.add(i);
            }
        }
        if (bodies.size() < 2) {
            return; // most articles: no body, or one
        }
        String[] lower = new String[found.size()];
        for (int i : bodies) {
            lower[i] = text.substring(found.get(i).start(), found.get(i).end()).toLowerCase(Locale.ROOT);
        }
        for (int i : bodies) {
            Mention bare = found.get(i);
            String words = lower[i] + " ";
            Mention full = null;
            for (int j : bodies) {
                Mention m = found.get(j);
                if (j != i && !Objects.equals(m.actor().country(), bare.actor().country())
                        && lower[j].startsWith(words) && closer(m, full, bare.start())) {
                    full = m;
                }
            }
            if (full != null) {
                found.set(i, new Mention(bare.start(), bare.end(), bare.type(), full.actor(), bare.evidence(),
                        bare.roleStart(), bare.roleEnd(), bare.roleSector(), bare.pronoun()));
            }
        }
    }

    private static boolean isBody(Mention m) {
        return m.actor() != null && !m.pronoun() && m.type() == org.warta.model.EntityType.ORGANIZATION
                && m.actor().country() != null;
    }

    /** True when {@code m} is a better full form than {@code best} for a short form at {@code at}. */
    private static boolean closer(Mention m, Mention best, int at) {
        if (best == null) {
            return true;
        }
        boolean before = m.start() < at;
        boolean bestBefore = best.start() < at;
        if (before != bestBefore) {
            return before;
        }
        return before ? m.start() > best.start() : m.start() < best.start();
    }
}
