package org.warta.extract.entity;

import java.util.List;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * One place the text names or refers to an actor, before mentions are grouped into entities. Offsets are UTF-16
 * indexes into the document's text.
 *
 * @param actor       the dictionary's actor, or null for a name found by its form or context
 * @param evidence    how sure the type is: 3 dictionary, 2 head word or title, 1 context word, 0 a guess
 * @param roleStart   start of the role written with the name ({@code Presiden Rusia}), or -1
 * @param roleEnd     end of that role, or -1
 * @param roleSector  the sector the role's title implies, or null
 * @param pronoun     true for {@code ia}, {@code dia}, {@code -nya}, {@code he}: refers to a person named before
 */
public record Mention(int start, int end, EntityType type, Actor actor, int evidence, int roleStart, int roleEnd,
                      Sector roleSector, boolean pronoun) {
    static Mention name(int start, int end, EntityType type, Actor actor, int evidence) {
        return new Mention(start, end, type, actor, evidence, -1, -1, null, false);
    }

    Mention withRole(int from, int to, Sector sector) {
        return new Mention(start, end, type, actor, evidence, from, to, sector, pronoun);
    }

    boolean hasRole() {
        return roleStart >= 0;
    }

    /**
     * True when a found dictionary place's name holds the token ('White Nile' of 'the White Nile state government',
     * 'U.S.' of 'a U.S. official').
     */
    static boolean inAPlace(List<Mention> found, Token w) {
        for (Mention m : found) {
            if (m.type() == EntityType.LOCATION && m.actor() != null && m.start() <= w.start() && w.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }
}
