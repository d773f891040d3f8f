package org.warta.extract.entity;

import java.util.List;
import java.util.Locale;
import org.warta.extract.date.DateNames;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * The actor dictionary's longest match at each token of one sentence, looked up once per token however often the
 * name rules and the tagger's clues ask: the same answers as {@link ActorDictionary#longestAt}, one tree walk each.
 * One per sentence and thread; not shared.
 */
final class DictionaryHits {
    private final ActorDictionary dictionary;
    private final List<Token> tokens;
    private final ActorDictionary.Match[] hits;
    private final boolean[] known;
    /** Capitalised words after a place that may still end in an organisation's word. */
    private static final int MAX_NAME_AFTER = 3;
    private static final int MAX_TITLE_WORDS = 4;

    private final LexiconHits words;

    DictionaryHits(ActorDictionary dictionary, List<Token> tokens, LexiconHits words) {
        this.dictionary = dictionary;
        this.tokens = tokens;
        this.words = words;
        this.hits = new ActorDictionary.Match[tokens.size()];
        this.known = new boolean[tokens.size()];
    }

    /** The longest dictionary name or state-body pattern starting at token {@code at}, or null. */
    ActorDictionary.Match at(int at) {
        if (!known[at]) {
            hits[at] = dictionary.longestAt(tokens, at);
            known[at] = true;
        }
        return hits[at];
    }

    /** As {@link #at}, among the actors the tagger's clues read (the gazetteer's places are not among them). */
    ActorDictionary.Match clueAt(int at) {
        ActorDictionary.Match m = at(at);
        return m == null || m.actor().isClue() ? m : dictionary.longestAt(tokens, at, true);
    }

    /**
     * As {@link #at}, less a person's short name that begins someone else's full name: what the name rules read
     * (the tagger's clues keep every match, as the model was trained on them).
     */
    ActorDictionary.Match named(int at) {
        ActorDictionary.Match m = at(at);
        if (m == null || firstNameOfAnother(m, at) || placeInsideAName(m, at)) {
            return null;
        }
        int next = at + m.length();
        boolean unit = next < tokens.size() && nameWord(next) && words.is(next, NameLexicon.Kind.PLACE_UNIT);
        return m.actor().isPlace() && unit ? new ActorDictionary.Match(m.length() + 1, m.actor()) : m; // 'Kursk Oblast'
    }

    /**
     * True when a place (not a country) is a word of a longer name: the last name of a titled person ({@code Kapten
     * Ronaldo Baguio}; an unknown word before a place is as often an office, {@code Kapolrestabes Surabaya}), or
     * before capitalised words that end in an organisation's word ({@code Kadugli Teaching Hospital}, {@code
     * Chernihiv Regional Military Administration}) or before a place's last word that is no administrative unit
     * ({@code Lombok Timur}, {@code Dnipro River}).
     */
    private boolean placeInsideAName(ActorDictionary.Match m, int at) {
        if (m.actor().type() != EntityType.LOCATION || !m.actor().isPlace()) {
            return false;
        }
        if (at > 1 && nameWord(at - 1) && titleEndsAt(at - 1) && !titleEndsAt(at) && !placeOrBody(at(at - 1))
                && !words.is(at - 1, NameLexicon.Kind.ORG_HEAD) && !words.is(at - 1, NameLexicon.Kind.PLACE_HEAD)) {
            return true; // 'Kapten Ronaldo Baguio'; after an organisation's or a place's head ('Kabid Humas Polda
                         // Sumut', 'Bupati Kabupaten Sigi') the place stays
        }
        int next = at + m.length();
        if (next < tokens.size() && nameWord(next) && words.is(next, NameLexicon.Kind.PLACE_TAIL)
                && !words.is(next, NameLexicon.Kind.PLACE_UNIT)) {
            return true; // 'Lombok Timur', 'Dnipro River': a place of its own
        }
        for (int k = next; k < tokens.size() && k <= next + MAX_NAME_AFTER && nameWord(k); k++) {
            if (words.is(k, NameLexicon.Kind.ORG_END) || words.is(k, NameLexicon.Kind.ORG_TAIL)) {
                return true;
            }
        }
        return false;
    }

    /** True for a dictionary name of a place or a body, not of a person ('Ronaldo' may be anyone's first name). */
    private static boolean placeOrBody(ActorDictionary.Match m) {
        return m != null && m.actor().type() != EntityType.PERSON;
    }

    /** True when a title's words end right before token {@code at} ('Gubernur Odesa', 'Wali Kota Odesa'). */
    private boolean titleEndsAt(int at) {
        for (int k = Math.max(0, at - MAX_TITLE_WORDS); k < at; k++) {
            if (words.phraseAt(k, NameLexicon.Kind.TITLE) == at - k) {
                return true;
            }
        }
        return false;
    }

    /** True for a capitalised word, not in capitals throughout, that is no common word. */
    private boolean nameWord(int k) {
        Token t = tokens.get(k);
        return t.isWord() && t.isCapitalized() && !t.text().equals(t.text().toUpperCase(Locale.ROOT))
                && !words.isCommon(k);
    }

    /**
     * True when a person's short name is followed by another capitalised word, not a day or month: the first name of
     * someone the dictionary does not know ({@code Letnan Kolonel Jean-Pierre Mbuyi} is not Karine Jean-Pierre).
     */
    private boolean firstNameOfAnother(ActorDictionary.Match m, int at) {
        if (m.actor().type() != EntityType.PERSON || m.length() >= NameKey.words(m.actor().name()).size()) {
            return false;
        }
        int next = at + m.length();
        if (next >= tokens.size() || !tokens.get(next).isWord() || !tokens.get(next).isCapitalized()) {
            return false;
        }
        String w = tokens.get(next).text();
        if (w.equals(w.toUpperCase(Locale.ROOT))) {
            return false; // 'HOW WILL OBAMA PLAY': a headline in capitals
        }
        if (next + 1 < tokens.size() && tokens.get(next + 1).isWord() && tokens.get(next + 1).isCapitalized()) {
            return false; // 'Make Johnson Great Again': words in title case, not a first and a last name
        }
        String folded = NameKey.fold(w);
        for (String own : NameKey.words(m.actor().name())) {
            if (folded.startsWith(NameKey.fold(own))) {
                return false; // 'Prabowo Subianto-Hatta Rajasa': the rest of the known name
            }
        }
        DateNames dates = DateNames.standard();
        return dates.weekday(w) == null && dates.month(w) == null;
    }
}
