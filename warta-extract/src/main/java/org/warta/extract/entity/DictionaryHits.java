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

    DictionaryHits(ActorDictionary dictionary, List<Token> tokens) {
        this.dictionary = dictionary;
        this.tokens = tokens;
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

    /**
     * As {@link #at}, less a person's short name that begins someone else's full name: what the name rules read
     * (the tagger's clues keep every match, as the model was trained on them).
     */
    ActorDictionary.Match named(int at) {
        ActorDictionary.Match m = at(at);
        return m != null && firstNameOfAnother(m, at) ? null : m;
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
