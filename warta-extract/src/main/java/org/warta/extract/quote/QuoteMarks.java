package org.warta.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.segment.Token;

/**
 * Pairs quotation marks in a paragraph's tokens: a straight {@code "} opens or closes by turns, curly
 * {@code “ ”} (and low {@code „}) say which they are. A quotation still open at the paragraph's end runs to it, as
 * a quote that goes on into the next paragraph does.
 */
final class QuoteMarks {
    /** Token indexes of the opening and closing mark; {@code close} is the token count when left open. */
    record Pair(int open, int close) {
    }

    private QuoteMarks() {
    }

    /** True when any token is a quotation mark. */
    static boolean any(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.text();
            if (w.length() == 1 && isMark(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    static List<Pair> pairs(List<Token> tokens) {
        List<Pair> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean straight = t.equals("\"");
            boolean opener = t.equals("\u201C") || t.equals("\u201E");
            boolean closer = t.equals("\u201D");
            if (!straight && !opener && !closer) {
                continue;
            }
            if (open < 0 && (straight || opener)) {
                open = i;
            } else if (open >= 0 && (straight || closer)) {
                out.add(new Pair(open, i));
                open = -1;
            } else if (open >= 0) {
                open = i; // a second opener: the first was never closed
            }
        }
        if (open >= 0 && open + 1 < tokens.size()) {
            out.add(new Pair(open, tokens.size()));
        }
        return out;
    }
}
