package org.warta.extract.entity;

import static org.warta.extract.entity.NameLexicon.Kind.CONNECTOR;
import static org.warta.extract.entity.NameLexicon.Kind.ORG_AFTER;
import static org.warta.extract.entity.NameLexicon.Kind.ORG_CUE;
import static org.warta.extract.entity.NameLexicon.Kind.ORG_END;
import static org.warta.extract.entity.NameLexicon.Kind.ORG_HEAD;
import static org.warta.extract.entity.NameLexicon.Kind.ORG_TAIL;
import static org.warta.extract.entity.NameLexicon.Kind.PERSON_AFTER;
import static org.warta.extract.entity.NameLexicon.Kind.PERSON_CUE;
import static org.warta.extract.entity.NameLexicon.Kind.PLACE_AFTER;
import static org.warta.extract.entity.NameLexicon.Kind.PLACE_CUE;
import static org.warta.extract.entity.NameLexicon.Kind.PLACE_HEAD;
import static org.warta.extract.entity.NameLexicon.Kind.PLACE_NOUN_AFTER;
import static org.warta.extract.entity.NameLexicon.Kind.PLACE_TAIL;
import static org.warta.extract.entity.NameLexicon.Kind.SHARED_TAIL;

import java.util.List;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * Types a run of capitalised words no dictionary knows, by its own words first (an organisation's or a place's
 * head or tail word, an acronym), then by the words around it ({@code di}, {@code kata}, {@code mengatakan}),
 * and otherwise as a person, the commonest kind of unknown name in news.
 */
final class NameTyper {
    /** How many names, and words in each, a list before a place's noun may run to. */
    private static final int MAX_LISTED_NAMES = 6;
    private static final int MAX_LISTED_NAME_WORDS = 4;
    private final NameLexicon lexicon;

    NameTyper(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * True for a name that opens with a body's noun and a preposition ({@code Centre for Volcanology and Geological
     * Hazard Mitigation}, {@code Office of the ...}): an organisation's, whatever its last word.
     */
    private boolean opensWithABodysNoun(List<Token> tokens, int from, int to) {
        return to - from > 2 && tokens.get(from).isCapitalized()
                && DefiniteNouns.standard().isHead(tokens.get(from).text())
                && lexicon.phraseAt(tokens, from + 1, CONNECTOR) == 1
                && lexicon.phraseAt(tokens, from + 1, SHARED_TAIL) == 0;
    }

    /** True when a word after the run's first is an organisation word that ends a name ('Interior Ministry'). */
    private boolean endsInOrgWord(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).isCapitalized() && lexicon.phraseAt(tokens, k, ORG_END) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The type of the name at tokens {@code [from, to)}; Indonesian verb shapes after it count only in Indonesian. */
    Mention type(List<Token> tokens, int from, int to, boolean indonesian) {
        if (to - from == 1 && ActorDictionary.standard().countryAt(tokens, from, true) != null) {
            return null; // 'He said Ukrainian units had killed ...': a demonym, no one's name
        }
        int end = tokens.get(to - 1).end();
        if (to - from == 1 && from > 0 && DefiniteNouns.standard().isDeterminer(tokens.get(from - 1))
                && DefiniteNouns.standard().isHead(tokens.get(from).text())) {
            // 'The Army said': a body's noun, which the article's own army replaces where there is one
            return Mention.name(tokens.get(from).start(), end, EntityType.ORGANIZATION, null, 1);
        }
        int named = to - from > 1 && tokens.get(from).text().equals("The") ? from + 1 : from; // 'The Interior Ministry'
        if (lexicon.phraseAt(tokens, named, ORG_HEAD) > 0
                || to - named > 1 && lexicon.phraseEndingAt(tokens, to, ORG_TAIL) > 0 // 'Movement' alone is no name
                || endsInOrgWord(tokens, named, to) || opensWithABodysNoun(tokens, named, to)) {
            return Mention.name(tokens.get(named).start(), end, EntityType.ORGANIZATION, null, 2);
        }
        int start = tokens.get(from).start();
        if (lexicon.phraseAt(tokens, from, PLACE_HEAD) > 0
                || to - from > 1 && lexicon.phraseEndingAt(tokens, to, PLACE_TAIL) > 0) {
            return Mention.name(start, end, EntityType.LOCATION, null, 2);
        }
        if ((placeNounAt(tokens, to) || listEndsInAPlaceNoun(tokens, to))
                && (from > 0 ? !tokens.get(from - 1).isCapitalized() : to - from > 1)) {
            return Mention.name(tokens.get(named).start(), end, EntityType.LOCATION, null, 1); // 'the Kangpokpi district'
        }
        if (to < tokens.size() && !tokens.get(to).isCapitalized() && lexicon.phraseAt(tokens, to, ORG_AFTER) > 0
                && (from > 0 ? !tokens.get(from - 1).isCapitalized() : to - from > 1)) { // not 'Six gang members'
            return Mention.name(tokens.get(named).start(), end, EntityType.ORGANIZATION, null, 1); // 'The X gang'
        }
        if (tokens.get(from).text().equals("The")) {
            if (to - from == 2 && ActorDictionary.standard().countryAt(tokens, from + 1, true) != null) {
                return null; // 'The Pakistani claims': a demonym, no name
            }
            // 'The Clash', 'The Jakarta Post'; a long name opening a sentence has the article before it ('The Daraja
            // Emergency Response Room, one of the neighbourhood networks, said')
            int first = from == 0 && to - from > 3 ? named : from;
            return Mention.name(tokens.get(first).start(), end, EntityType.ORGANIZATION, null, 1);
        }
        if (to - from == 1 && isAcronym(tokens.get(from).text())) {
            return Mention.name(start, end, EntityType.ORGANIZATION, null, 1);
        }
        if (from > 0 && lexicon.phraseEndingAt(tokens, from, ORG_CUE) > 0) {
            return Mention.name(start, end, EntityType.ORGANIZATION, null, 1);
        }
        if (to < tokens.size() && !tokens.get(to).isCapitalized() && lexicon.phraseAt(tokens, to, PLACE_AFTER) > 0) {
            return Mention.name(start, end, EntityType.LOCATION, null, 1);
        }
        if (to - from == 1 && from > 0 && lexicon.phraseEndingAt(tokens, from, NameLexicon.Kind.TITLE) > 0
                && (lexicon.phraseAt(tokens, from, ORG_END) > 0 || lexicon.phraseAt(tokens, from, ORG_TAIL) > 0)) {
            return null; // 'Beledweyne General Hospital said': an organisation's last noun after a rank, no name
        }
        if (from > 0 && lexicon.phraseEndingAt(tokens, from, PERSON_CUE) > 0
                || to < tokens.size() && lexicon.phraseAt(tokens, to, PERSON_AFTER) > 0) {
            return Mention.name(start, end, EntityType.PERSON, null, 1);
        }
        if (from > 0 && lexicon.phraseEndingAt(tokens, from, PLACE_CUE) > 0) {
            return Mention.name(start, end, EntityType.LOCATION, null, 1);
        }
        for (int i = from; i < to; i++) {
            if (isModelDesignation(tokens.get(i).text())) {
                return null; // 'Israeli F-35', 'Su-34': a weapon's model, and no one's name holds a digit
            }
        }
        if (to < tokens.size() && (indonesian && looksLikeVerb(tokens.get(to).text()) // not 'the X direction'
                || lexicon.phraseAt(tokens, to, NameLexicon.Kind.SUBJECT_AFTER) > 0)) {
            return Mention.name(start, end, EntityType.PERSON, null, 1);
        }
        for (int i = from; i < to; i++) {
            if (isDerivedNoun(tokens.get(i).text())) {
                return null; // 'Ilmu Pendidikan', 'Penghargaan Terbaik': capitalised common nouns, not a name
            }
        }
        return Mention.name(start, end, EntityType.PERSON, null, 0);
    }

    /**
     * True when a list of capitalised names runs from token {@code at} (a comma, a conjunction of names or both first)
     * to a place's noun after its last name: every name of {@code the Hakurk, Metina and Gara regions} is a place's.
     */
    private boolean listEndsInAPlaceNoun(List<Token> tokens, int at) {
        int k = at;
        for (int names = 0; names < MAX_LISTED_NAMES; names++) {
            int joint = k;
            if (k < tokens.size() && tokens.get(k).text().equals(",")) {
                k++;
            }
            if (k < tokens.size() && lexicon.phraseAt(tokens, k, NameLexicon.Kind.SHARED_TAIL) == 1) {
                k++; // 'and', 'dan': the conjunctions that join names
            }
            if (k == joint || k >= tokens.size() || !tokens.get(k).isWord() || !tokens.get(k).isCapitalized()) {
                return false; // no joint, or no name after it
            }
            for (int run = 0; k < tokens.size() && run < MAX_LISTED_NAME_WORDS && tokens.get(k).isWord()
                    && tokens.get(k).isCapitalized(); run++) {
                k++;
            }
            if (placeNounAt(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** True when a lower-case noun of a place stands at token {@code k} ('district', 'regions', 'market'). */
    private boolean placeNounAt(List<Token> tokens, int k) {
        return k < tokens.size() && !tokens.get(k).isCapitalized() && lexicon.phraseAt(tokens, k, PLACE_NOUN_AFTER) > 0;
    }

    /** A word of letters and digits together ({@code F-35}, {@code Su-34}, {@code T-72}, {@code M1A1}). */
    static boolean isModelDesignation(String word) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    /**
     * An Indonesian noun built with a confix (pe-/per-/pen-/pem-/peng-/ke-/ber- ... -an: {@code pendidikan},
     * {@code kesehatan}, {@code pertanian}); personal names are almost never formed so.
     */
    static boolean isDerivedNoun(String word) {
        String w = NameKey.fold(word);
        return w.length() >= 7 && w.endsWith("an") && !w.endsWith("wan")
                && (w.startsWith("pe") || w.startsWith("ke") || w.startsWith("ber"));
    }

    /** An Indonesian verb form (me-, ber-, ter-, di- prefixes) after a name: the name is a subject, a person. */
    private static boolean looksLikeVerb(String word) {
        return word.length() >= 5 && Character.isLowerCase(word.charAt(0))
                && (word.startsWith("me") || word.startsWith("ber") || word.startsWith("ter")
                || word.startsWith("di") && !word.equals("dirinya"));
    }

    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
