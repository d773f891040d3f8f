package org.warta.extract.entity;

import java.util.List;
import java.util.Locale;
import org.warta.model.EntityType;

/**
 * Indonesian news names Indonesia's own ministries without a country ('Kementerian Kesehatan', 'Kemenhan'); in a story
 * about another country some of them name that country's body ('Kementerian Kesehatan' in a story from Sanaa is the
 * Houthi-run health ministry). A mention by such bare words (entity/home-bodies.tsv), in an article whose places lie
 * mostly in another country, loses its Indonesian actor and stays an organisation of no known country: which
 * country's body it is, the places alone do not say surely enough (a story from Yemen names the United States as
 * often).
 */
final class HomeBodies {
    private static final String HOME = "IDN";
    /** The bare names, lower-cased (entity/home-bodies.tsv). */
    private static final java.util.Set<String> BARE = java.util.Set.copyOf(
            org.warta.extract.lexicon.LexiconFile.words("entity/home-bodies.tsv"));

    private HomeBodies() {
    }

    /**
     * True when another country's places are named at least twice and more often than Indonesia's: the story is
     * elsewhere, though two other countries share it ('Amerika Serikat' four times and 'Yaman' four times).
     */
    private static boolean elsewhere(List<Mention> found) {
        java.util.Map<String, Integer> counts = DefiniteNouns.placesByCountry(found);
        int home = counts.getOrDefault(HOME, 0);
        int other = 0;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals(HOME)) {
                other = Math.max(other, e.getValue());
            }
        }
        return other >= 2 && other > home;
    }

    /** {@code found} with such mentions freed of their Indonesian actor, in place. */
    static void retarget(String text, List<Mention> found) {
        if (!elsewhere(found)) {
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            Actor a = m.actor();
            String words = text.substring(m.start(), m.end());
            if (a != null && HOME.equals(a.country()) && a.type() == EntityType.ORGANIZATION
                    && BARE.contains(words.toLowerCase(Locale.ROOT))) {
                found.set(i, new Mention(m.start(), m.end(), m.type(), null, 2, m.roleStart(), m.roleEnd(),
                        m.roleSector(), m.pronoun()));
            }
        }
    }
}
