package org.warta.extract.html;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Empties {@code <script>} and {@code <style>} elements before parsing (they are often most of a page's characters
 * and never story text), keeping JSON-LD scripts, which carry the article's metadata. A plain scan, no regex, and no
 * copy: the parser reads the page through a {@link Reader} that skips the emptied ranges. An unclosed element is
 * left to the parser.
 */
final class ScriptStripper {
    private ScriptStripper() {
    }

    /** The page with script and style contents left out, as text (for tests and small pages). */
    static String strip(String html) {
        StringBuilder sb = new StringBuilder();
        int[] skips = skips(html);
        int from = 0;
        for (int k = 0; k < skips.length; k += 2) {
            sb.append(html, from, skips[k]);
            from = skips[k + 1];
        }
        return sb.append(html, from, html.length()).toString();
    }

    /** The page with script and style contents left out, as a reader over the original string. */
    static Reader reader(String html) {
        return new SkippingReader(html, skips(html));
    }

    /** Pairs of [start, end) ranges to leave out, in order. */
    static int[] skips(String html) {
        List<Integer> ranges = new ArrayList<>();
        int i = html.indexOf('<');
        while (i >= 0 && i < html.length() - 8) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
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
            boolean keep = tag.equals("script") && containsIgnoreCase(html, i, open, "ld+json");
            if (!keep && close > open + 1) {
                ranges.add(open + 1);
                ranges.add(close);
            }
            i = html.indexOf('<', close + 1);
        }
        return ranges.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean containsIgnoreCase(String s, int from, int to, String needle) {
        for (int i = from; i <= to - needle.length(); i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
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

    /** Reads a string, leaving out the given ranges. */
    private static final class SkippingReader extends Reader {
        private final String s;
        private final int[] skips;
        private int pos;
        private int next;

        SkippingReader(String s, int[] skips) {
            this.s = s;
            this.skips = skips;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (len == 0) {
                return 0;
            }
            while (next < skips.length && pos >= skips[next]) {
                pos = Math.max(pos, skips[next + 1]);
                next += 2;
            }
            if (pos >= s.length()) {
                return -1;
            }
            int end = next < skips.length ? skips[next] : s.length();
            int n = Math.min(len, end - pos);
            s.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
