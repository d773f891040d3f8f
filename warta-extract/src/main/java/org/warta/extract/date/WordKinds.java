package org.warta.extract.date;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.warta.extract.lexicon.WordHashFilter;

/**
 * What a scanned word can be in a date (a month, a weekday, a unit, a year word, ...), as bits looked up once per
 * word from one map of every date word, so that each pattern's trigger tests bits instead of hashing the word again.
 * The answers are those of the word lists' own lookups ({@link DateNames#month}, {@link DateWords#value}); a word
 * those would normalise first (capitals, a curly apostrophe, a trailing dot) is asked of them directly. Built once;
 * shared by threads.
 */
final class WordKinds {
    static final int DIGITS = 1;
    static final int MONTH = 1 << 1;
    static final int WEEKDAY = 1 << 2;
    static final int UNIT = 1 << 3;
    static final int BEFORE_DAY = 1 << 4;
    static final int TIME_CUE = 1 << 5;
    static final int DECADE_PART = 1 << 6;
    static final int RELATIVE_FIRST = 1 << 7;
    /** {@code tahun}, {@code year}, ...: words a year may follow. */
    static final int YEAR_WORD = 1 << 8;
    static final int BULAN = 1 << 9;
    static final int HARI = 1 << 10;
    /** {@code abad}, {@code the}: words a century may start with. */
    static final int CENTURY_CUE = 1 << 11;
    static final int OPEN_PAREN = 1 << 12;
    static final int APOSTROPHE = 1 << 13;
    static final int WINDOW_BEFORE = 1 << 14;
    static final int UNIT_ONE = 1 << 15;
    static final int WINDOW_AFTER = 1 << 16;

    private static final Set<String> YEAR_WORDS = Set.of("tahun", "year", "years", "periode", "the", "era");
    private static final Map<String, Integer> LITERALS = Map.of("bulan", BULAN, "hari", HARI, "abad", CENTURY_CUE,
            "the", CENTURY_CUE, "(", OPEN_PAREN, "'", APOSTROPHE, "\u2019", APOSTROPHE);

    private final DateNames names;
    private final DateWords words;
    private final Set<String> relativeFirsts;
    /** The first words of the words that close a span ('terakhir', 'belakangan' of 'belakangan ini'). */
    private final Set<String> windowAfterFirsts;
    private final Map<String, Integer> bits = new HashMap<>();
    /** The words of {@link #bits}: a scanned word it turns away is in no list. */
    private final WordHashFilter listed = new WordHashFilter(14);

    WordKinds(DateNames names, DateWords words) {
        this.names = names;
        this.words = words;
        this.relativeFirsts = words.relative.keySet().stream().map(k -> k.split(" ")[0])
                .collect(Collectors.toUnmodifiableSet());
        names.monthWords().forEach(w -> add(w, MONTH));
        names.weekdayWords().forEach(w -> add(w, WEEKDAY));
        words.words("unit").forEach(w -> add(w, UNIT));
        words.words("before-day").forEach(w -> add(w, BEFORE_DAY));
        words.words("time-cue").forEach(w -> add(w, TIME_CUE));
        words.words("decade-part").forEach(w -> add(w, DECADE_PART));
        words.words("window-before").forEach(w -> add(w, WINDOW_BEFORE));
        words.words("unit-one").forEach(w -> add(w, UNIT_ONE));
        this.windowAfterFirsts = words.words("window-after").stream().map(k -> k.split(" ")[0])
                .collect(Collectors.toUnmodifiableSet());
        windowAfterFirsts.forEach(w -> add(w, WINDOW_AFTER));
        relativeFirsts.forEach(w -> add(w, RELATIVE_FIRST));
        YEAR_WORDS.forEach(w -> add(w, YEAR_WORD));
        LITERALS.forEach(this::add);
    }

    static WordKinds standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final WordKinds STANDARD = new WordKinds(DateNames.standard(), DateWords.standard());
    }

    private void add(String word, int bit) {
        bits.merge(word, bit, (a, b) -> a | b);
        listed.add(word);
    }

    /**
     * The kinds of {@code text[from, to)}, a run of letters or of digits, as {@link #of} gives for its lower case;
     * a run of ASCII letters and digits that no list holds (most words) is answered without building its string:
     * its lower case's {@link String#hashCode} is computed in place and tested against the listed words' hashes.
     */
    int of(String text, int from, int to) {
        if (!listed.mayHold(text, from, to)) {
            return Character.isDigit(text.charAt(from)) ? DIGITS : 0;
        }
        return of(text.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** The kinds of {@code lower}, a word of the text lower-cased. */
    int of(String lower) {
        int digits = Character.isDigit(lower.charAt(0)) ? DIGITS : 0;
        if (!isNormal(lower)) {
            return digits | asked(lower);
        }
        Integer b = bits.get(lower);
        return b == null ? digits : digits | b;
    }

    /** The kinds as the word lists' own lookups answer, normalising the word as they do. */
    private int asked(String w) {
        int k = 0;
        k |= names.month(w) != null ? MONTH : 0;
        k |= names.weekday(w) != null ? WEEKDAY : 0;
        k |= words.value("unit", w) != null ? UNIT : 0;
        k |= words.value("before-day", w) != null ? BEFORE_DAY : 0;
        k |= words.value("time-cue", w) != null ? TIME_CUE : 0;
        k |= words.value("decade-part", w) != null ? DECADE_PART : 0;
        k |= words.value("window-before", w) != null ? WINDOW_BEFORE : 0;
        k |= words.value("unit-one", w) != null ? UNIT_ONE : 0;
        k |= windowAfterFirsts.contains(w) ? WINDOW_AFTER : 0;
        k |= relativeFirsts.contains(w) ? RELATIVE_FIRST : 0;
        k |= YEAR_WORDS.contains(w) ? YEAR_WORD : 0;
        return k | LITERALS.getOrDefault(w, 0);
    }

    /** True when no lookup would change {@code w} before looking it up: nothing to lower-case, no space, ' or dot. */
    private static boolean isNormal(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                continue; // most characters: normal, without asking the Unicode tables
            }
            if (Character.toLowerCase(c) != c || Character.isUpperCase(c) || Character.isWhitespace(c)
                    || Character.isSurrogate(c) || c == '\u2019') {
                return false;
            }
        }
        return !w.endsWith(".");
    }
}
