package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.segment.Token;

/**
 * Long names defined by the acronym in brackets after them, whose capitalised words' initials spell it ({@code Hill
 * Tribes Joint Action Committee (HTJAC)}, {@code Coordinating Committee on Valley Integrity (CCVI)}): one name, even
 * where a known name ({@code The Hill}) or a guessed one stands inside it. Short lower-case words and {@code &} may
 * stand between the capitalised words, and one lower-case word before the bracket ({@code Armed Conflict Location &
 * Event Data project (ACLED)}); they have no initial.
 */
final class AcronymDefinitions {
    /** Lower-case words longer than this end the long form ('on', 'of', 'for', 'and' do not). */
    private static final int MAX_LOWER_WORD = 4;

    private AcronymDefinitions() {
    }

    /** Each long name in {@code tokens} as {first token, token after its last}. */
    static List<int[]> in(List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        for (int k = 1; k + 2 < tokens.size(); k++) {
            if (!tokens.get(k).text().equals("(") || !tokens.get(k + 2).text().equals(")")
                    || !NameTyper.isAcronym(tokens.get(k + 1).text())) {
                continue;
            }
            Token last = tokens.get(k - 1);
            int end = last.isWord() && Character.isLowerCase(last.text().charAt(0)) ? k - 1 : k; // 'project'
            int start = longFormStart(tokens, end, letters(tokens.get(k + 1).text()));
            if (start >= 0 && end - start >= 2) {
                out.add(new int[] {start, end});
            }
        }
        return out;
    }

    /** The first token of the words before token {@code end} whose initials spell {@code acronym}, or -1. */
    private static int longFormStart(List<Token> tokens, int end, String acronym) {
        int left = acronym.length();
        for (int j = end - 1; j >= 0 && left > 0; j--) {
            Token t = tokens.get(j);
            String w = t.text();
            if (t.isWord() && t.isCapitalized()) {
                if (Character.toUpperCase(w.charAt(0)) != acronym.charAt(left - 1)) {
                    return -1;
                }
                if (--left == 0) {
                    return j;
                }
            } else if (!(j < end - 1 && (w.equals("&") || t.isWord() && w.length() <= MAX_LOWER_WORD
                    && Character.isLowerCase(w.charAt(0))))) {
                return -1;
            }
        }
        return -1;
    }

    private static String letters(String acronym) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            if (Character.isLetter(acronym.charAt(i))) {
                b.append(Character.toUpperCase(acronym.charAt(i)));
            }
        }
        return b.toString();
    }
}
