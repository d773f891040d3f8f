package org.warta.extract.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;

/**
 * Class and id words that mark page furniture ({@code html/boilerplate-hints.tsv}) or the story's body
 * ({@code html/content-hints.tsv}). A {@code part} word matches anywhere inside a class or id, a {@code word} word
 * only as a whole dash-, underscore- or camelCase-separated word.
 */
final class HintWords {
    private final List<String> parts;
    private final Set<String> words;
    /** Answers already given, by class and id, when this is a per-page copy (see {@link #memo}); else null. */
    private final Map<String, Boolean> answers;

    private HintWords(List<LexiconRow> rows) {
        this.parts = rows.stream().filter(r -> !"word".equals(r.column(1, "part")))
                .map(r -> r.column(0).toLowerCase(Locale.ROOT)).toList();
        this.words = rows.stream().filter(r -> "word".equals(r.column(1, "part")))
                .map(r -> r.column(0).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.answers = null;
    }

    private HintWords(HintWords shared) {
        this.parts = shared.parts;
        this.words = shared.words;
        this.answers = new HashMap<>();
    }

    /** A copy for one page that remembers its answers (pages repeat class names); not thread-safe. */
    HintWords memo() {
        return new HintWords(this);
    }

    private static final class Holder {
        static final HintWords FURNITURE = new HintWords(LexiconFile.rows("html/boilerplate-hints.tsv"));
        static final HintWords CONTENT = new HintWords(LexiconFile.rows("html/content-hints.tsv"));
    }

    static HintWords furniture() {
        return Holder.FURNITURE;
    }

    static HintWords content() {
        return Holder.CONTENT;
    }

    int size() {
        return parts.size() + words.size();
    }

    boolean matches(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        String both = id.isEmpty() ? cls : cls + " " + id;
        if (answers != null) {
            return answers.computeIfAbsent(both, this::matches);
        }
        return matches(both);
    }

    private boolean matches(String both) {
        if (both.length() > 400) {
            both = both.substring(0, 400);
        }
        String lower = both.toLowerCase(Locale.ROOT);
        for (String p : parts) {
            if (lower.contains(p)) {
                return true;
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        int start = 0;
        for (int i = 1; i <= both.length(); i++) {
            boolean boundary = i == both.length() || !isAsciiLetterOrDigit(both.charAt(i))
                    || Character.isUpperCase(both.charAt(i)) && Character.isLowerCase(both.charAt(i - 1));
            if (boundary) {
                if (i > start && words.contains(lower.substring(start, i))) {
                    return true;
                }
                start = i < both.length() && isAsciiLetterOrDigit(both.charAt(i)) ? i : i + 1;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
