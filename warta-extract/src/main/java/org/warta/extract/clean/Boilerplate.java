package org.warta.extract.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;

/**
 * The page furniture of {@code clean/boilerplate.tsv}: lines to drop, lines that end the story, junk tails, lines that
 * introduce a link on the next line.
 */
final class Boilerplate {
    private final Set<String> lines = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final Set<String> cutLines = new HashSet<>();
    private final List<Pattern> trails = new ArrayList<>();
    private final List<Pattern> credits = new ArrayList<>();
    /** The longest line the {@code regex} rows are tried on: furniture is short, a story's paragraphs are not. */
    private static final int MAX_FURNITURE_LINE = 400;
    /** Items between bars that make a line a menu, and the longest such item. */
    private static final int MIN_MENU_BARS = 4;
    private static final int MAX_MENU_ITEM = 30;
    /** Capitalised words alone that make a line a menu. */
    private static final int MIN_MENU_WORDS = 8;
    /** Most sections a breadcrumb names. */
    private static final int MAX_CRUMBS = 4;
    /** The longest line a caption with a credit at its end may be. */
    private static final int MAX_CAPTION = 300;
    /** How far from a caption's end its credit may start. */
    private static final int CREDIT_WINDOW = 100;
    /**
     * How far from a line's end a trail may start: a search of the whole line would try the regex at every
     * character of every paragraph, where a trail is a few characters at its end.
     */
    static final int TRAIL_WINDOW = 200;
    /** The {@code regex}, {@code cut} (those that are regexes) and {@code link} rows, each list as one test. */
    private final WholeLinePatterns anyRegex;
    private final WholeLinePatterns anyCutRegex;
    private final WholeLinePatterns anyLink;
    /** The longest line, cut line or prefix of the lists: a key longer than this equals none of them. */
    private int longestKey;

    /**
     * A paragraph's key as far as the lists can tell it apart: the whole key of a short paragraph, the first
     * characters of a long one (enough for every prefix; {@code whole} false, so it equals no listed line).
     */
    record Key(String text, boolean whole) {
    }

    static Boilerplate standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Boilerplate STANDARD = new Boilerplate(LexiconFile.rows("clean/boilerplate.tsv"));
    }

    Boilerplate(List<LexiconRow> rows) {
        List<Pattern> regexes = new ArrayList<>();
        List<Pattern> cutRegexes = new ArrayList<>();
        List<Pattern> links = new ArrayList<>();
        for (LexiconRow row : rows) {
            String kind = row.column(0);
            String pattern = row.column(1);
            switch (kind) {
                case "line" -> lines.add(longest(key(pattern)));
                case "regex" -> regexes.add(compile(row, pattern, Pattern.CASE_INSENSITIVE));
                case "prefix" -> prefixes.add(longest(pattern.toLowerCase(Locale.ROOT)));
                case "cut" -> {
                    if (pattern.startsWith("^")) {
                        cutRegexes.add(compile(row, pattern, Pattern.CASE_INSENSITIVE));
                    } else {
                        cutLines.add(longest(key(pattern)));
                    }
                }
                case "trail" -> trails.add(compile(row, pattern, 0));
                case "link" -> links.add(compile(row, pattern, Pattern.CASE_INSENSITIVE));
                case "credit" -> credits.add(compile(row, pattern, 0));
                default -> throw new LexiconException(row, "unknown kind '" + kind
                        + "'; expected one of [line, regex, prefix, cut, trail, link, credit]");
            }
        }
        anyRegex = new WholeLinePatterns(regexes);
        anyCutRegex = new WholeLinePatterns(cutRegexes);
        anyLink = new WholeLinePatterns(links);
    }

    private String longest(String listed) {
        longestKey = Math.max(longestKey, listed.length());
        return listed;
    }

    private static Pattern compile(LexiconRow row, String regex, int flags) {
        try {
            return Pattern.compile(regex, flags | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new LexiconException(row, "invalid regular expression '" + regex + "': " + e.getDescription());
        }
    }

    /** The line stripped, each run of ASCII white space ({@code \\s} in a regex) one space, lower-cased. */
    static String key(String line) {
        String s = line.strip();
        return collapsed(s, s.length() + 1).text();
    }

    /**
     * True when {@link #key} of {@code line} is {@code key}, without building it: an ASCII line is lower-cased and
     * compared one character at a time, and turned away at its first difference; a line with other characters is
     * keyed only as far as {@code key}'s length needs (a key is never shorter than the collapsed line it is made of).
     */
    static boolean hasKey(String line, String key) {
        String s = line.strip();
        int j = 0; // the key's characters matched so far, compared as the key is built
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) { // lower-casing past ASCII may look at its neighbours or change length: build the key
                Key k = collapsed(s, key.length() + 2);
                return k.whole() && k.text().equals(key);
            }
            boolean white = isWhite(c);
            if (white && space) {
                continue;
            }
            char expected = white ? ' ' : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (j >= key.length() || key.charAt(j) != expected) {
                return false; // an ASCII line lower-cases one character at a time
            }
            j++;
            space = white;
        }
        return j == key.length();
    }

    /** ASCII white space, as {@code \s} in a regex: what {@link #key} collapses. */
    private static boolean isWhite(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@link #key} of {@code line} built only as far as the lists need: a paragraph of a thousand characters is
     * not copied and lower-cased whole to learn that it is no listed line. The collapsed key is cut two characters
     * past the longest entry, so every prefix compares with characters that lower-case as in the whole key.
     */
    Key keyOf(String line) {
        return collapsed(line.strip(), longestKey + 2);
    }

    /** {@code s} with each run of ASCII white space one space, lower-cased, cut at {@code limit} characters. */
    private static Key collapsed(String s, int limit) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), limit));
        boolean space = false;
        int i = 0;
        for (; i < s.length() && b.length() < limit; i++) {
            char c = s.charAt(i);
            boolean white = isWhite(c);
            if (!white) {
                b.append(c);
            } else if (!space) {
                b.append(' ');
            }
            space = white;
        }
        return new Key(b.toString().toLowerCase(Locale.ROOT), i == s.length());
    }

    boolean isFurniture(String line) {
        return isFurniture(line, keyOf(line));
    }

    /** As {@link #isFurniture(String)} with the line's key already built. */
    boolean isFurniture(String line, Key k) {
        if (k.whole() && lines.contains(k.text())) {
            return true;
        }
        for (String p : prefixes) {
            if (k.text().startsWith(p)) {
                return true;
            }
        }
        String stripped = line.strip();
        if (stripped.length() > MAX_FURNITURE_LINE) {
            return false; // a paragraph of the story: no furniture line runs this long
        }
        if (isMenu(stripped) || isBreadcrumb(stripped) || isShareBar(stripped)) {
            return true;
        }
        return anyRegex.matchWhole(stripped) || endsInACredit(stripped);
    }

    /**
     * A site's menu on one line: {@value #MIN_MENU_BARS} or more short items between bars ({@code War | Politics |
     * Economy | ...}), or {@value #MIN_MENU_WORDS} or more capitalised words and nothing else ({@code Home News
     * Bisnis Showbiz Bola ...}): no headline runs so many capitalised words without a digit, a comma or a small word.
     */
    static boolean isMenu(String line) {
        if (line.indexOf('|') >= 0) {
            int items = 1;
            int itemLength = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '|') {
                    if (itemLength == 0) {
                        return false; // an empty item
                    }
                    items++;
                    itemLength = 0;
                } else if (c != ' ' && ++itemLength > MAX_MENU_ITEM) {
                    return false;
                }
            }
            return items >= MIN_MENU_BARS && itemLength > 0;
        }
        int words = 0;
        boolean start = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                start = true;
            } else if (start) {
                if (!Character.isUpperCase(c) && c != '&') {
                    return false;
                }
                words++;
                start = false;
            } else if (!Character.isLetter(c)) {
                return false;
            }
        }
        return words >= MIN_MENU_WORDS;
    }

    /**
     * A bar of sharing buttons: two or more words, each a furniture line of its own ({@code Facebook}, {@code X},
     * {@code WhatsApp}, {@code Email}: {@code Facebook  X  WhatsApp  Email}).
     */
    boolean isShareBar(String line) {
        if (line.length() > MAX_MENU_ITEM * 3) {
            return false;
        }
        int words = 0;
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean space = i == line.length() || Character.isWhitespace(line.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                String w = line.substring(start, i);
                if (!lines.contains(key(w))) {
                    return false;
                }
                words++;
                start = -1;
            }
        }
        return words >= 2;
    }

    /** A short trail of sections between arrows ({@code Regional > Papua}, {@code Business > Autos & Transport}). */
    static boolean isBreadcrumb(String line) {
        if (line.length() > MAX_MENU_ITEM * 2 || line.indexOf('>') < 0 && line.indexOf('›') < 0
                && line.indexOf('»') < 0) {
            return false;
        }
        String[] parts = line.split("\\s+[>›»]\\s+", -1);
        if (parts.length < 2 || parts.length > MAX_CRUMBS) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A photo caption: a short line that ends in a credit ({@code ... di Provinsi Surin. (AFP/STR)}, {@code ...
     * Photograph: Ye-U Township Rescue Team/Handout}).
     */
    boolean endsInACredit(String line) {
        if (line.length() > MAX_CAPTION || line.isEmpty()) {
            return false;
        }
        for (Pattern p : credits) {
            if (nearEnd(p, line, CREDIT_WINDOW).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A matcher of {@code p} over the last {@code window} characters of {@code line}, with {@code $} at the line's end
     * and look-behind free to see before the window: a search of the whole line would try the pattern at every
     * character.
     */
    private static Matcher nearEnd(Pattern p, String line, int window) {
        Matcher m = p.matcher(line);
        m.region(Math.max(0, line.length() - window), line.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /** True when the line only introduces a link on the next line ({@code Baca juga:} alone). */
    boolean introducesLink(String line) {
        return anyLink.matchWhole(line.strip());
    }

    boolean endsStory(String line) {
        return endsStory(line, keyOf(line));
    }

    /** As {@link #endsStory(String)} with the line's key already built. */
    boolean endsStory(String line, Key k) {
        if (k.whole() && cutLines.contains(k.text())) {
            return true;
        }
        return anyCutRegex.matchWhole(line.strip());
    }

    /** Each trail removed from the end of {@code line}, looked for in its last {@value #TRAIL_WINDOW} characters. */
    String withoutTrail(String line) {
        String out = line;
        for (Pattern p : trails) {
            Matcher m = nearEnd(p, out, TRAIL_WINDOW);
            if (m.find()) {
                out = out.substring(0, m.start()) + out.substring(m.end());
            }
        }
        return out;
    }
}
