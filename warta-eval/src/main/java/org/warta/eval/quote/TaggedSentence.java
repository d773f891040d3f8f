package org.warta.eval.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence with inline tags ({@code <PERSON>Arie</PERSON>}), as id-news-ner ships it: the plain text and the
 * tagged spans (UTF-16 offsets into the plain text).
 */
public record TaggedSentence(String text, List<Tag> tags) {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Z]+)>");

    public TaggedSentence {
        tags = List.copyOf(tags);
    }

    public record Tag(int start, int end, String type) {
    }

    /** Parses one line; an unclosed or stray tag is dropped, its words kept. */
    public static TaggedSentence parse(String line) {
        StringBuilder plain = new StringBuilder();
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(line);
        int at = 0;
        int open = -1;
        String type = null;
        while (m.find()) {
            plain.append(line, at, m.start());
            at = m.end();
            if (m.group(1).isEmpty()) {
                open = plain.length();
                type = m.group(2);
            } else if (open >= 0 && m.group(2).equals(type)) {
                tags.add(new Tag(open, plain.length(), type));
                open = -1;
                type = null;
            }
        }
        plain.append(line, at, line.length());
        return new TaggedSentence(plain.toString(), tags);
    }
}
