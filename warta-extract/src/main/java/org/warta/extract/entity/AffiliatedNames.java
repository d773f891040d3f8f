package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;

/**
 * English names made modifiers by a hyphened participle ({@code the Hamas-run health ministry}, {@code Iran-backed
 * Houthi rebels}, {@code the Russian-installed governor}): the word is no part of the name around it, which is read
 * as if it were not there ({@code Gaza's Hamas-run health ministry} is {@code Gaza's health ministry}). The name
 * before the hyphen is no mention: as one it would be taken for the subject of the phrase it modifies ({@code
 * Haitian police and a Kenyan-led force said}). A dictionary name that holds such a word ({@code Saudi-led
 * coalition}) keeps it. Participles from {@code entity/definites.tsv}, kind {@code affiliation}.
 */
final class AffiliatedNames {
    private AffiliatedNames() {
    }

    /** {@code doc} with each such word left out of its sentences' tokens; {@code doc} itself when it has none. */
    static Document strip(Document doc, ActorDictionary dictionary) {
        List<Sentence> sentences = null;
        for (int si = 0; si < doc.sentences().size(); si++) {
            Sentence s = doc.sentences().get(si);
            List<Token> kept = null;
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int hyphen = affiliationHyphen(tokens.get(i));
                if (hyphen > 0 && !insideAName(dictionary, tokens, i)) {
                    if (kept == null) {
                        kept = new ArrayList<>(tokens.subList(0, i));
                    }
                } else if (kept != null) {
                    kept.add(tokens.get(i));
                }
            }
            if (kept != null) {
                if (sentences == null) {
                    sentences = new ArrayList<>(doc.sentences());
                }
                sentences.set(si, new Sentence(s.start(), s.end(), kept, s.paragraph()));
            }
        }
        return sentences == null ? doc : new Document(doc.text(), doc.language(), doc.published(), sentences);
    }

    /**
     * The hyphen's index in a capitalised word that ends in a participle of affiliation, or -1; a name written with a
     * lower-case particle counts as capitalised ({@code the al-Qaeda-linked group}).
     */
    private static int affiliationHyphen(Token t) {
        if (!t.isCapitalized() && !NameLexicon.standard().particleCompound(t.text())) {
            return -1; // most tokens: checked before the search for a hyphen
        }
        String w = t.text();
        int hyphen = w.lastIndexOf('-');
        if (hyphen < 1 || hyphen + 1 >= w.length() || !Character.isLowerCase(w.charAt(hyphen + 1))) {
            return -1;
        }
        return DefiniteNouns.standard().isAffiliation(w.substring(hyphen + 1)) ? hyphen : -1;
    }

    /** True when a dictionary name starting at most three tokens before {@code i} covers it. */
    private static boolean insideAName(ActorDictionary dictionary, List<Token> tokens, int i) {
        for (int from = Math.max(0, i - 3); from <= i; from++) {
            if (tokens.get(from).isWord()) {
                ActorDictionary.Match m = dictionary.longestAt(tokens, from);
                if (m != null && from + m.length() > i) {
                    return true;
                }
            }
        }
        return false;
    }
}
