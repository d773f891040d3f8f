package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.warta.extract.entity.tagger.Clue;
import org.warta.extract.entity.tagger.NameTagger;
import org.warta.extract.entity.tagger.TaggedName;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * Joins the trained tagger's names with the rules' in one sentence. The tagger decides where names are and what
 * type they have; a rule name on the same words lends it its actor and role (and its type, when it is a dictionary
 * actor or a person named with a title). A dictionary name or a name typed by its title or head word stays unless
 * a tagger name reaches past it ({@code Kabupaten Pati Provinsi Jawa Tengah} over {@code Jawa Tengah}): the longer
 * name the dictionary knows wins over the pieces the tagger sees in it ({@code militer Armenia}, {@code Organisasi
 * Keamanan dan Kerja Sama Eropa}). A person named with a title or from the dictionary stays in any case (roles and
 * speakers hang on it), and so does a person the rules found by a reporting cue ({@code kata Anis}). The rules'
 * other guesses from capitals and context give way to the tagger.
 */
final class TaggedMentions {
    private final Supplier<NameTagger> tagger;
    private final TokenClues clues;

    /** {@code tagger} is asked for the tagger on the first sentence that needs it. */
    TaggedMentions(Supplier<NameTagger> tagger, TokenClues clues) {
        this.tagger = tagger;
        this.clues = clues;
    }

    /** The merged names; {@code hits}: the sentence's dictionary matches, shared with the rules. */
    List<Mention> merge(Sentence sentence, DictionaryHits hits, List<Mention> rules) {
        List<Token> tokens = sentence.tokens();
        if (tokens.stream().noneMatch(Token::isCapitalized)) {
            return rules; // no capital anywhere: no name to find, and the tagger's cost saved
        }
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        int[] bits = clues.of(tokens, hits);
        List<Mention> names = new ArrayList<>();
        for (TaggedName t : tagger.get().tag(words, bits)) {
            names.add(Mention.name(tokens.get(t.from()).start(), tokens.get(t.to() - 1).end(), t.type(), null, 1));
        }
        List<Mention> out = new ArrayList<>();
        List<Mention> sure = new ArrayList<>();
        boolean[] taken = new boolean[names.size()];
        for (Mention r : rules) {
            int same = -1;
            for (int k = 0; k < names.size(); k++) {
                if (names.get(k).start() == r.start() && names.get(k).end() == r.end()) {
                    same = k;
                }
            }
            int wider = same < 0 && titledPerson(r) ? widerPerson(r, names, taken, rules) : -1;
            if (wider >= 0) {
                // 'Stephen R. Covey' where the rules stopped at 'Stephen R': the tagger's span, the rules' role
                taken[wider] = true;
                Mention t = names.get(wider);
                out.add(new Mention(t.start(), t.end(), EntityType.PERSON, r.actor(), r.evidence(), r.roleStart(),
                        r.roleEnd(), r.roleSector(), false));
            } else if (r.pronoun() || same < 0 && titledPerson(r)) {
                out.add(r);
            } else if (same >= 0) {
                taken[same] = true;
                EntityType type = r.actor() != null || titledPerson(r) || reportedSpeaker(r, tokens, bits) ? r.type()
                        : names.get(same).type();
                out.add(new Mention(r.start(), r.end(), type, r.actor(), Math.max(1, r.evidence()), r.roleStart(),
                        r.roleEnd(), r.roleSector(), false));
            } else if (r.actor() != null || r.evidence() >= 2 || reportedSpeaker(r, tokens, bits)) {
                sure.add(r);
            }
        }
        List<Mention> candidates = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            if (!taken[k] && overlapsNone(names.get(k), out)) {
                candidates.add(names.get(k));
            }
        }
        for (Mention r : sure) {
            boolean covers = true;
            for (Mention t : candidates) {
                if (overlap(t, r)) {
                    covers &= r.start() <= t.start() && t.end() <= r.end();
                }
            }
            if (covers && overlapsNone(r, out)) {
                out.add(r);
            }
        }
        for (Mention t : candidates) {
            if (overlapsNone(t, out)) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * The tagger's person name that holds {@code r} and more, or -1; never one that would swallow another name
     * the rules are sure of ({@code PBB} in {@code Sekjen PBB Antonio Guterres}).
     */
    private static int widerPerson(Mention r, List<Mention> names, boolean[] taken, List<Mention> rules) {
        for (int k = 0; k < names.size(); k++) {
            Mention t = names.get(k);
            if (!taken[k] && t.type() == EntityType.PERSON && t.start() <= r.start() && r.end() <= t.end()
                    && rules.stream().noneMatch(o -> o != r && !o.pronoun() && overlap(o, t)
                    && (o.actor() != null || o.evidence() >= 2))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean overlap(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static boolean overlapsNone(Mention m, List<Mention> others) {
        for (Mention o : others) {
            if (overlap(m, o)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A person the rules typed by a reporting cue next to the name ({@code kata Anis}, {@code Anis mengatakan}):
     * news quotes hang on these, and the tagger, trained on encyclopaedia text, rarely saw them.
     */
    private static boolean reportedSpeaker(Mention m, List<Token> tokens, int[] bits) {
        if (m.type() != EntityType.PERSON || m.evidence() < 1) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == m.start() && i > 0 && (bits[i - 1] & Clue.PERSON_CUE.bit()) != 0) {
                return true;
            }
            if (tokens.get(i).end() == m.end()) {
                return i + 1 < tokens.size() && (bits[i + 1] & Clue.PERSON_AFTER.bit()) != 0;
            }
        }
        return false;
    }

    private static boolean titledPerson(Mention m) {
        return m.type() == EntityType.PERSON && (m.hasRole() || m.actor() != null);
    }
}
