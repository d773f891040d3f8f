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
        for (int i = 0; i < found.size(); i++) {
            Mention bare = found.get(i);
            if (!isBody(bare)) {
                continue;
            }
            String words = text.substring(bare.start(), bare.end()).toLowerCase(Locale.ROOT) + " ";
            Mention full = null;
            for (Mention m : found) {
                if (isBody(m) && m != bare && !Objects.equals(m.actor().country(), bare.actor().country())
                        && m.actor().country() != null && m.end() - m.start() > words.length()
                        && text.substring(m.start(), m.start() + words.length()).toLowerCase(Locale.ROOT).equals(words)
                        && closer(m, full, bare.start())) {
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
