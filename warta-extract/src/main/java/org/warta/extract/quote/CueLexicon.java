package org.warta.extract.quote;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.extract.lexicon.WordMap;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;

/** The reporting cues of {@code quote/cues.tsv}: words and phrases with what they point to. */
final class CueLexicon {
    enum Kind {
        BASE, CLITIC, VERB, ACCORDING, NEGATOR, ADDRESSEE, ADJUNCT, JOINER, DETERMINER, DESCRIPTION, DEMONSTRATIVE,
        THAT, CLAUSE, APPOSITIVE, RELATIVE, CHANNEL, OCCASION, TO, LEAD, JUDGEMENT, POST, COMPLEMENT
    }

    private final WordMap<Set<Kind>> cues = new WordMap<>();
    /** The kinds of the cues that start with a word: a word that starts none is passed over without building keys. */
    private final WordMap<Set<Kind>> firstWords = new WordMap<>();
    private int longest = 1;

    static CueLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final CueLexicon STANDARD = load();
    }

    private static CueLexicon load() {
        CueLexicon lex = new CueLexicon();
        for (LexiconRow row : LexiconFile.rows("quote/cues.tsv")) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.column(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new LexiconException(row, "unknown cue kind '" + row.column(2)
                        + "'; expected one of base, clitic, verb, according, negator, addressee, adjunct, joiner, determiner, description, demonstrative, that, clause, appositive, relative, channel, to, lead, judgement, post");
            }
            String phrase = row.column(0);
            List<Token> words = Tokenizer.standard().tokenize(phrase, 0, phrase.length());
            lex.cues.computeIfAbsent(key(words, 0, words.size()), k -> EnumSet.noneOf(Kind.class)).add(kind);
            if (!words.isEmpty()) {
                lex.firstWords.computeIfAbsent(words.get(0).lower(), k -> EnumSet.noneOf(Kind.class)).add(kind);
            }
            lex.longest = Math.max(lex.longest, words.size());
        }
        return lex;
    }

    private static String key(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(tokens.get(i).lower());
        }
        return b.toString();
    }

    /** Length of the longest cue of {@code kind} starting at {@code at}, or 0. */
    int at(List<Token> tokens, int at, Kind kind) {
        Set<Kind> starting = at < tokens.size() ? firstWords.get(tokens.get(at).lower()) : null;
        if (starting == null || !starting.contains(kind)) {
            return 0;
        }
        for (int len = Math.min(longest, tokens.size() - at); len >= 1; len--) {
            Set<Kind> kinds = cues.get(key(tokens, at, at + len));
            if (kinds != null && kinds.contains(kind)) {
                return len;
            }
        }
        return 0;
    }

    boolean is(Token token, Kind kind) {
        Set<Kind> kinds = cues.get(token.lower());
        return kinds != null && kinds.contains(kind);
    }
}
