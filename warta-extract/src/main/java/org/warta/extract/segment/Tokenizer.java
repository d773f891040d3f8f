package org.warta.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.WordHashFilter;

/**
 * Splits text into tokens: words (with inner hyphens and apostrophes: {@code luka-luka}, {@code don't}; an English
 * {@code 's} is a token of its own: {@code Russia 's}), numbers
 * with either separator convention ({@code 2.300}, {@code 1,5}, {@code 07.30}), domains ({@code impiannews.com}),
 * abbreviations from {@code segment/abbreviations.txt} with their dot ({@code Jl.}, {@code U.S.}), initials, and
 * single punctuation marks.
 */
public final class Tokenizer {
    private final Set<String> abbreviations;
    /** The abbreviations' hashes: a word before a full stop (the end of most sentences) is checked without lower-casing it. */
    private final WordHashFilter abbreviationHashes = new WordHashFilter(12);

    public Tokenizer(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.abbreviations.forEach(abbreviationHashes::add);
    }

    /** A tokenizer with the shipped abbreviation list (and the user's additions). */
    public static Tokenizer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Tokenizer STANDARD = new Tokenizer(Set.copyOf(LexiconFile.words("segment/abbreviations.txt")));
    }

    /** True when {@code word} (without its dot) is a known abbreviation. */
    public boolean isAbbreviation(String word) {
        return abbreviationHashes.mayHold(word, 0, word.length()) && abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF') {
                i++;
            } else if (Character.isLetterOrDigit(text.codePointAt(i))) {
                int end = wordEnd(text, i, to);
                tokens.add(new Token(i, end, text.substring(i, end)));
                i = end;
            } else if (possessiveAt(text, i, to)) {
                tokens.add(new Token(i, i + 2, text.substring(i, i + 2)));
                i += 2;
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                if (c == '.' || c == '-') {
                    while (end < to && text.charAt(end) == c) {
                        end++;
                    }
                }
                tokens.add(new Token(i, end, text.substring(i, end)));
                i = end;
            }
        }
        return tokens;
    }

    /**
     * True for an English possessive or {@code is} clitic at {@code i}: an apostrophe (straight or curly), {@code s},
     * then no letter or digit ({@code Russia's}, {@code Hong Kong’s}, {@code it's}). It is a token of its own, as in
     * the Penn Treebank, so that the name before it is the name alone.
     */
    public static boolean possessiveAt(String text, int i) {
        return i < text.length() && possessiveAt(text, i, text.length());
    }

    private static boolean possessiveAt(String text, int i, int to) {
        char c = text.charAt(i);
        if (c != '\'' && c != '\u2019' || i + 1 >= to) {
            return false;
        }
        char s = text.charAt(i + 1);
        return (s == 's' || s == 'S') && (i + 2 >= to || !Character.isLetterOrDigit(text.codePointAt(i + 2)));
    }

    private int wordEnd(String text, int start, int to) {
        int i = start;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                i += Character.charCount(cp);
                continue;
            }
            char c = (char) cp;
            boolean hasNext = i + 1 < to;
            char next = hasNext ? text.charAt(i + 1) : ' ';
            char prev = text.charAt(i - 1);
            if ((c == '-' || c == '\'' || c == '\u2019') && hasNext && Character.isLetterOrDigit(next)
                    && !possessiveAt(text, i, to)) {
                i++;
            } else if ((c == '.' || c == ',') && Character.isDigit(prev) && Character.isDigit(next)) {
                i++;
            } else if (c == '.' && Character.isLetter(prev) && Character.isLetter(next) && i - start >= 2
                    && Character.isLowerCase(next)) {
                i++; // a domain: impiannews.com, Kompas.com
            } else {
                break;
            }
        }
        if (i < to && text.charAt(i) == '.') {
            String word = text.substring(start, i);
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
            if (initial || isAbbreviation(word)) {
                i++;
                // U.S., a.n., S.H.: letter-dot pairs run on
                while (i + 1 < to && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.'
                        && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))) {
                    i += 2;
                }
            }
        }
        return i;
    }
}
