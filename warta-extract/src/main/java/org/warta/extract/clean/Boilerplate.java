package org.warta.extract.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;

/** The page furniture of {@code clean/boilerplate.tsv}: lines to drop, lines that end the story, junk tails. */
final class Boilerplate {
    private final Set<String> lines = new HashSet<>();
    private final List<Pattern> regexes = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final Set<String> cutLines = new HashSet<>();
    private final List<Pattern> cutRegexes = new ArrayList<>();
    private final List<Pattern> trails = new ArrayList<>();

    static Boilerplate standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Boilerplate STANDARD = new Boilerplate(LexiconFile.rows("clean/boilerplate.tsv"));
    }

    Boilerplate(List<LexiconRow> rows) {
        for (LexiconRow row : rows) {
            String kind = row.column(0);
            String pattern = row.column(1);
            switch (kind) {
                case "line" -> lines.add(key(pattern));
                case "regex" -> regexes.add(compile(row, pattern, Pattern.CASE_INSENSITIVE));
                case "prefix" -> prefixes.add(pattern.toLowerCase(Locale.ROOT));
                case "cut" -> {
                    if (pattern.startsWith("^")) {
                        cutRegexes.add(compile(row, pattern, Pattern.CASE_INSENSITIVE));
                    } else {
                        cutLines.add(key(pattern));
                    }
                }
                case "trail" -> trails.add(compile(row, pattern, 0));
                default -> throw new LexiconException(row, "unknown kind '" + kind
                        + "'; expected one of [line, regex, prefix, cut, trail]");
            }
        }
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
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!white) {
                b.append(c);
            } else if (!space) {
                b.append(' ');
            }
            space = white;
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    boolean isFurniture(String line) {
        String k = key(line);
        if (lines.contains(k)) {
            return true;
        }
        for (String p : prefixes) {
            if (k.startsWith(p)) {
                return true;
            }
        }
        for (Pattern p : regexes) {
            if (p.matcher(line.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    boolean endsStory(String line) {
        if (cutLines.contains(key(line))) {
            return true;
        }
        for (Pattern p : cutRegexes) {
            if (p.matcher(line.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    String withoutTrail(String line) {
        String out = line;
        for (Pattern p : trails) {
            out = p.matcher(out).replaceFirst("");
        }
        return out;
    }
}
