package org.warta.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.warta.extract.lexicon.LexiconFile;

/**
 * The story's blocks -> its text: drops the title (a field of its own), link lists, and inserts such as
 * {@code Baca juga: ...} ({@code html/boilerplate-lines.tsv}); joins what is left with a blank line between
 * paragraphs.
 */
final class StoryText {
    /**
     * A heading such as 'Baca juga' opens the page's afterword only when less than this part of the story's prose
     * (one in five) comes after it; with more, it heads an insert inside the story.
     */
    private static final int PROSE_PAST_AN_INSERT = 5;
    /** ... and at least this many characters of it: a comment policy line is no story. */
    private static final int MIN_PROSE_PAST_AN_INSERT = 400;
    /** An insert line longer than this many words is prose that happens to start like one. */
    private static final int INSERT_MAX_WORDS = 30;
    /** A paragraph with this many unlinked characters is prose, however many links it also has. */
    private static final int LONG_PROSE = 200;
    /** A short line with a copyright sign is a photo credit or a footer. */
    private static final int CREDIT_MAX_WORDS = 20;
    /** Longer than this, a line has more than {@link #INSERT_MAX_WORDS} words anyway. */
    private static final int MAX_INSERT_CHARS = 400;

    private StoryText() {
    }

    /** Markup shown as text (an escaped {@code <img>} from a {@code <noscript>}). */
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z]+[\\s/>]");

    /** A blog shortcode left unrendered: {@code [button link="..."]Send us YOUR review[/button]}. */
    private static final Pattern SHORTCODE = Pattern.compile(
            "\\[[a-z_]+(?:\\s[^\\]]*)?\\].{0,200}\\[/[a-z_]+\\]");

    private static final class Holder {
        static final List<String> END_MARKERS = LexiconFile.words("html/end-markers.tsv");
        static final List<String> STARTS = LexiconFile.rows("html/boilerplate-lines.tsv").stream()
                .filter(r -> r.column(1, "start").equals("start"))
                .map(r -> r.column(0).toLowerCase(Locale.ROOT)).toList();
        static final Set<String> WHOLES = LexiconFile.rows("html/boilerplate-lines.tsv").stream()
                .filter(r -> r.column(1, "start").equals("whole"))
                .map(r -> key(r.column(0))).collect(Collectors.toUnmodifiableSet());
    }

    static int insertCount() {
        return Holder.STARTS.size() + Holder.WHOLES.size() + Holder.END_MARKERS.size();
    }

    static String of(List<TextBlock> blocks, String title) {
        String titleKey = key(title);
        List<String> kept = new ArrayList<>();
        int prose = 0;
        for (TextBlock b : blocks) {
            prose += MainContent.vote(b) > 0 ? b.text().length() : 0;
        }
        int above = 0;
        for (TextBlock b : blocks) {
            if (above > prose / 2 && opensAfterword(b)
                    && prose - above < Math.max(prose / PROSE_PAST_AN_INSERT, MIN_PROSE_PAST_AN_INSERT)) {
                break; // a 'Baca juga' box with the story's last fifth after it is an insert, not the end
            }
            above += MainContent.vote(b) > 0 ? b.text().length() : 0;
            if (keep(b, titleKey)) {
                for (String line : b.text().split("\n")) {
                    String l = line.strip();
                    if (!l.isEmpty() && !isInsert(l) && !(titleKey.length() > 0 && l.length() < 2 * titleKey.length() + 20 && key(l).equals(titleKey))) {
                        kept.add(l);
                    }
                }
            }
        }
        return String.join("\n\n", kept);
    }

    private static boolean keep(TextBlock b, String titleKey) {
        if (b.kind() == TextBlock.Kind.TITLE_HEADING) {
            return false;
        }
        if (!titleKey.isEmpty() && b.text().length() < 2 * titleKey.length() + 60) {
            String k = key(b.text());
            if (k.contains(titleKey) && k.length() < titleKey.length() + 40) {
                return false;
            }
        }
        if (MARKUP.matcher(b.text()).lookingAt()) {
            return false;
        }
        return b.linkDensity() <= 0.5 || b.text().length() - b.linkChars() >= LONG_PROSE && b.hasSentencePunctuation();
    }

    /** A short heading such as {@code More stories} or {@code Berita terkait} ({@code html/end-markers.tsv}). */
    static boolean opensAfterword(TextBlock b) {
        if (b.words() > 6 || b.text().endsWith(".")) {
            return false;
        }
        String lower = b.text().toLowerCase(Locale.ROOT);
        for (String m : Holder.END_MARKERS) {
            if (lower.startsWith(m) && (lower.length() == m.length()
                    || !Character.isLetterOrDigit(lower.charAt(m.length())))) {
                return true;
            }
        }
        return false;
    }

    static boolean isInsert(String line) {
        if (SHORTCODE.matcher(line).matches() || line.indexOf('\u00A9') >= 0 && words(line) <= CREDIT_MAX_WORDS) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (line.length() > MAX_INSERT_CHARS) {
            return false;
        }
        if (line.length() < 40 && Holder.WHOLES.contains(withoutDigits(key(line)))) {
            return true;
        }
        for (String start : Holder.STARTS) {
            if (lower.startsWith(start)) {
                return words(line) <= INSERT_MAX_WORDS;
            }
        }
        return false;
    }

    private static String withoutDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
