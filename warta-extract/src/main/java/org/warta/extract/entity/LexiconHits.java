package org.warta.extract.entity;

import java.util.List;
import org.warta.extract.segment.Token;

/**
 * What the word lists ({@link NameLexicon}) say about each token of one sentence: the phrases that start there, and
 * whether it is a word that is never a name, a capitalised common noun or a pronoun. Each looked up once however
 * often the name rules and the tagger's clues ask (they ask about one token many times, one kind at a time): the
 * same answers as the lexicon's, one tree walk and one set lookup each. One per sentence and thread; not shared.
 */
final class LexiconHits {
    private static final int KNOWN = 16; // beside NameLexicon's class bits
    private final NameLexicon lexicon;
    private final boolean english;
    private final List<Token> tokens;
    private final Object[] phrases; // phrases[i]: the List<NameLexicon.Phrase> at token i, once looked up
    private final byte[] words;

    LexiconHits(NameLexicon lexicon, List<Token> tokens) {
        this(lexicon, tokens, false);
    }

    /** With {@code english}, the words only Indonesian and Malay use are no common words ('Dan Hudson said'). */
    LexiconHits(NameLexicon lexicon, List<Token> tokens, boolean english) {
        this.english = english;
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.phrases = new Object[tokens.size()];
        this.words = new byte[tokens.size()];
    }

    Token token(int at) {
        return tokens.get(at);
    }

    /** Every phrase that starts at token {@code at}, shortest first. */
    @SuppressWarnings("unchecked")
    List<NameLexicon.Phrase> phrasesAt(int at) {
        if (phrases[at] == null) {
            phrases[at] = lexicon.phrasesAt(tokens, at);
        }
        return (List<NameLexicon.Phrase>) phrases[at];
    }

    /** Length in tokens of the longest phrase of {@code kind} starting at token {@code at}, or 0. */
    int phraseAt(int at, NameLexicon.Kind kind) {
        List<NameLexicon.Phrase> here = phrasesAt(at);
        for (int k = here.size() - 1; k >= 0; k--) {
            if (here.get(k).kinds().contains(kind)) {
                return here.get(k).length();
            }
        }
        return 0;
    }

    /**
     * Length of the title starting at token {@code at}, or 0; also 0 where a longer phrase of another kind starts
     * there, which the title's words only begin ({@code ibu kota}, the capital, is no {@code Ibu} before a name).
     */
    int titleAt(int at) {
        int title = phraseAt(at, NameLexicon.Kind.TITLE);
        List<NameLexicon.Phrase> here = phrasesAt(at);
        return title > 0 && here.get(here.size() - 1).length() > title ? 0 : title;
    }

    /** True when token {@code at} alone is a phrase of {@code kind}. */
    boolean is(int at, NameLexicon.Kind kind) {
        List<NameLexicon.Phrase> here = phrasesAt(at);
        return !here.isEmpty() && here.get(0).length() == 1 && here.get(0).kinds().contains(kind);
    }

    boolean isCommon(int at) {
        return (word(at) & NameLexicon.COMMON) != 0 && !(english && lexicon.isMalayOnlyCommon(tokens.get(at)));
    }

    /** True for a name word written with a lower-case particle before a capital ({@code al-Nuhud}, {@code el-Fasher}). */
    boolean isParticleCompound(int at) {
        return lexicon.particleCompound(tokens.get(at).text());
    }

    boolean isNoun(int at) {
        return (word(at) & NameLexicon.NOUN) != 0;
    }

    boolean isPronoun(int at) {
        return (word(at) & NameLexicon.PRONOUN) != 0;
    }

    /** As {@link NameLexicon#cliticOnCue(Token)}, asked of the lexicon only for a reporting cue that may carry one. */
    int cliticOnCue(int at) {
        return (word(at) & NameLexicon.CLITIC_CUE) == 0 ? 0 : lexicon.cliticOnCue(tokens.get(at));
    }

    private int word(int at) {
        if (words[at] == 0) {
            words[at] = (byte) (KNOWN | lexicon.classes(tokens.get(at)));
        }
        return words[at];
    }
}
