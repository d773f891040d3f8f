package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.warta.extract.entity.tagger.NameTagger;
import org.warta.extract.entity.tagger.TaggedName;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * Joins the trained tagger's names with the rules' in one sentence. The tagger decides where names are and what
 * type they have: the word lists and dictionaries are among its features already, so the rules do not override it
 * where it has spoken. A rule name on the tagger's very words lends it its actor and role, and its type when it is
 * a dictionary actor or a person named with a title or a reporting cue ({@code kata Anis}: quotes hang on these);
 * but an office before words the tagger reads as an organisation is that organisation's office ({@code ketua umum
 * HKTI}), and with no cue or dictionary to say person the organisation stands. A
 * titled person the tagger reads wider takes the tagger's span and keeps the rule's role ({@code Stephen R.
 * Covey}) or narrower; one inside a wider tagger name of another type gives way ({@code Puncak Datuk Panglima
 * Husin}), and otherwise it stays (roles and speakers hang on it). A dictionary actor or a name typed by its head
 * word stays over the tagger's names it holds ({@code militer Armenia} over {@code Armenia}: the record needs the
 * actor, though NERGrit would tag only the country). Where the tagger found nothing, a rule name stays only on
 * strong evidence: a dictionary actor, a titled person, or a person a reporting cue points to. The rules' other
 * guesses (from head words, capitals and context) give way: measured on NERGrit's validation split, they cost more
 * names than they found.
 */
final class TaggedMentions {
    /** Adverbs that may stand between a person and the reporting verb that makes them a speaker. */
    private static final int MAX_ADVERBS = 2;
    private final Supplier<NameTagger> tagger;
    private final TokenClues clues;
    private final NameLexicon lexicon;

    /** {@code tagger} is asked for the tagger on the first sentence that needs it. */
    TaggedMentions(Supplier<NameTagger> tagger, TokenClues clues, NameLexicon lexicon) {
        this.tagger = tagger;
        this.clues = clues;
        this.lexicon = lexicon;
    }

    /** The merged names; {@code hits}, {@code listed}: the sentence's dictionary and word-list matches, shared with the rules. */
    List<Mention> merge(Sentence sentence, DictionaryHits hits, LexiconHits listed, List<Mention> rules) {
        List<Token> tokens = sentence.tokens();
        if (tokens.stream().noneMatch(Token::isCapitalized)) {
            return rules; // no capital anywhere: no name to find, and the tagger's cost saved
        }
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        int[] bits = clues.of(tokens, hits, listed);
        List<Mention> names = new ArrayList<>();
        for (TaggedName t : tagger.get().tag(words, bits)) {
            // a common word opening the sentence is no part of the name after it ('Melansir Anadolu Agency, ...')
            int from = t.from() == 0 && t.to() > 1 && listed.isCommon(0) ? 1 : t.from();
            int to = t.to();
            while (t.type() == EntityType.ORGANIZATION && from < to - 1 && tokens.get(from).isWord()
                    && !tokens.get(from).isCapitalized()) {
                from++; // 'jaringan internasional Malaysia-Indonesia': a lower-case word opens no organisation
            }
            while (t.type() == EntityType.PERSON && to < tokens.size()
                    && lexicon.particleCompound(tokens.get(to).text())) {
                to++; // 'Yahya Abdulmalik al-Qudsi': the tagger stops before the lower-case particle
            }
            names.add(Mention.name(tokens.get(from).start(), tokens.get(to - 1).end(), t.type(), null, 1));
        }
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[names.size()];
        List<Mention> rest = new ArrayList<>();
        for (Mention r : rules) {
            Mention firm = r.pronoun() ? r : firm(r, names, taken, rules, tokens);
            if (firm == r && !r.pronoun() && !titledPerson(r)) {
                rest.add(r);
            } else if (firm != null) {
                out.add(firm);
            }
        }
        for (int k = 0; k < names.size(); k++) {
            names.set(k, beforeATitledPerson(names.get(k), out, tokens, listed));
            taken[k] |= !overlapsNone(names.get(k), out); // a tagger name across a firm one was misread
        }
        for (Mention r : rest) {
            if (overlapsNone(r, out) && strong(r, names, taken, tokens)) {
                out.add(r);
            }
        }
        for (int k = 0; k < names.size(); k++) {
            if (!taken[k] && overlapsNone(names.get(k), out)) {
                out.add(names.get(k));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * Rule name {@code r} where it is firm: on the tagger's very words (it lends its actor, role and maybe type), or
     * a titled person. Null when it gives way; {@code r} itself when it is for {@link #strong} to judge.
     */
    private Mention firm(Mention r, List<Mention> names, boolean[] taken, List<Mention> rules, List<Token> tokens) {
        boolean insideOther = false;
        for (int k = 0; k < names.size(); k++) {
            Mention t = names.get(k);
            if (t.start() == r.start() && t.end() == r.end()) {
                taken[k] = true;
                boolean speaker = reportedSpeaker(r, tokens);
                if (r.actor() == null && !speaker && titledPerson(r) && t.type() == EntityType.ORGANIZATION) {
                    return Mention.name(r.start(), r.end(), t.type(), null, Math.max(1, r.evidence()));
                }
                EntityType type = r.actor() != null || titledPerson(r) || speaker || r.evidence() >= 2 ? r.type()
                        : t.type();
                return new Mention(r.start(), r.end(), type, r.actor(), Math.max(1, r.evidence()), r.roleStart(),
                        r.roleEnd(), r.roleSector(), false);
            }
            insideOther |= overlap(t, r) && t.type() != r.type() && t.start() <= r.start() && r.end() <= t.end()
                    && !startsInsideTheRole(t, r, tokens); // 'Wali Kota Odesa Ihor Kovalchuk' read as a place 'Kota ...'
        }
        if (!titledPerson(r)) {
            return r;
        }
        int wider = widerPerson(r, names, taken, rules);
        if (wider >= 0) {
            taken[wider] = true;
            Mention t = names.get(wider);
            // a dictionary person's surname inside a wider name with none of the person's other names is someone
            // else's ('Ahmad Widodo' is not Joko Widodo): the wider name, without the actor
            Actor actor = r.actor() != null && r.actor().type() == EntityType.PERSON && t.start() < r.start()
                    && r.actor().surnameOfAnother(tokens, Token.indexAt(tokens, t.start()),
                            Token.indexAt(tokens, r.start()))
                    ? null : r.actor();
            return new Mention(t.start(), t.end(), EntityType.PERSON, actor, r.evidence(), r.roleStart(),
                    r.roleEnd(), r.roleSector(), false);
        }
        return insideOther && r.actor() == null && r.evidence() < 3 ? null : r; // 3: after a place the article named
    }

    /**
     * True for a rule name that stays beside the tagger's: where the tagger found nothing, a dictionary actor or a
     * person a reporting cue points to; where it found names, a dictionary actor or a name typed by its head word
     * that holds them all ({@code militer Armenia} over {@code Armenia}). Takes the tagger names it holds.
     */
    private boolean strong(Mention r, List<Mention> names, boolean[] taken, List<Token> tokens) {
        boolean any = false;
        boolean covers = true;
        for (int k = 0; k < names.size(); k++) {
            Mention t = names.get(k);
            if (!taken[k] && overlap(t, r)) {
                any = true;
                covers &= r.start() <= t.start() && t.end() <= r.end();
            }
        }
        if (!any) {
            return r.actor() != null || reportedSpeaker(r, tokens);
        }
        if (!covers || r.actor() == null && r.evidence() < 2) {
            return false;
        }
        for (int k = 0; k < names.size(); k++) {
            taken[k] |= overlap(names.get(k), r);
        }
        return true;
    }

    /**
     * The tagger's person name on {@code r}'s words, or -1: one that holds {@code r} and more ({@code Stephen R.
     * Covey} where the rules stopped at {@code Stephen R}), or, for a name no dictionary knows, one that opens it
     * ({@code Abdullah Sitopan} where the rules read on into the degree {@code BA}; not {@code Priyono Wibowo} inside
     * a titled {@code Agus Priyono Wibowo} whose first name the tagger gave to the role's place); never one that would
     * swallow another name the rules are sure of ({@code PBB} in {@code Sekjen PBB Antonio Guterres}).
     */
    private static int widerPerson(Mention r, List<Mention> names, boolean[] taken, List<Mention> rules) {
        for (int k = 0; k < names.size(); k++) {
            Mention t = names.get(k);
            boolean holds = t.start() <= r.start() && r.end() <= t.end()
                    && !(r.hasRole() && t.start() < r.start()); // 'BPBD Agam Budi Permana': the role's place stays
            boolean inside = r.actor() == null && r.start() <= t.start() && t.end() <= r.end()
                    && !(r.hasRole() && t.start() > r.start() && crossesTheStart(r, names));
            if (!taken[k] && t.type() == EntityType.PERSON && (holds || inside)
                    && rules.stream().noneMatch(o -> o != r && !o.pronoun() && overlap(o, t)
                    && (o.actor() != null || o.evidence() >= 2))) {
                return k;
            }
        }
        return -1;
    }

    /** True when a tagger name of another type runs from before {@code r} into it ('[Kabupaten Banjarnegara Agus]'). */
    private static boolean crossesTheStart(Mention r, List<Mention> names) {
        for (Mention o : names) {
            if (o.type() != EntityType.PERSON && o.start() < r.start() && r.start() < o.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tagger name {@code t} cut before the titled person it runs on into from inside the person's role ({@code Ketua
     * Umum [Partai Golkar Aburizal Bakrie]} -> {@code Partai Golkar}); {@code t} itself otherwise.
     */
    private static Mention beforeATitledPerson(Mention t, List<Mention> firm, List<Token> tokens, LexiconHits listed) {
        for (Mention p : firm) {
            if (t.type() != EntityType.PERSON && titledPerson(p) && startsInsideTheRole(t, p, tokens)
                    && p.end() <= t.end()) {
                int role = Token.indexAt(tokens, p.roleStart());
                int first = Math.max(Token.indexAt(tokens, t.start()),
                        role + listed.phraseAt(role, NameLexicon.Kind.TITLE));
                int last = Token.indexAt(tokens, p.start()) - 1; // past the title's words ('Wali [Kota'), to the person
                while (last >= first && !tokens.get(last).isWord()) {
                    last--;
                }
                return last >= first ? Mention.name(tokens.get(first).start(), tokens.get(last).end(), t.type(), null,
                        t.evidence()) : t;
            }
        }
        return t;
    }

    /**
     * True when tagger name {@code t} starts after the first word of {@code r}'s role, {@code r} a name of two words
     * or more: it cut the title in two ('Camat Batam Kota' is no person 'Kota').
     */
    private static boolean startsInsideTheRole(Mention t, Mention r, List<Token> tokens) {
        return r.hasRole() && r.roleStart() < t.start() && t.start() < r.start()
                && Token.indexAt(tokens, r.end()) - Token.indexAt(tokens, r.start()) >= 2;
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
     * A person the rules found next to a reporting cue ({@code kata Anis}, {@code Anis mengatakan}): news quotes hang
     * on these, and the tagger, trained on encyclopaedia text, rarely saw them.
     */
    private boolean reportedSpeaker(Mention m, List<Token> tokens) {
        if (m.type() != EntityType.PERSON || m.evidence() < 1) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == m.start() && i > 0
                    && lexicon.is(tokens.get(i - 1), NameLexicon.Kind.REPORTING)) {
                return true;
            }
            if (tokens.get(i).end() == m.end()) {
                int v = i + 1;
                while (v < tokens.size() && v <= i + MAX_ADVERBS && !lexicon.is(tokens.get(v), NameLexicon.Kind.REPORTING)
                        && isAdverbLike(tokens.get(v))) {
                    v++; // 'Sebby juga mengklaim'
                }
                return v < tokens.size() && lexicon.is(tokens.get(v), NameLexicon.Kind.REPORTING);
            }
        }
        return false;
    }

    /** A short lower-case word between a speaker and the reporting verb ({@code juga}, {@code pun}, {@code also}). */
    private static boolean isAdverbLike(Token t) {
        return t.isWord() && !t.isCapitalized() && t.text().length() <= 7;
    }

    private static boolean titledPerson(Mention m) {
        return m.type() == EntityType.PERSON && (m.hasRole() || m.actor() != null);
    }
}
