package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * A word of a person's full name written again alone later in the article ({@code Brigjen Ronaldo Dizon ... Dizon
 * menolak tuduhan itu}, {@code Menurut Dizon, ...}) names that person, wherever the tagger and the name rules passed
 * it over: press style gives the full name once and the surname or first name after. Only a capitalised word that
 * stands alone (no capitalised word but a common one next to it), outside every name found but a known place on the
 * word itself ('Baguio said' after 'Ronaldo Baguio'), that no other person's name holds, and that is no common word;
 * {@link MentionGroups} then joins it to the full name.
 */
final class RepeatedNames {
    /** Letters of the shortest name word taken alone ('Al' or 'Bin' are not). */
    private static final int MIN_LETTERS = 3;

    private RepeatedNames() {
    }

    /** The new mentions, for the words of the persons' full names in {@code found}. */
    static List<Mention> find(Document doc, List<Mention> found, List<LexiconHits> listedBySentence) {
        String text = doc.text();
        Map<String, Integer> firstUse = new HashMap<>(); // a name word -> where its full name is first written
        Map<String, Mention> owner = new HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>(); // words two persons' names hold: they name neither
        for (Mention m : found) {
            if (m.type() != EntityType.PERSON || m.pronoun()) {
                continue;
            }
            String[] words = text.substring(m.start(), m.end()).split(" ");
            if (words.length < 2) {
                continue;
            }
            for (String w : words) {
                if (w.length() < MIN_LETTERS || !Character.isUpperCase(w.charAt(0))) {
                    continue;
                }
                Mention before = owner.putIfAbsent(w, m);
                if (before != null && !sameName(text, before, m)) {
                    shared.add(w);
                }
                firstUse.merge(w, m.start(), Math::min);
            }
        }
        firstUse.keySet().removeAll(shared);
        List<Mention> out = new ArrayList<>();
        if (firstUse.isEmpty()) {
            return out;
        }
        List<Sentence> sentences = doc.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            for (int i = 0; i < t.size(); i++) {
                Token w = t.get(i);
                Integer from = firstUse.get(w.text());
                LexiconHits listed = listedBySentence.get(si);
                if (from == null || w.start() <= from || listed.isCommon(i)
                        || i > 0 && nameWord(t.get(i - 1), listed, i - 1)
                        || i + 1 < t.size() && nameWord(t.get(i + 1), listed, i + 1)
                        || covered(found, w.start(), w.end()) && !placeOnTheWord(found, w)) {
                    continue;
                }
                out.add(Mention.name(w.start(), w.end(), EntityType.PERSON, null, 1));
            }
        }
        return out;
    }

    private static boolean sameName(String text, Mention a, Mention b) {
        return text.substring(a.start(), a.end()).equals(text.substring(b.start(), b.end()));
    }

    /** True for a capitalised word that may be part of a name ('Menurut' opening a sentence is not). */
    private static boolean nameWord(Token t, LexiconHits listed, int at) {
        return t.isWord() && t.isCapitalized() && !listed.isCommon(at);
    }

    /**
     * True when the only name on the word is a place the dictionary knows ('Baguio said ...' after 'Lieutenant Colonel
     * Ronaldo Baguio'): the person's name is the likelier reading; {@link #find}'s caller drops the place.
     */
    static boolean placeOnTheWord(List<Mention> found, Token w) {
        for (Mention m : found) {
            if (m.start() < w.end() && w.start() < m.end() && !(m.start() == w.start() && m.end() == w.end()
                    && m.type() == EntityType.LOCATION && m.actor() != null && m.actor().isPlace())) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
