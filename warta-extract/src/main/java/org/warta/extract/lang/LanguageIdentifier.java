package org.warta.extract.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.extract.Outcome;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.extract.lexicon.WordHashFilter;

/**
 * Identifies {@code id}, {@code ms}, {@code en} or {@code und} by summing the weights of marker words
 * ({@code lang/markers.tsv}). Words shared by Indonesian and Malay count for both, so the two are told apart
 * only by their distinct spellings ({@code karena}/{@code kerana}); a tie goes to Indonesian. A page's declared
 * language is used when the text gives too little evidence. Costs one pass over the text, no model.
 */
public final class LanguageIdentifier {
    /** Below this share of marker weight per word, a long text is in none of the known languages. */
    private static final double MIN_DENSITY = 0.05;
    private static final int LONG_TEXT_WORDS = 25;
    /** Enough words to decide; longer texts are sampled from the start. */
    private static final int MAX_WORDS = 2000;

    /** A Malay text needs this much weight of spellings that Indonesian writes otherwise. */
    private static final int MIN_MALAY_EVIDENCE = 4;

    private final Map<String, Marker> markers = new HashMap<>();
    private final List<Affix> affixes;

    /** The marker words: a word of ASCII letters it turns away is no marker, known without building its string. */
    private final WordHashFilter markerWords = new WordHashFilter(15);

    LanguageIdentifier(Map<String, Map<String, Integer>> weights, List<Affix> affixes) {
        weights.forEach((word, hit) -> {
            markers.put(word, Marker.of(hit));
            markerWords.add(word);
        });
        this.affixes = List.copyOf(affixes);
    }

    /**
     * What one marker word adds, summed once at load: its weight for each of the three languages told apart, and
     * its weight as a spelling only one language writes ({@code onlyId}, {@code onlyMs}).
     */
    private record Marker(int id, int ms, int en, int onlyId, int onlyMs) {
        static Marker of(Map<String, Integer> hit) {
            int id = hit.getOrDefault("id", 0);
            int ms = hit.getOrDefault("ms", 0);
            boolean single = hit.size() == 1;
            return new Marker(id, ms, hit.getOrDefault("en", 0), single ? id : 0, single ? ms : 0);
        }
    }

    /** A prefix or suffix that marks a word of at least {@code minLength} letters as {@code languages}. */
    record Affix(List<String> languages, boolean prefix, String affix, int minLength) {
        /** How many times the affix names {@code language} (once, normally). */
        int count(String language) {
            int c = 0;
            for (String l : languages) {
                c += l.equals(language) ? 1 : 0;
            }
            return c;
        }

        boolean matches(String word) {
            return word.length() >= minLength && (prefix ? word.startsWith(affix) : word.endsWith(affix));
        }

        /** As {@link #matches(String)} for {@code text[from, to)}, a run of ASCII letters, lower-cased as it is read. */
        boolean matchesAscii(String text, int from, int to) {
            int length = to - from;
            if (length < minLength || length < affix.length()) {
                return false;
            }
            int at = prefix ? from : to - affix.length();
            for (int k = 0; k < affix.length(); k++) {
                if (asciiLower(text.charAt(at + k)) != affix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** True when {@code lowerWord} marks Indonesian or Malay and no English: a word English text does not use. */
    public boolean onlyMalayFamily(String lowerWord) {
        Marker m = markers.get(lowerWord);
        return m != null && m.en() == 0 && (m.id() > 0 || m.ms() > 0);
    }

    public static LanguageIdentifier standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final LanguageIdentifier STANDARD = load(LexiconFile.rows("lang/markers.tsv"),
                LexiconFile.rows("lang/affixes.tsv"));
    }

    static LanguageIdentifier load(List<LexiconRow> rows, List<LexiconRow> affixRows) {
        Map<String, Map<String, Integer>> w = new HashMap<>();
        for (LexiconRow row : rows) {
            int weight = (int) row.numberColumn(2);
            String word = row.column(1).toLowerCase(Locale.ROOT);
            for (String lang : row.column(0).split(",")) {
                w.computeIfAbsent(word, k -> new HashMap<>()).merge(lang.strip(), weight, Math::max);
            }
        }
        List<Affix> affixes = new java.util.ArrayList<>();
        for (LexiconRow row : affixRows) {
            String kind = row.column(1);
            if (!kind.equals("prefix") && !kind.equals("suffix")) {
                throw new org.warta.extract.lexicon.LexiconException(row, "unknown kind '" + kind
                        + "'; expected prefix or suffix");
            }
            affixes.add(new Affix(List.of(row.column(0).split(",")), kind.equals("prefix"),
                    row.column(2).toLowerCase(Locale.ROOT), (int) row.numberColumn(3)));
        }
        return new LanguageIdentifier(w, affixes);
    }

    /**
     * @param declared a language the page declares ({@code en-US}, {@code id}), or null
     */
    public Outcome<String> identify(String text, String declared) {
        int id = 0;
        int ms = 0;
        int en = 0;
        int onlyId = 0;
        int onlyMs = 0;
        int affixedId = 0;
        int affixedMs = 0;
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                // null: an ASCII word that is no marker (the filter says 'may be' for every other word)
                String word = markerWords.mayHold(text, start, i) ? text.substring(start, i).toLowerCase(Locale.ROOT)
                        : null;
                Marker hit = word == null ? null : markers.get(word);
                if (hit != null) {
                    id += hit.id();
                    ms += hit.ms();
                    en += hit.en();
                    onlyId += hit.onlyId();
                    onlyMs += hit.onlyMs();
                } else {
                    for (Affix a : affixes) {
                        if (word == null ? a.matchesAscii(text, start, i) : a.matches(word)) {
                            affixedId += a.count("id");
                            affixedMs += a.count("ms");
                            break;
                        }
                    }
                }
            }
        }
        int malayFamily = Math.max(id, ms) + Math.max(affixedId, affixedMs);
        int best = Math.max(en, malayFamily);
        String hint = normalise(declared);
        if (best == 0 || (words >= LONG_TEXT_WORDS && best < MIN_DENSITY * words)) {
            return Outcome.of(hint != null ? hint : "und");
        }
        if (en > malayFamily) {
            return Outcome.of("en");
        }
        return Outcome.of(onlyMs >= MIN_MALAY_EVIDENCE && onlyMs > onlyId ? "ms" : "id");
    }

    /** {@code en-US} -> {@code en}; null for anything that is not a two-letter code. */
    static String normalise(String declared) {
        if (declared == null) {
            return null;
        }
        String d = declared.strip().toLowerCase(Locale.ROOT);
        int dash = d.indexOf('-') >= 0 ? d.indexOf('-') : d.indexOf('_');
        if (dash > 0) {
            d = d.substring(0, dash);
        }
        if (d.equals("in")) {
            return "id"; // the code Indonesian had before 1989, still sent by some servers
        }
        return d.matches("[a-z]{2}") ? d : null;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
