package org.warta.extract.html;

/**
 * Empties {@code <script>} and {@code <style>} elements before parsing (they are often most of a page's bytes and
 * never story text), keeping JSON-LD scripts, which carry the article's metadata. A plain scan, no regex; an
 * unclosed element is left to the parser.
 */
final class ScriptStripper {
    private ScriptStripper() {
    }

    static String strip(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i < html.length() - 8) {
            String tag = html.regionMatches(true, i + 1, "script", 0, 6) ? "script"
                    : html.regionMatches(true, i + 1, "style", 0, 5) ? "style" : null;
            int after = tag == null ? -1 : i + 1 + tag.length();
            if (tag == null || after >= html.length() || Character.isLetterOrDigit(html.charAt(after))) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int open = html.indexOf('>', after);
            if (open < 0) {
                break;
            }
            int close = indexOfIgnoreCase(html, "</" + tag, open + 1);
            if (close < 0) {
                break;
            }
            boolean keep = tag.equals("script") && indexOfIgnoreCase(html.substring(i, open), "ld+json", 0) >= 0;
            if (!keep && close > open + 1) {
                if (out == null) {
                    out = new StringBuilder(html.length());
                }
                out.append(html.substring(copied, open + 1));
                copied = close;
            }
            i = html.indexOf('<', close + 1);
        }
        if (out == null) {
            return html;
        }
        return out.append(html.substring(copied)).toString();
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        char first = needle.charAt(0);
        for (int i = s.indexOf(first, from); i >= 0 && i <= s.length() - needle.length(); i = s.indexOf(first, i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
