package org.warta.extract.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Raw text -> paragraphs: normalised spaces and line breaks; wrapped lines of one paragraph joined. */
final class Paragraphs {
    private static final Pattern SPACE_RUNS = Pattern.compile(" {2,}");
    /** Capital letters a dateline's place has at least ('KYIV', 'GAZA'). */
    private static final int MIN_DATELINE_CAPITALS = 4;

    private Paragraphs() {
    }

    /**
     * Unix line breaks; no-break, zero-width and other odd spaces made plain or removed; control characters
     * dropped; a byte-order mark removed.
     */
    static String normalise(String raw) {
        int first = 0;
        while (first < raw.length() && kept(raw.charAt(first))) {
            first++;
        }
        if (first == raw.length()) {
            return raw; // most text needs nothing: no copy
        }
        StringBuilder b = new StringBuilder(raw.length()).append(raw, 0, first);
        for (int i = first; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                b.append('\n');
            } else if (isInvisible(c)) {
                continue;
            } else if (Character.isSpaceChar(c) || c == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(c)) {
                continue;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * True for a character {@link #normalise} keeps as it is: a line break, a plain space, or any other that is no
     * space, control or invisible mark.
     */
    private static boolean kept(char c) {
        if (c > ' ' && c < 127 || c == '\n' || c == ' ') {
            return true;
        }
        return c != '\r' && c != '\t' && !isInvisible(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c);
    }

    /** Zero-width spaces and joiners, the word joiner, a byte-order mark and a soft hyphen: dropped. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /**
     * Each line is a paragraph, except that when blank lines separate blocks, the lines of a block that
     * do not end a sentence are joined: hard-wrapped text.
     */
    static List<String> split(String text) {
        return split(text, line -> false);
    }

    /** As {@link #split(String)}; a line that {@code ends} (a photo caption with its credit) is never continued. */
    static List<String> split(String text, java.util.function.Predicate<String> ends) {
        String[] lines = text.split("\n", -1);
        boolean blocks = text.contains("\n\n");
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        String previous = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.contains("  ")) {
                line = SPACE_RUNS.matcher(line).replaceAll(" ");
            }
            if (line.isEmpty()) {
                current = flush(current, out);
                continue;
            }
            boolean standfirst = out.isEmpty() && current != null && current.length() == previous.length()
                    && Character.isUpperCase(line.codePointAt(0)) && !inTitleCase(previous);
            if (current != null && blocks && !endsSentence(previous) && continues(line) && !opensWithADateline(line)
                    && !ends.test(previous) && !standfirst) {
                current.append(' ').append(line);
            } else {
                current = flush(current, out);
                current = new StringBuilder(line);
            }
            previous = line;
        }
        flush(current, out);
        return out;
    }

    /**
     * True when most words of {@code line} start with a capital: a headline in title case ('Korban Meninggal Gempa
     * Bertambah Jadi 14 Orang'), whose wrapped rest also starts with one. Under a headline in sentence case ('6 Dawlah
     * Islamiyah members killed in Lanao del Sur clash'), a line opening with a capital is a standfirst, not its rest.
     */
    private static boolean inTitleCase(String line) {
        int words = 0;
        int lower = 0;
        for (String w : line.split(" ")) {
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
                words++;
                lower += Character.isLowerCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return lower * 2 < words;
    }

    private static StringBuilder flush(StringBuilder current, List<String> out) {
        if (current != null && current.length() > 0) {
            out.add(current.toString());
        }
        return null;
    }

    /**
     * A line that may carry on the wrapped line before it: a long one, one that ends a sentence, or one that starts
     * in lower case (more than one word: 'detikNews' is a site's name). A short line of capitals without a full stop under a headline is page furniture ('Skip to main
     * content', a site's name), not the headline's last words.
     */
    private static boolean continues(String line) {
        return line.length() >= 60 || Character.isLowerCase(line.codePointAt(0)) && line.indexOf(' ') > 0
                || ".!?\"”'’)".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /**
     * A line that opens with a place in capitals and a comma, bracket or dash ({@code MOSCOW, November 8. /TASS/.},
     * {@code GAZA (AP) —}): a story's first paragraph, never the rest of a line above it (a standfirst).
     */
    private static boolean opensWithADateline(String line) {
        int i = 0;
        while (i < line.length() && (Character.isUpperCase(line.charAt(i)) || line.charAt(i) == '-'
                || line.charAt(i) == ' ' && i + 1 < line.length() && Character.isUpperCase(line.charAt(i + 1)))) {
            i++;
        }
        if (i < MIN_DATELINE_CAPITALS || i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return c == ',' || c == ':' || c == ' ' && i + 1 < line.length() && "(-—–".indexOf(line.charAt(i + 1)) >= 0;
    }

    /** A line that ends a sentence, or is too short to be a wrapped one (a heading, a byline). */
    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?:\"”'’)*".indexOf(last) >= 0 || line.length() < 60;
    }
}
