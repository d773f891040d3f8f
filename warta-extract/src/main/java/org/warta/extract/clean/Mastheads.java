package org.warta.extract.clean;

import java.util.HashSet;
import java.util.Set;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;

/**
 * The lines a copied page opens with above its headline: the outlet's name or domain ({@code Liputan6.com}, {@code
 * VOA Indonesia}, {@code The Jakarta Post}; every name, alias and domain of {@code entity/actors/outlets.tsv}), and
 * a section's name ({@code Dunia}, {@code WORLD, ASIA - PACIFIC}): one or two words, or a few in capitals.
 */
final class Mastheads {
    /** Words of a line in capitals, without digits, that names a section ('WORLD, ASIA - PACIFIC'). */
    private static final int MAX_SECTION_WORDS = 5;

    private final Set<String> outlets = new HashSet<>();

    private Mastheads() {
        for (LexiconRow row : LexiconFile.rows("entity/actors/outlets.tsv")) {
            outlets.add(Boilerplate.key(row.column(0)));
            for (String alias : row.column(1).split("\\|")) {
                outlets.add(Boilerplate.key(alias));
            }
            if (!row.column(3).equals("-")) {
                outlets.add(Boilerplate.key(row.column(3)));
            }
        }
    }

    static Mastheads standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Mastheads STANDARD = new Mastheads();
    }

    /** True for an outlet's name or a section's name on a line of its own. */
    boolean is(String line) {
        String t = line.strip();
        if (t.isEmpty() || ".!?\"”".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false; // a sentence
        }
        String[] words = t.split("\\s+");
        if (words.length <= 2) {
            return true;
        }
        if (outlets.contains(Boilerplate.key(t))) {
            return true;
        }
        return words.length <= MAX_SECTION_WORDS && t.equals(t.toUpperCase(java.util.Locale.ROOT))
                && t.chars().noneMatch(Character::isDigit);
    }
}
