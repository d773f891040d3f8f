package org.warta.extract.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Patterns of which any may match a whole line, tried as one pattern of alternatives: one matcher per line instead
 * of one per pattern, with the same answer ({@code matches()} of {@code (?:a)|(?:b)} holds where {@code a} or {@code b}
 * matches the whole line). Patterns that refer back to a group or switch on comments, which joining would change,
 * are tried one by one instead.
 */
final class WholeLinePatterns {
    /** A back reference by number or name, or an inline flag group that turns on comments ({@code (?x)}). */
    private static final Pattern UNJOINABLE = Pattern.compile("\\\\[1-9]|\\\\k<|\\(\\?[a-wyzA-Z-]*x");
    private final List<Pattern> patterns;
    private final Pattern joined; // null where the patterns are tried one by one

    /** {@code patterns} all compiled with the same flags. */
    WholeLinePatterns(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.joined = join(this.patterns);
    }

    private static Pattern join(List<Pattern> patterns) {
        if (patterns.size() < 2) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Pattern p : patterns) {
            if (p.flags() != patterns.get(0).flags() || (p.flags() & Pattern.COMMENTS) != 0
                    || UNJOINABLE.matcher(p.pattern()).find()) {
                return null;
            }
            b.append(b.isEmpty() ? "(?:" : "|(?:").append(p.pattern()).append(')');
        }
        return Pattern.compile(b.toString(), patterns.get(0).flags());
    }

    /** True when one of the patterns matches all of {@code line}. */
    boolean matchWhole(String line) {
        if (joined != null) {
            return joined.matcher(line).matches();
        }
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
