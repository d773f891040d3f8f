package org.warta.extract.claim;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.extract.segment.Token;
import org.warta.model.ObjectCategory;
import org.warta.model.Predicate;
import org.warta.model.Stance;

/**
 * The claim finder's language knowledge, read once from {@code claim/*.tsv}: predicates with their voice, object
 * nouns, link words, attribution cues and response cues (Indonesian and English side by side).
 */
public final class ClaimLexicon {
    /**
     * Where a predicate's figure stands: after it (active), before it (passive), either side (stative); a loss
     * ({@code pasukan Rusia kehilangan 1.200 personel}) reads like active, but its subject is the side that suffers.
     */
    public enum Voice { ACTIVE, PASSIVE, STATIVE, LOSS }

    /** A predicate word with its voice. */
    public record PredicateWord(Predicate predicate, Voice voice) {
    }

    /** The kind in attribution.tsv of a phrase that holds a reporting word but reports nothing ('were admitted'). */
    private static final String NOT_A_CUE = "NOT_A_CUE";

    /** Closed-class roles of {@code claim/links.tsv}. */
    public enum Link {
        SEPARATOR, LEAD, AUX, STOP, SINGULAR, LOCATIVE, SINCE, UNTIL, PRONOUN, NOT_COUNTED, PLURAL, POSSESSIVE, SELF,
        NOUN_TAIL, ANAPHOR, SUBJECT_ADVERB, CLAUSE, OWNER, TOLL, TOLL_NOUN, MAKER, CAUSE, ATTACK, CLAIM_REFERENCE,
        ADMISSION, ONE, STATEMENT, BY, THAT, SUBSET, STATE, BASED, SCOPE, HABITUAL, INDEFINITE, QUALIFIER, ARMED_GROUP,
        NONE, CLAIM_NOUN, TOLL_COUNT, AMONG, TABLE_NOUN, GOVERNMENT, GENERIC, SOLDIER, OF_THEM, DESCRIPTOR, ALTERNATIVE,
        NAMED, THIRD_PERSON, RELATIVE, ARTICLE, ARMED_BODY, COORDINATOR, BODY_PRONOUN, BODY_NOUN, INVOLVEMENT, CORPSE,
        RUMOUR, CORPSE_ONLY, SALAH, FUGITIVE, PERSON_CLASSIFIER, MEDIUM, MOSTLY, TOPIC, LOSS_NOUN,
        MEASURED, ACCOUNTS, AGE, PARTITIVE, ARMS_ONLY, INCREMENT, PATIENT_ONLY, PATIENT, EARLIER, FIGURE_NOUN, FOUND_THING,
        TARGET, JUDGING, SECURITY_FORCE, LIST_JOIN, ADDITIVE, AIRBORNE_ONLY, MISSILE, JOINED_VERB, ATTACK_VERB, INCIDENT
    }

    /** Kinds of attribution words. */
    public enum Cue {
        SOURCE_BEFORE, SOURCE_AFTER, VIA_AFTER, CITES, PUBLISHER, TOLD;

        /** True for a word that names a relay or whom it quotes, not a speaker of the clause that follows. */
        boolean relays() {
            return this == VIA_AFTER || this == CITES || this == PUBLISHER;
        }
    }

    /**
     * How a party answers: the stance, whether the party stands after the words ({@code dibantah oleh X}), whether
     * the words count only after a noun for a claim and the party ({@code a claim the military rejected}), and whether
     * they judge a figure a reporting word's clause names ({@code said that figure was incorrect}).
     */
    public record ResponseWord(Stance stance, boolean partyAfter, boolean afterClaimNoun, boolean judged) {
    }

    private final PhraseMatcher<PredicateWord> predicates = new PhraseMatcher<>();
    private final PhraseMatcher<ObjectCategory> objects = new PhraseMatcher<>();
    private final java.util.Map<Link, PhraseMatcher<Link>> links = new java.util.EnumMap<>(Link.class);
    private final PhraseMatcher<Cue> cues = new PhraseMatcher<>();
    private final PhraseMatcher<ResponseWord> responses = new PhraseMatcher<>();
    /** Words that judge a figure named after a reporting word ({@code SAID} in responses.tsv: 'was far too low'). */
    private final PhraseMatcher<ResponseWord> judgements = new PhraseMatcher<>();
    private final java.util.Map<String, List<String>> endings = new java.util.HashMap<>();
    private final Set<String> linkWords;

    private ClaimLexicon() {
        for (LexiconRow r : LexiconFile.rows("claim/predicates.tsv")) {
            predicates.add(r.column(0), new PredicateWord(r.enumColumn(1, Predicate.class),
                    r.enumColumn(2, Voice.class)));
        }
        for (LexiconRow r : LexiconFile.rows("claim/objects.tsv")) {
            objects.add(r.column(0), r.enumColumn(1, ObjectCategory.class));
        }
        for (Link l : Link.values()) {
            links.put(l, new PhraseMatcher<>());
        }
        List<LexiconRow> linkRows = LexiconFile.rows("claim/links.tsv");
        for (LexiconRow r : linkRows) {
            Link l = r.enumColumn(1, Link.class);
            links.get(l).add(r.column(0), l);
        }
        // the words that mark a figure's phrase; a FIGURE_NOUN serves the responses alone, a SECURITY_FORCE noun the
        // claimants of arrests ('seorang polisi tewas' still counts a policeman), a LIST_JOIN word titles' holders,
        // an ADDITIVE word the carrying of a report into the next paragraph
        Set<Link> notMarking = java.util.EnumSet.of(Link.FIGURE_NOUN, Link.SECURITY_FORCE, Link.LIST_JOIN,
                Link.ADDITIVE);
        linkWords = linkRows.stream().filter(r -> !notMarking.contains(r.enumColumn(1, Link.class)))
                .map(r -> r.column(0)).collect(Collectors.toUnmodifiableSet());
        for (LexiconRow r : LexiconFile.rows("claim/endings.tsv")) {
            endings.computeIfAbsent(r.column(1), k -> new java.util.ArrayList<>()).add(r.column(0));
        }
        for (LexiconRow r : LexiconFile.rows("claim/attribution.tsv")) {
            if (r.column(1).equals(NOT_A_CUE)) {
                cues.block(r.column(0)); // 'were admitted' (to hospital): no 'admitted' that reports
            } else {
                cues.add(r.column(0), r.enumColumn(1, Cue.class));
            }
        }
        for (LexiconRow r : LexiconFile.rows("claim/responses.tsv")) {
            String where = r.column(2, "BEFORE").toUpperCase(java.util.Locale.ROOT);
            if (!where.equals("BEFORE") && !where.equals("AFTER") && !where.equals("CLAIM_BEFORE")
                    && !where.equals("SAID")) {
                throw new org.warta.extract.lexicon.LexiconException(r, "party position '" + r.column(2)
                        + "' is unknown; expected BEFORE, AFTER, CLAIM_BEFORE or SAID");
            }
            (where.equals("SAID") ? judgements : responses).add(r.column(0), new ResponseWord(
                    r.enumColumn(1, Stance.class), where.equals("AFTER"), where.equals("CLAIM_BEFORE"),
                    where.equals("SAID")));
        }
    }

    /** True when {@code word} ends with an ending of {@code kind} in {@code claim/endings.tsv} ('participle'). */
    public boolean endsAs(String word, String kind) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String e : endings.getOrDefault(kind, List.of())) {
            if (w.length() > e.length() && w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    public static ClaimLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ClaimLexicon STANDARD = new ClaimLexicon();
    }

    public PhraseMatcher<PredicateWord> predicates() {
        return predicates;
    }

    public PhraseMatcher<ObjectCategory> objects() {
        return objects;
    }

    public PhraseMatcher<Link> links(Link role) {
        return links.get(role);
    }

    public PhraseMatcher<Cue> cues() {
        return cues;
    }

    public PhraseMatcher<ResponseWord> responses() {
        return responses;
    }

    /** Words a claim noun may stand after a response word and still be what it answers ('the TTP's'). */
    private static final int CLAIM_NOUN_REACH = 4;

    /**
     * The response words of a sentence. A word that answers a claim named before it ({@code CLAIM_BEFORE}: 'a claim
     * the military rejected') answers as one with its party before it when a claim noun follows it within a few
     * words ({@code Gandapur rejected the TTP's claim}, {@code dismissed the group's figures}, {@code rejected
     * Manila's account}). The list returned is unmodifiable; the claim stage reads each sentence once through {@link
     * ArticleResponses}.
     */
    public List<PhraseMatcher.Match<ResponseWord>> responses(List<Token> tokens) {
        return List.copyOf(readResponses(tokens));
    }

    private List<PhraseMatcher.Match<ResponseWord>> readResponses(List<Token> tokens) {
        List<PhraseMatcher.Match<ResponseWord>> found = responses.find(tokens);
        addJudgements(tokens, found);
        for (int i = 0; i < found.size(); i++) {
            PhraseMatcher.Match<ResponseWord> m = found.get(i);
            if (m.value().afterClaimNoun() && claimNounAfter(tokens, m.to())) {
                found.set(i, new PhraseMatcher.Match<>(m.from(), m.to(), new ResponseWord(m.value().stance(),
                        false, false, false)));
            }
        }
        return found;
    }

    /** Tokens after a reporting word within which the noun of the figure it judges stands ('said that figure'). */
    private static final int JUDGED_NOUN_REACH = 5;
    /** Tokens after that noun within which the judgement starts ('menilai angka pengungsi yang sebenarnya jauh ...'). */
    private static final int JUDGEMENT_REACH = 6;

    /**
     * Adds to {@code found}, in token order, each judgement of a figure that a reporting or judging word's clause
     * names ('Esparza said that figure "is not correct"', 'menilai jumlah pengungsi lebih besar dari data BPBD',
     * 'described the figures given by residents as "inflated"'), as a response word that runs from the reporting
     * word, so that its party stands before it; none that overlaps a response found.
     */
    private void addJudgements(List<Token> tokens, List<PhraseMatcher.Match<ResponseWord>> found) {
        if (judgements.find(tokens).isEmpty()) {
            return;
        }
        boolean added = false;
        List<int[]> openers = new java.util.ArrayList<>(); // a reporting word's or a judging word's tokens
        for (PhraseMatcher.Match<Cue> cue : cues.find(tokens)) {
            if (cue.value() == Cue.SOURCE_BEFORE) {
                openers.add(new int[] {cue.from(), cue.to()});
            }
        }
        for (PhraseMatcher.Match<Link> judging : links.get(Link.JUDGING).find(tokens)) {
            openers.add(new int[] {judging.from(), judging.to()});
        }
        for (int[] opener : openers) {
            PhraseMatcher.Match<ResponseWord> j = judgementAfter(tokens, opener[1]);
            if (j != null && found.stream().noneMatch(m -> m.from() < j.to() && opener[0] < m.to())) {
                found.add(new PhraseMatcher.Match<>(opener[0], j.to(), j.value()));
                added = true;
            }
        }
        if (added) {
            found.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::from));
        }
    }

    /** The judgement after the noun of a figure or a claim that stands a few words after token {@code at}, or null. */
    private PhraseMatcher.Match<ResponseWord> judgementAfter(List<Token> tokens, int at) {
        for (int k = at; k < Math.min(tokens.size(), at + JUDGED_NOUN_REACH); k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",") || t.text().equals(".")) {
                return null;
            }
            if (links.get(Link.CLAIM_NOUN).longestAt(tokens, k, k + 1) != null
                    || links.get(Link.FIGURE_NOUN).longestAt(tokens, k, k + 1) != null) {
                for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + JUDGEMENT_REACH); j++) {
                    PhraseMatcher.Match<ResponseWord> m = judgements.longestAt(tokens, j, tokens.size());
                    if (m != null) {
                        return m;
                    }
                    if (tokens.get(j).text().equals(",") || tokens.get(j).text().equals(".")) {
                        return null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private boolean claimNounAfter(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + CLAIM_NOUN_REACH); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() && !t.isPossessive()) {
                return false;
            }
            if (links.get(Link.CLAIM_NOUN).longestAt(tokens, k, k + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code lowerCase} is a phrase of links.tsv, of any kind. */
    boolean isLinkWord(String lowerCase) {
        return linkWords.contains(lowerCase);
    }

    /** Number of distinct link phrases: for the load test. */
    public int linkCount() {
        return linkWords.size();
    }
}
