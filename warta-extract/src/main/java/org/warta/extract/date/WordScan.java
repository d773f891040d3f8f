package org.warta.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places where a date may start: runs of letters, runs of digits, and the marks {@code (} and {@code '}.
 * Patterns are tried only there, and only where a cheap test on the word says they may match: far faster than
 * letting each regular expression try every character.
 */
final class WordScan {
    /** A word (or mark) starting at {@code start}, with its {@link WordKinds} bits. */
    record Word(int start, int kinds) {
        boolean isDigits() {
            return (kinds & WordKinds.DIGITS) != 0;
        }

        boolean is(int anyOf) {
            return (kinds & anyOf) != 0;
        }
    }

    /** A test of the word at an index (it may look at the words around it). */
    interface Trigger {
        boolean test(List<Word> words, int i);
    }

    private WordScan() {
    }

    static List<Word> of(String text) {
        return of(text, WordKinds.standard());
    }

    static List<Word> of(String text, WordKinds kinds) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                boolean digit = Character.isDigit(c);
                int end = i + 1;
                while (end < n && Character.isLetterOrDigit(text.charAt(end))
                        && Character.isDigit(text.charAt(end)) == digit) {
                    end++;
                }
                out.add(new Word(i, kinds.of(text, i, end)));
                i = end;
            } else {
                if (c == '(' || c == '\'' || c == '\u2019') {
                    String mark = String.valueOf(c);
                    out.add(new Word(i, kinds.of(mark)));
                }
                i++;
            }
        }
        return out;
    }

    /** Runs {@code pattern} anchored at each word of any of the kinds {@code anyOf} that no earlier match covers. */
    static void scan(Pattern pattern, String text, List<Word> words, int anyOf, Consumer<Matcher> onMatch) {
        scan(pattern, text, words, (ws, i) -> ws.get(i).is(anyOf), onMatch);
    }

    /** Runs {@code pattern} anchored at each triggered word that no earlier match covers. */
    static void scan(Pattern pattern, String text, List<Word> words, Trigger trigger, Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int after = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.start() < after || !trigger.test(words, i)) {
                continue;
            }
            m.region(w.start(), text.length());
            if (m.lookingAt()) {
                onMatch.accept(m);
                after = m.end();
            }
        }
    }
}
