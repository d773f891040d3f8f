package org.warta.extract.entity;

import java.util.List;
import java.util.Set;
import org.warta.extract.entity.tagger.Clue;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * What the word lists ({@link NameLexicon}) and the actor dictionary say about each token of a sentence, as
 * {@link Clue} bits: the tagger's lexicon features, the same in training and in use. Thread-safe.
 */
public final class TokenClues {
    private final NameLexicon lexicon;
    private final ActorDictionary dictionary;

    TokenClues(NameLexicon lexicon, ActorDictionary dictionary) {
        this.lexicon = lexicon;
        this.dictionary = dictionary;
    }

    /** Clues from the shipped word lists and dictionaries. */
    public static TokenClues standard() {
        return new TokenClues(NameLexicon.standard(), ActorDictionary.standard());
    }

    /** The clue bits of each token. */
    public int[] of(List<Token> tokens) {
        LexiconHits words = new LexiconHits(lexicon, tokens);
        return of(tokens, new DictionaryHits(dictionary, tokens, words), words);
    }

    /** The same, with the sentence's dictionary and word-list matches already looked up (or looked up on the way). */
    int[] of(List<Token> tokens, DictionaryHits hits, LexiconHits words) {
        int n = tokens.size();
        int[] out = new int[n];
        int dictEnd = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (i >= dictEnd) {
                ActorDictionary.Match m = hits.clueAt(i);
                if (m != null) {
                    int bit = m.actor().type() == EntityType.PERSON ? Clue.DICT_PERSON.bit()
                            : m.actor().type() == EntityType.LOCATION ? Clue.DICT_LOCATION.bit()
                            : Clue.DICT_ORGANIZATION.bit();
                    out[i] |= Clue.DICT_FIRST.bit();
                    for (int j = i; j < i + m.length(); j++) {
                        out[j] |= bit;
                    }
                    dictEnd = i + m.length();
                }
            }
            List<NameLexicon.Phrase> phrases = words.phrasesAt(i);
            for (int k = phrases.size() - 1; k >= 0; k--) {
                boolean english = lexicon.isEnglishTitle(tokens, i, i + phrases.get(k).length());
                mark(out, i, phrases.get(k).length(), phrases.get(k).kinds(), english);
            }
            if (words.isCommon(i)) {
                out[i] |= Clue.COMMON.bit();
            }
            if (words.isNoun(i)) {
                out[i] |= Clue.NOUN.bit();
            }
            if (words.isPronoun(i)) {
                out[i] |= Clue.PRONOUN.bit();
            }
        }
        return out;
    }

    private static void mark(int[] out, int at, int len, Set<NameLexicon.Kind> kinds, boolean englishTitle) {
        int bits = 0;
        for (NameLexicon.Kind k : kinds) {
            bits |= switch (k) {
                case TITLE -> englishTitle ? 0 : Clue.TITLE.bit();
                case ORG_HEAD -> Clue.ORG_HEAD.bit();
                case ORG_TAIL -> Clue.ORG_TAIL.bit();
                case ORG_CUE -> Clue.ORG_CUE.bit();
                case PLACE_HEAD -> Clue.PLACE_HEAD.bit();
                case PLACE_TAIL -> Clue.PLACE_TAIL.bit();
                case PLACE_CUE -> Clue.PLACE_CUE.bit();
                case PLACE_AFTER -> Clue.PLACE_AFTER.bit();
                case PERSON_CUE, INITIALS -> Clue.PERSON_CUE.bit();
                case PERSON_AFTER -> Clue.PERSON_AFTER.bit();
                case SUBJECT_AFTER -> Clue.SUBJECT_AFTER.bit();
                case PARTICLE -> Clue.PARTICLE.bit();
                case CONNECTOR, REPORTING, ACCORDING, THING_CUE, ORG_END, ORDINAL, ORDINAL_SUFFIX, THING_TAIL,
                     PLACE_UNIT, SHARED_TAIL, OFFICE_OF, ORG_AFTER, PLACE_NOUN_AFTER, ANSWERING, CREDIT -> 0;
            };
        }
        for (int j = at; j < at + len && j < out.length; j++) {
            out[j] |= bits;
        }
    }
}
