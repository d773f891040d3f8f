package org.warta.extract.quantity;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Tok}s: digit runs with inner {@code .} and {@code ,}, words, single marks. */
final class TokenLexer {
    private TokenLexer() {
    }

    static List<Tok> lex(String text) {
        List<Tok> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                i++;
            } else if (isDigit(c) || (c == ',' && i + 1 < n && isDigit(text.charAt(i + 1))
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '-'))) {
                int end = i + 1;
                while (end < n && (isDigit(text.charAt(end)) || ((text.charAt(end) == '.' || text.charAt(end) == ',')
                        && end + 1 < n && isDigit(text.charAt(end + 1))))) {
                    end++;
                }
                out.add(Tok.of(i, end, text.substring(i, end), Tok.Kind.NUMBER));
                i = end;
            } else if (Character.isLetter(c) || Character.isHighSurrogate(c)) {
                int end = wordEnd(text, i);
                out.add(Tok.of(i, end, text.substring(i, end), Tok.Kind.WORD));
                i = end;
            } else {
                out.add(Tok.of(i, i + 1, text.substring(i, i + 1), Tok.Kind.MARK));
                i++;
            }
        }
        return out;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                i += Character.charCount(cp);
            } else if ((cp == '-' || cp == '\'' || cp == '\u2019') && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1)) && i > start) {
                i++;
            } else {
                break;
            }
        }
        return i == start ? start + Character.charCount(text.codePointAt(start)) : i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
