package org.warta.extract.date;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;

/** The words around dates, from {@code date/relative.tsv} and {@code date/words.tsv}; loaded once. */
final class DateWords {
    enum Unit { HOUR, DAY, WEEK, MONTH, YEAR }

    record Relative(Unit unit, int offset) {
    }

    private static final Set<String> ROLES = Set.of("unit", "past", "future", "daypart", "decade-part", "zone",
            "time-cue", "before-day", "after-day", "publication-cue", "window-before", "window-after", "unit-one",
            "vague");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    final Map<String, Relative> relative;
    private final Map<String, Map<String, String>> byRole;

    private DateWords() {
        Map<String, Relative> rel = new HashMap<>();
        for (LexiconRow r : LexiconFile.rows("date/relative.tsv")) {
            rel.put(r.column(0).toLowerCase(Locale.ROOT), new Relative(r.enumColumn(1, Unit.class),
                    (int) r.numberColumn(2)));
        }
        relative = Map.copyOf(rel);
        Map<String, Map<String, String>> roles = new HashMap<>();
        for (LexiconRow r : LexiconFile.rows("date/words.tsv")) {
            String role = r.column(1);
            if (!ROLES.contains(role)) {
                throw new LexiconException(r, "role '" + role + "' is unknown; expected one of " + ROLES);
            }
            roles.computeIfAbsent(role, k -> new HashMap<>()).put(r.column(0).toLowerCase(Locale.ROOT),
                    r.column(2, ""));
        }
        byRole = Map.copyOf(roles);
    }

    static DateWords standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final DateWords STANDARD = new DateWords();
    }

    /** The value of {@code word} in {@code role}, or null when the word has no such role. */
    String value(String role, String word) {
        Map<String, String> words = byRole.getOrDefault(role, Map.of());
        String v = words.get(word);
        if (v != null || isNormal(word)) {
            return v;
        }
        return words.get(SPACES.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(" "));
    }

    /** The words of {@code role} as the lookups hold them (lower case). */
    Set<String> words(String role) {
        return byRole.getOrDefault(role, Map.of()).keySet();
    }

    /** True for a lower-case word without spaces: the form the maps hold. */
    private static boolean isNormal(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** A regex alternation of the words of one role (or of the relative phrases), longest first. */
    String alternation(String role) {
        Set<String> words = role.equals("relative") ? relative.keySet() : byRole.getOrDefault(role, Map.of()).keySet();
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(w -> w.replace(" ", "\\s+")).collect(Collectors.joining("|"));
    }
}
