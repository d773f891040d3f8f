package org.warta.eval.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of an inline-tagged corpus ({@code ... <TIME>Selasa (2/12/2014)</TIME> ...}): its plain text and
 * the tagged spans, as UTF-16 offsets into the plain text. Tags do not nest.
 */
public record TaggedLine(String text, List<Tag> tags) {
    /** A tagged span of the plain text. */
    public record Tag(String type, int start, int end) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Z]+)>");

    public TaggedLine {
        tags = List.copyOf(tags);
    }

    /** Parses one line; an unbalanced tag is dropped (the words stay in the text). */
    public static TaggedLine parse(String line) {
        StringBuilder text = new StringBuilder();
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(line);
        int at = 0;
        String open = null;
        int openAt = -1;
        while (m.find()) {
            text.append(line, at, m.start());
            at = m.end();
            if (m.group(1).isEmpty()) {
                open = m.group(2);
                openAt = text.length();
            } else if (open != null && open.equals(m.group(2))) {
                tags.add(new Tag(open, openAt, text.length()));
                open = null;
            }
        }
        text.append(line, at, line.length());
        return new TaggedLine(text.toString(), tags);
    }

    public List<Tag> tags(String type) {
        return tags.stream().filter(t -> t.type().equals(type)).toList();
    }
}
