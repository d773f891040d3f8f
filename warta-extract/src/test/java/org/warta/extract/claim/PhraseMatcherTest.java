package org.warta.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.extract.segment.Token;

class PhraseMatcherTest {
    /** Phrases of every shape the matcher files apart: one letter, non-ASCII letters, prefixes of one and more letters. */
    private static final List<String> PHRASES = List.of("menyerang", "me*", "meny*", "x", "é", "élan", "ñu*", "k*",
            "killed", "killed in", "ki", "was killed by", "a-b", "-", ",", "2 orang", "dari*", "dé*", "z", "zé",
            "q\u00e9*", "\u0130stanbul", "tewas", "tewas dunia", "tewas di tempat", "tewas di", "k* in", "ki* in",
            "tewas di rumah", "menyer*", "tewas dun*", "ki dé*");
    private static final List<String> WORDS = List.of("menyerang", "me", "meny", "menyala", "m", "x", "xy", "é", "élan",
            "éa", "ñu", "ñ", "killed", "kill", "k", "ki", "kx", "in", "was", "by", "a-b", "-", ",", "2", "orang",
            "dari", "darinya", "d", "dé", "dés", "z", "zé", "zz", "qé", "qéq", "q", "İstanbul", "istanbul", "tewas",
            "dunia", "*", "Killed", "MENYERANG", "Élan", "tempat", "rumah", "di");

    @Test
    void findsWhatTryingEveryPhraseAtEveryTokenFinds() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        for (String p : PHRASES) {
            matcher.add(p, p);
        }
        matcher.block("killed by");
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            List<Token> tokens = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                String w = WORDS.get(random.nextInt(WORDS.size()));
                tokens.add(new Token(i * 20, i * 20 + w.length(), w));
            }
            assertThat(matcher.find(tokens)).as(tokens.toString()).isEqualTo(naive(tokens));
        }
    }

    /** The longest phrase at each token, exact first words before prefixes and earlier phrases first among equals. */
    private static List<PhraseMatcher.Match<String>> naive(List<Token> tokens) {
        List<String[]> ordered = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String p : allPhrases()) {
                String[] words = p.toLowerCase(Locale.ROOT).split(" +");
                boolean wild = words[0].endsWith("*") && words[0].length() > 1;
                if (wild == (pass == 1)) {
                    ordered.add(words);
                    values.add(p.equals("killed by") ? null : p);
                }
            }
        }
        List<PhraseMatcher.Match<String>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int best = -1;
            int bestEnd = i;
            for (int e = 0; e < ordered.size(); e++) {
                String[] words = ordered.get(e);
                int end = i + words.length;
                if (end <= tokens.size() && end > bestEnd && matches(words, tokens, i)) {
                    best = e;
                    bestEnd = end;
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            if (values.get(best) != null) {
                out.add(new PhraseMatcher.Match<>(i, bestEnd, values.get(best)));
            }
            i = bestEnd;
        }
        return out;
    }

    private static List<String> allPhrases() {
        List<String> all = new ArrayList<>(PHRASES);
        all.add("killed by");
        return all;
    }

    private static boolean matches(String[] words, List<Token> tokens, int at) {
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            String t = tokens.get(at + k).lower();
            boolean ok = w.endsWith("*") && w.length() > 1 ? t.startsWith(w.substring(0, w.length() - 1))
                    : t.equals(w);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
