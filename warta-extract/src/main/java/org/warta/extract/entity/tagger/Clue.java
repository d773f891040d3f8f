package org.warta.extract.entity.tagger;

/**
 * What Warta's word lists and dictionaries say about a token, one bit each in an {@code int}: the tagger's
 * lexicon features. The entity stage computes them ({@code entity.TokenClues}); the tagger only reads the bits.
 */
public enum Clue {
    /** Inside a dictionary name of a person, a place or an organisation, and the first word of one. */
    DICT_PERSON, DICT_LOCATION, DICT_ORGANIZATION, DICT_FIRST,
    /** Inside a title or role ({@code Presiden}, {@code Menteri Luar Negeri}). */
    TITLE,
    /** Head and tail words of organisations and places ({@code Partai}, {@code Kabupaten}, {@code Corp}). */
    ORG_HEAD, ORG_TAIL, PLACE_HEAD, PLACE_TAIL,
    /** Context words: before an organisation, a place or a person, after a place or a person. */
    ORG_CUE, PLACE_CUE, PERSON_CUE, PLACE_AFTER, PERSON_AFTER, SUBJECT_AFTER,
    /** Name particles ({@code bin}, {@code van}), words that are never names, capitalised common nouns, pronouns. */
    PARTICLE, COMMON, NOUN, PRONOUN;

    public int bit() {
        return 1 << ordinal();
    }

    static final Clue[] ALL = values();
}
