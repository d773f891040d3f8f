package org.warta.eval.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The direct quotations of a tagged sentence and, where the sentence names one, the speaker its cue points to.
 * A quotation is the text between paired marks (straight marks pair by turns; curly ones by direction), without
 * the marks, surrounding spaces and a trailing comma, of at least {@link #MIN_WORDS} words (shorter ones are
 * scare quotes and titles). Its speaker is the tagged PERSON (else ORGANIZATION) within a few words after the
 * closing mark ({@code ," ujar <PERSON>Arie</PERSON>}), else the tagged one just before the opening mark
 * followed by a verb and a comma or colon ({@code <PERSON>Arie</PERSON> mengatakan, "}). A shorter quotation
 * counts when it has such a speaker.
 *
 * @param speaker the tag the cue points to, or null
 */
public record GoldQuote(int start, int end, TaggedSentence.Tag speaker) {
    public static final int MIN_WORDS = 3;
    private static final int MAX_WORDS_TO_SPEAKER = 4;

    public static List<GoldQuote> of(TaggedSentence s) {
        String text = s.text();
        List<GoldQuote> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean straight = c == '"';
            if (open < 0 && (straight || c == '\u201C')) {
                open = i;
            } else if (open >= 0 && (straight || c == '\u201D')) {
                int start = open + 1;
                int end = i;
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                    end--;
                }
                TaggedSentence.Tag speaker = speaker(s, open, i);
                if (speaker != null || text.substring(start, end).split("\\s+").length >= MIN_WORDS) {
                    out.add(new GoldQuote(start, end, speaker));
                }
                open = -1;
            }
        }
        return out;
    }

    /**
     * Where a quotation opened in this sentence is still open at its end (it goes on in the next sentence of the
     * source article), the offset of its opening mark; else -1. Such a quotation is not scored either way.
     */
    public static int unclosedFrom(String text) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '"' || c == '\u201C')) {
                open = i;
            } else if (open >= 0 && (c == '"' || c == '\u201D')) {
                open = -1;
            }
        }
        return open;
    }

    private static TaggedSentence.Tag speaker(TaggedSentence s, int open, int close) {
        String text = s.text();
        TaggedSentence.Tag org = null;
        for (TaggedSentence.Tag t : s.tags()) {
            if (t.start() > close && words(text.substring(close + 1, t.start())) <= MAX_WORDS_TO_SPEAKER
                    && !text.substring(close + 1, t.start()).matches(".*[.\"\u201C\u201D;].*")) {
                if (t.type().equals("PERSON")) {
                    return t;
                }
                if (org == null && t.type().equals("ORGANIZATION")) {
                    org = t;
                }
            }
        }
        if (org != null) {
            return org;
        }
        for (TaggedSentence.Tag t : s.tags()) {
            if (t.end() <= open && (t.type().equals("PERSON") || t.type().equals("ORGANIZATION"))) {
                String between = text.substring(t.end(), open).strip();
                if (words(between) >= 1 && words(between) <= 3 && (between.endsWith(",") || between.endsWith(":"))
                        && !between.matches(".*[.\"\u201C\u201D].*")) {
                    return t;
                }
            }
        }
        return null;
    }

    private static int words(String s) {
        String t = s.replaceAll("[,:]", " ").strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
