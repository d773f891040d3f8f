package org.warta.eval.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's view of a text: {@code \w+} tokens (Unicode letters, digits and the
 * underscore, as Python's {@code re} reads {@code \w}), joined into overlapping 4-token shingles, counted. A text of
 * fewer than four tokens is one short shingle; an empty text has none. Case is kept, as the benchmark keeps it.
 */
public final class Shingles {
    /** Python's Unicode {@code \w}: letters, numbers and the underscore (marks are not word characters there). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    public static final int SIZE = 4;

    private Shingles() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Each shingle (tokens joined by one space) with how often it occurs. */
    public static Map<String, Integer> counts(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - SIZE + 1);
        for (int i = 0; i < n; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SIZE)));
            if (!shingle.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }
}
