package org.warta.extract.date;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;

/**
 * Month and day names, Indonesian and English, full and abbreviated, from {@code date/months.tsv} and
 * {@code date/weekdays.tsv}. Loaded once, shared by threads; lookups ignore case and a trailing dot.
 */
public final class DateNames {
    /**
     * One name: what it means, whether it is the full (wide) form or an abbreviation, and whether Indonesian writes
     * it (Indonesian news also writes month names in lower case; English capitalises them).
     */
    public record Name(String word, int number, boolean abbreviation, boolean indonesian) {
    }

    private final Map<String, Name> months;
    private final Map<String, Name> weekdays;

    private DateNames(Map<String, Name> months, Map<String, Name> weekdays) {
        this.months = Map.copyOf(months);
        this.weekdays = Map.copyOf(weekdays);
    }

    /** The shipped names plus the user's additions. */
    public static DateNames standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final DateNames STANDARD = new DateNames(load("date/months.tsv", 12), load("date/weekdays.tsv", 7));
    }

    private static Map<String, Name> load(String file, int max) {
        Map<String, Name> names = new HashMap<>();
        for (LexiconRow row : LexiconFile.rows(file)) {
            String word = row.column(0).toLowerCase(Locale.ROOT);
            int n = (int) row.numberColumn(1);
            if (n < 1 || n > max) {
                throw new LexiconException(row, "number '" + row.column(1) + "' is out of range; expected 1.." + max);
            }
            String form = row.column(3, "wide");
            if (!form.equals("wide") && !form.equals("abbr")) {
                throw new LexiconException(row, "form '" + form + "' is unknown; expected 'wide' or 'abbr'");
            }
            names.put(word, new Name(word, n, form.equals("abbr"), row.column(2, "id").contains("id")));
        }
        return names;
    }

    /** The month (1..12) that {@code word} names, or null. */
    public Name month(String word) {
        Name n = months.get(word);
        return n != null ? n : lookupNormal(months, word);
    }

    /**
     * As {@link #month(String)} for a word whose lower-cased form {@code lower} the caller holds already: the same
     * answer without lower-casing the word again.
     */
    public Name month(String word, String lower) {
        if (word.equals(lower)) {
            return month(word);
        }
        boolean plain = lower.indexOf('\u2019') < 0 && !lower.endsWith(".");
        return months.get(plain ? lower : normal(lower));
    }

    /** The day that {@code word} names, or null. */
    public Name weekday(String word) {
        Name n = weekdays.get(word);
        return n != null ? n : lookupNormal(weekdays, word);
    }

    /** The name of {@code word}'s normal form, looked up only when it differs from the word already missed. */
    private static Name lookupNormal(Map<String, Name> names, String word) {
        String w = normal(word);
        return w.equals(word) ? null : names.get(w);
    }

    /** Every month name as the lookups hold it (lower case). */
    java.util.Set<String> monthWords() {
        return months.keySet();
    }

    /** Every day name as the lookups hold it (lower case). */
    java.util.Set<String> weekdayWords() {
        return weekdays.keySet();
    }

    public static DayOfWeek dayOfWeek(Name weekday) {
        return DayOfWeek.of(weekday.number());
    }

    /** A regex alternation of the month names, longest first; abbreviations may take a dot ({@code Sept.}). */
    public String monthAlternation() {
        return months.values().stream().sorted(Comparator.comparingInt((Name n) -> n.word().length()).reversed()
                .thenComparing(Name::word)).map(n -> quote(n.word()) + (n.abbreviation() ? "\\.?" : ""))
                .collect(Collectors.joining("|"));
    }

    /** A regex alternation of the day names, longest first. */
    public String weekdayAlternation() {
        return alternation(weekdays.keySet().stream().toList());
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(DateNames::quote).collect(Collectors.joining("|"));
    }

    private static String quote(String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (c == '\'') {
                sb.append("['\u2019]");
            } else {
                sb.append('\\').append(c);
            }
        }
        return sb.toString();
    }

    private static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
