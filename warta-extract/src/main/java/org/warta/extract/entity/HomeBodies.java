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

    /** {@code found} with such mentions freed of their Indonesian actor, in place. */
    static void retarget(String text, List<Mention> found) {
        String main = DefiniteNouns.mainCountry(found);
        if (main == null || main.equals(HOME)) {
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
