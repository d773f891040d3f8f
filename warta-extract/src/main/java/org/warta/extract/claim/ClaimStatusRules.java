package org.warta.extract.claim;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.warta.extract.claim.ClaimLexicon.ResponseWord;
import org.warta.extract.claim.EntityIndex.Mention;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.ClaimStatus;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.ObjectCategory;
import org.warta.model.Predicate;
import org.warta.model.Response;
import org.warta.model.Stance;

/**
 * Status and responses. A figure the outlet states in its own voice, or a neutral source gives, is REPORTED; one
 * a side in the events asserts is CLAIMED. A party's answer to the figures before it ({@code Armenia belum
 * berkomentar}, {@code denied}, {@code membenarkan}) is a response to every claim of the claimant it answers, and
 * a silence or denial also to the party claims just before it of others on that claimant's side ({@code militer
 * Ukraina ... Juru bicara X ... Moskow belum menanggapi}; {@code RSF mengklaim ... kata juru bicara RSF ... Militer
 * Sudan membantah}); an independent
 * confirmation makes a claim CONFIRMED, a denial DENIED, and two sides' different figures for the same kind of loss
 * DISPUTED on both. A response whose claimant is not found still answers: the last figures before it when it refers
 * back to a claim ({@code dismissed the claim}, {@code membantah kabar tersebut}), else, from a party, the figures of
 * what it is said to have done ({@code The RSF did not respond}).
 */
final class ClaimStatusRules {
    static final Set<String> PARTY_SECTORS = Set.of("MIL", "REB", "INS", "OPP", "GOV", "COP", "SPY");
    private static final int MAX_GAP = 4;
    /** Words between a channel word and the name it opens ('melalui Kapendam XVII/Cenderawasih'). */
    private static final int MAX_CHANNEL_WORDS = 4;
    /** Words after a response word in which it may name the figure it answers ('mempersoalkan jumlah orang ...'). */
    private static final int NAMED_FIGURE_WORDS = 8;
    /** Sentences back to a figure a response names by its predicate or by the thing it counts. */
    private static final int NAMED_FIGURE_REACH = 6;
    /** Predicates too common in a story to tell one figure by ('membantah ada anggota TPNPB yang tewas'). */
    private static final Set<Predicate> LOSSES = Set.of(Predicate.KILLED, Predicate.WOUNDED,
            Predicate.KILLED_OR_WOUNDED, Predicate.MISSING);
    /** Words from a response word to the claim noun whose owner it names ('rejected the Afghan claim'). */
    private static final int CLAIM_OWNER_WORDS = 4;
    /** Sentences back to the figures a response that refers to 'the claim' answers when no claimant was found. */
    private static final int CLAIM_REFERENCE_REACH = 3;
    /** Tokens between a denial and the word that makes it one of an act ('membantah kliennya terlibat'). */
    private static final int MAX_ACT_GAP = 3;
    /** Tokens after a response word within which a plural word for the accounts answered stands ('the accounts'). */
    private static final int ACCOUNTS_WORDS = 3;
    /** Characters after a figure's counted noun in which the size it is told by is written ('3 kilogram'). */
    private static final int SIZE_CHARS = 12;
    /** Tokens after a response word within which a word saying what it is about may stand, past its party's name. */
    private static final int TOPIC_REACH = 8;
    /** Tokens after such a word in which the matter answered is named. */
    private static final int TOPIC_WORDS = 6;
    /** Tokens of a relative clause between a party and its response ('Rwanda, yang dituding ..., belum menanggapi'). */
    private static final int MAX_RELATIVE_CLAUSE = 20;
    /**
     * Sentences back over which a response to one side's claims also reaches that side's other speakers: a silence
     * answers what was just said; a denial ('membantah versi militer') the side's whole account.
     */
    private static final int SAME_SIDE_REACH = 3;
    private static final int SAME_SIDE_DENIAL_REACH = 8;

    private final ClaimLexicon lex;
    private final ArticleResponses responses;
    private final EntityIndex index;
    private final List<DateMention> dates;

    ClaimStatusRules(ClaimLexicon lex, ArticleResponses responses, EntityIndex index, List<DateMention> dates) {
        this.lex = lex;
        this.responses = responses;
        this.index = index;
        this.dates = dates;
    }

    void apply(Document doc, List<ClaimDraft> drafts) {
        for (ClaimDraft d : drafts) {
            d.status = d.claimant == null || !isParty(d) ? ClaimStatus.REPORTED : ClaimStatus.CLAIMED;
        }
        List<Sentence> sentences = doc.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (PhraseMatcher.Match<ResponseWord> m : responses.of(s.tokens())) {
                Entity party = party(doc.text(), s, m);
                if (party == null) {
                    party = lastSourceForAPronoun(s, m, si, drafts); // 'It denied the military's figure ...'
                }
                if (party == null || !lex.links(ClaimLexicon.Link.HABITUAL).find(s.tokens(), Math.max(0, m.from() - 3),
                        m.from()).isEmpty()) {
                    continue; // 'Moskow selama ini membantah menyasar warga sipil': a standing line, no answer
                }
                List<Token> t = s.tokens();
                Response r = new Response(party.id(), m.value().stance(), t.get(m.from()).start(),
                        t.get(m.to() - 1).end());
                int sentence = si;
                // a rumour ('membantah kabar ... bahwa 20 orang tewas') answers no one's earlier figures; a named
                // claim with its figure ('rejected the Afghan claim of 46 soldiers killed') that figure alone
                boolean rumour = namedAfter(ClaimLexicon.Link.RUMOUR, t, m, MAX_ACT_GAP) || m.value().judged()
                        && !lex.links(ClaimLexicon.Link.RUMOUR).find(t, m.from(), m.to()).isEmpty(); // 'kabar itu hoaks'
                if (m.value().judged() && !rumour && refersToAClaim(t, m)) {
                    answerTheLastFigures(drafts, si, party, r); // 'Esparza said that figure "is not correct"'
                    continue;
                }
                boolean deniesHere = m.value().stance() == Stance.DENIED && (rumour || drafts.stream().anyMatch(d ->
                        d.deniedInItsSentence && d.sentence == sentence && d.figure.countStart() > r.start()));
                boolean toAStatement = !deniesHere && answersAStatement(doc, si, drafts, party);
                Entity target = deniesHere || toAStatement || bareDenialOfWhatItDid(t, m, drafts, si, party) ? null
                        : target(doc, s, si, drafts, party, m);
                boolean ownAccount = namesTheAccount(t, m) && onlyOwnLosses(drafts, target, si);
                // 'membantah kliennya terlibat'
                boolean ofAnAct = namedAfter(ClaimLexicon.Link.INVOLVEMENT, t, m, MAX_ACT_GAP);
                if (m.value().stance() == Stance.CONFIRMED && namedAfter(ClaimLexicon.Link.ATTACK, t, m, MAX_ACT_GAP)) {
                    continue; // 'confirmed the attack but gave a lower toll': the event, not its figures
                }
                if (aboutAnotherTopic(t, m)) {
                    continue; // 'belum ada tanggapan dari kantor Perdana Menteri terkait kemungkinan serangan balasan'
                }
                // 'rejected the accounts', 'menepis laporan-laporan itu': every account of another side before it
                boolean everyAccount = !deniesHere && !toAStatement && m.value().stance() != Stance.NO_COMMENT
                        && m.value().stance() != Stance.CONFIRMED && !lex.links(ClaimLexicon.Link.ACCOUNTS)
                        .find(t, m.from(), Math.min(t.size(), m.to() + ACCOUNTS_WORDS)).isEmpty();
                ClaimDraft named = deniesHere || toAStatement || everyAccount || m.value().afterClaimNoun() ? null
                        : namedFigure(doc.text(), t, m, si, r.start(), drafts, party);
                if (named != null) {
                    named.addResponse(r); // 'membantah kliennya menyimpan senjata api': the seized arms, whoever
                    continue;             // gave them
                }
                if (r.stance() == Stance.NO_COMMENT && !toAStatement && namesNothing(t, m)
                        && answerTheLeadOfAnotherSide(doc, drafts, si, party, r)) {
                    continue; // 'The Kremlin did not immediately respond ...': the story's lead, not the last figures
                }
                for (ClaimDraft d : drafts) {
                    if (deniesHere) {
                        if ((d.deniedInItsSentence || rumour) && d.sentence == si
                                && d.figure.countStart() > r.start()) {
                            d.addResponse(r);
                        }
                        continue;
                    }
                    if (ofAnAct && d.agent != null && !EntityIndex.sameSide(d.agent, party)) {
                        continue; // a denial of taking part answers no figure of what another side did
                    }
                    if ((admitsOwnLoss(doc, d) || ownSoldiers(d) && !ownAccount)
                            && !EntityIndex.sameSide(party, d.claimant)) {
                        // 'Somchai mengakui dua tentara Thailand tewas': Cambodia's denial is not of this; but 'rejected
                        // the account' of a side that gave only its own wounded answers them
                        continue;
                    }
                    if (m.value().afterClaimNoun() && d.sentence != si) {
                        continue; // 'a claim the military rejected' answers the figures of its own sentence
                    }
                    if (everyAccount && d.claimant != null && d.sentence < si
                            && !EntityIndex.sameSide(d.claimant, party)
                            && (d.agent == null || EntityIndex.sameSide(d.agent, party))) {
                        d.addResponse(r); // 'The RSF rejected the accounts': the doctors' and the witnesses' alike
                        continue;
                    }
                    if (target != null && d.claimant != null && d.sentence <= si && (d.claimant.id().equals(target.id())
                            || answersTheSide(r, d, target) && si - d.sentence <= (r.stance() == Stance.NO_COMMENT
                            ? SAME_SIDE_REACH : SAME_SIDE_DENIAL_REACH))) {
                        d.addResponse(r);
                    }
                }
                // 'Mr Kipyegon dismissed the claim as propaganda'; 'Kodam XV membantah kabar tersebut', hearsay before
                if ((!deniesHere || rumour) && !toAStatement && !ofAnAct && !answered(drafts, r)
                        && refersToAClaim(t, m)) {
                    answerTheLastFigures(drafts, si, party, r);
                }
                // 'The RSF did not respond', 'RSF membantah terlibat'; not 'X mengatakan ..., tuduhan yang dibantah Y';
                // and when it answered a claimant, about what befell people, also what others say its side did ('The
                // Kremlin did not respond to a request for comment on the civilian casualties': the toll of the
                // Russian strike that the governor gave too, not only the last figures)
                boolean answeredOne = answered(drafts, r);
                boolean alsoWhatItDid = answeredOne && !m.value().afterClaimNoun() && aboutPeople(t, m);
                if (!deniesHere && !toAStatement && r.stance() != Stance.CONFIRMED
                        && (!answeredOne || alsoWhatItDid) && lex.cues().find(t, 0, m.from()).isEmpty()) {
                    answerWhatItDid(doc, drafts, si, party, r, alsoWhatItDid);
                    if (!answered(drafts, r) && !rumour && !ofAnAct && !namedBefore(party, s.start())) {
                        answerTheLead(drafts, si, party, r); // 'The Kremlin did not respond to a request for comment'
                    }
                }
            }
        }
        for (ClaimDraft d : drafts) {
            if (has(d, Stance.DENIED)) {
                d.status = ClaimStatus.DENIED;
            } else if (has(d, Stance.CONFIRMED)) {
                d.status = ClaimStatus.CONFIRMED;
            } else if (has(d, Stance.DISPUTED)) {
                d.status = ClaimStatus.DISPUTED; // 'The National Police Service rejected the figures'
            }
        }
        disputes(drafts);
    }

    /**
     * The last figure, in the few sentences up to the response, that the words right after the response word name
     * by the thing it counts ({@code membantah kliennya menyimpan senjata api} after {@code menyita tiga pucuk senjata
     * api}; people are too common a thing to tell) or by its predicate ({@code mempersoalkan jumlah orang yang
     * diamankan} after {@code mengamankan 19 orang}; not deaths, wounds and the missing, as common); a figure the
     * party gave itself is no answer, and words that name a claim ({@code klaim}, {@code the toll}) leave it to the
     * claimant rules. Null when none, or when two different figures are so named.
     */
    private ClaimDraft namedFigure(String text, List<Token> t, PhraseMatcher.Match<ResponseWord> m, int si,
                                   int responseStart, List<ClaimDraft> drafts, Entity party) {
        int to = Math.min(t.size(), m.to() + NAMED_FIGURE_WORDS);
        if (namedAfter(ClaimLexicon.Link.CLAIM_NOUN, t, m, NAMED_FIGURE_WORDS)) {
            return null; // 'tidak menanggapi klaim soal jet tempur ...': whose claim, the claimant rules tell
        }
        Set<Predicate> predicates = java.util.EnumSet.noneOf(Predicate.class);
        for (PhraseMatcher.Match<ClaimLexicon.PredicateWord> p : lex.predicates().find(t, m.to(), to)) {
            if (!LOSSES.contains(p.value().predicate())) {
                predicates.add(p.value().predicate());
            }
        }
        Set<String> things = new java.util.HashSet<>();
        for (PhraseMatcher.Match<ObjectCategory> o : lex.objects().find(t, m.to(), to)) {
            if (!FigureReader.PERSONS.contains(o.value())) {
                things.add(t.get(o.from()).lower());
            }
        }
        if (predicates.isEmpty() && things.isEmpty() && sizeNamed(t, m.to(), to, null) == null) {
            return null;
        }
        ClaimDraft last = null;
        for (ClaimDraft d : drafts) {
            if (d.sentence > si || si - d.sentence > NAMED_FIGURE_REACH
                    || d.sentence == si && d.figure.countStart() > responseStart
                    || d.claimant != null && EntityIndex.sameSide(d.claimant, party)) {
                continue;
            }
            String counted = " " + text.substring(d.figure.objectStart(), d.figure.objectEnd())
                    .toLowerCase(java.util.Locale.ROOT) + " ";
            String size = sizeNamed(t, m.to(), to, counted); // 'tabung 3 kilogram yang disita polisi'
            if (size != null && !text.substring(d.figure.objectEnd(), Math.min(text.length(), d.figure.objectEnd()
                    + SIZE_CHARS)).strip().startsWith(size)) {
                continue; // '38 tabung gas 3 kilogram, sembilan tabung 12 kilogram': not the 12-kilogram ones
            }
            if (size != null || predicates.contains(d.predicate)
                    || things.stream().anyMatch(w -> counted.contains(" " + w + " "))) {
                if (last != null && !Objects.equals(last.figure.count(), d.figure.count())) {
                    return null; // two figures so named ('the number of Chinese nationals detained'): which, the words
                }                // do not tell; a restatement of one figure is the same
                last = d;
            }
        }
        return last;
    }

    /**
     * Whose claims a response at token {@code word} answers: a claimant the response's clause names ({@code mengenai
     * klaim Kemenhan Azerbaijan}), else the claimant of the last claim before it from another side, one of people
     * displaced only when there is no other.
     */
    private Entity target(Document doc, Sentence s, int si, List<ClaimDraft> drafts, Entity party,
                          PhraseMatcher.Match<ResponseWord> word) {
        for (Mention m : index.in(clauseStart(s, word.from()), s.end())) {
            for (ClaimDraft d : drafts) {
                if (d.claimant != null && d.claimant.id().equals(m.entity().id())
                        && !EntityIndex.sameSide(d.claimant, party)) {
                    return d.claimant;
                }
            }
        }
        // 'rejected the Afghan claim': the last claimant on the owner's side, not one of figures of its own losses
        Mention owner = claimOwner(doc.text(), s, word);
        Entity onItsSide = null;
        for (ClaimDraft d : owner == null ? List.<ClaimDraft>of() : drafts) {
            if (d.sentence <= si && speaksFor(d.claimant, owner, doc.text())
                    && !EntityIndex.sameSide(d.claimant, party) && !EntityIndex.sameSide(d.claimant, d.affected)) {
                onItsSide = d.claimant;
            }
        }
        if (onItsSide != null) {
            return onItsSide;
        }
        Entity last = null;
        Entity lastDisplaced = null;
        for (ClaimDraft d : drafts) {
            if (d.sentence <= si && d.claimant != null && !EntityIndex.sameSide(d.claimant, party)
                    && !admitsOwnLoss(doc, d) && !d.figure.part()) { // a part's source is the whole's, or a witness'
                if (d.predicate == Predicate.DISPLACED) {
                    lastDisplaced = d.claimant; // people who fled or were evacuated are seldom what a side denies
                } else {
                    last = d.claimant; // a concession of own losses is not the claim answered
                }
            }
        }
        return last != null ? last : lastDisplaced;
    }

    /**
     * The side a response's words name as the owner of what they answer, right after them and before a claim noun
     * ({@code rejected the Afghan claim}, {@code dismissed the TTP's figures}) or after it ({@code menepis klaim
     * TPNPB}), or null.
     */
    private Mention claimOwner(String text, Sentence s, PhraseMatcher.Match<ResponseWord> word) {
        List<Token> t = s.tokens();
        for (int k = word.to(); k < Math.min(t.size(), word.to() + CLAIM_OWNER_WORDS); k++) {
            if (lex.links(ClaimLexicon.Link.CLAIM_NOUN).longestAt(t, k, k + 1) != null) {
                int from = word.to() < t.size() ? t.get(word.to()).start() : s.end();
                List<Mention> before = index.actorsIn(text, from, t.get(k).start());
                List<Mention> after = k + 1 < t.size() ? index.actorsIn(text, t.get(k + 1).start(), Math.min(s.end(),
                        t.get(Math.min(t.size() - 1, k + 2)).end())) : List.of();
                return !before.isEmpty() ? before.get(before.size() - 1) : after.isEmpty() ? null : after.get(0);
            }
        }
        return null;
    }

    /**
     * True when {@code claimant} speaks for the side of mention {@code owner}: it is on that side, or its role names
     * it ({@code juru bicara SDF} for {@code tudingan SDF}).
     */
    private static boolean speaksFor(Entity claimant, Mention owner, String text) {
        if (claimant == null) {
            return false;
        }
        String name = text.substring(owner.start(), owner.end());
        return EntityIndex.sameSide(claimant, owner.entity()) || claimant.role() != null
                && (" " + claimant.role() + " ").contains(" " + name + " ");
    }

    /** Where the main clause holding token {@code word} starts: after the last coordinator before it, if any. */
    private int clauseStart(Sentence s, int word) {
        int start = s.start();
        for (PhraseMatcher.Match<ClaimLexicon.Link> c : lex.links(ClaimLexicon.Link.COORDINATOR).find(s.tokens(), 0,
                word)) {
            start = Math.max(start, s.tokens().get(c.to() - 1).end());
        }
        return start;
    }

    /**
     * True when the response in sentence {@code si} answers the statement just before it in its paragraph, one
     * without figures by someone of another side, while the last figures stand in an earlier paragraph ({@code Moscow
     * said in April that it had recaptured the region. Syrskyi rejected the claim}): it answers no figure.
     */
    private boolean answersAStatement(Document doc, int si, List<ClaimDraft> drafts, Entity party) {
        if (si == 0) {
            return false;
        }
        List<Sentence> sentences = doc.sentences();
        Sentence previous = sentences.get(si - 1);
        if (previous.paragraph() != sentences.get(si).paragraph()) {
            return false;
        }
        ClaimDraft last = null;
        for (ClaimDraft d : drafts) {
            if (d.sentence == si - 1) {
                return false; // the statement gives figures
            }
            if (d.sentence < si && (last == null || d.sentence > last.sentence)) {
                last = d;
            }
        }
        if (last == null || sentences.get(last.sentence).paragraph() == previous.paragraph()) {
            return false;
        }
        Entity speaker = Attribution.of(lex, index, doc.text(), previous, dates).source();
        return speaker != null && !EntityIndex.sameSide(speaker, party);
    }

    /**
     * True when a response to {@code target}'s claims also answers {@code d}, another speaker's on that side: a
     * silence or a denial of a party's claim ({@code klaim tersebut} takes in the side's claims just before it), not
     * a confirmation, which confirms what it names.
     */
    private static boolean answersTheSide(Response r, ClaimDraft d, Entity target) {
        return r.stance() != Stance.CONFIRMED && d.status == ClaimStatus.CLAIMED
                && EntityIndex.sameSide(d.claimant, target);
    }

    /** An army's figure of its own regular soldiers ('one soldier was wounded'): the other side denies no such thing. */
    private static boolean ownSoldiers(ClaimDraft d) {
        return d.regularSoldiers && d.claimant != null && d.affected != null
                && EntityIndex.sameSide(d.claimant, d.affected);
    }

    /**
     * A side's concession of its own losses ({@code mengakui dua tentara Thailand tewas}, {@code admitted}): the other
     * side's denial or silence does not answer it. A toll a side states as a claim ({@code the health ministry said})
     * is answered as any claim is.
     */
    private boolean admitsOwnLoss(Document doc, ClaimDraft d) {
        boolean sideUnknown = d.claimant != null && d.claimant.type() == EntityType.PERSON
                && d.claimant.country() == null; // 'Ia mengakui empat tentara Kongo tewas': a spokesman admits
        if (d.claimant == null || d.affected == null || !EntityIndex.sameSide(d.claimant, d.affected) && !sideUnknown) {
            return false;
        }
        Sentence s = doc.sentences().get(d.sentence);
        List<Token> t = s.tokens();
        int to = 0;
        while (to < t.size() && t.get(to).start() < d.trigger.start()) {
            to++;
        }
        return !lex.links(ClaimLexicon.Link.ADMISSION).find(t, 0, to).isEmpty();
    }

    private boolean isParty(ClaimDraft d) {
        Entity c = d.claimant;
        return EntityIndex.sameSide(c, d.agent) || EntityIndex.sameSide(c, d.affected)
                || (c.sector() != null && PARTY_SECTORS.contains(c.sector()) && (d.agent != null || d.affected != null));
    }

    private Entity party(String text, Sentence s, PhraseMatcher.Match<ResponseWord> m) {
        List<Token> t = s.tokens();
        if (m.value().partyAfter()) {
            int from = m.to() < t.size() ? t.get(m.to()).start() : s.end();
            List<Mention> ms = index.actorsIn(text, from, s.end());
            return ms.isEmpty() ? null : ms.get(0).entity();
        }
        int at = relativeClauseBefore(t, m.from()); // 'Pemerintah Rwanda, yang dituding ... mendukung M23, belum ...'
        List<Mention> ms = index.actorsIn(text, s.start(), at);
        if (m.value().afterClaimNoun()) { // 'a claim the military rejected': a claim noun, the party, the verb
            Mention last = ms.isEmpty() ? null : ms.get(ms.size() - 1);
            return last != null && countBetween(t, last.end(), at) == 0 && claimNounBefore(t, last.start())
                    && !EntityIndex.isOutlet(last.entity()) ? last.entity() : null;
        }
        Entity subject = joinedVerb(t, m.from()) ? clauseSubject(t, ms) : null;
        if (subject != null) {
            return subject; // 'The military said it struck Hamas targets and did not comment': the military's silence
        }
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention mention = ms.get(i);
            String before = i > 0 ? text.substring(ms.get(i - 1).end(), mention.start()) : "";
            if (mention.entity().type() == EntityType.LOCATION && mention.entity().country() != null
                    && before.replace(")", "").strip().equals(",")) {
                continue; // 'The Hill Tribes Joint Action Committee (HTJAC), Churachandpur, rejected': where it sits
            }
            int until = at;
            long gap = t.stream().filter(k -> k.start() >= mention.end() && k.end() <= until).count();
            if (Attribution.placeAfterLocative(lex, t, mention)) {
                at = wordBefore(t, mention.start()); // 'X di Phnom Penh, Rabu, membantah': where X spoke, not who
                continue;
            }
            if (gap <= MAX_GAP && !EntityIndex.isOutlet(mention.entity())
                    && !Attribution.afterMedium(lex, t, mention)) { // not 'melalui Telegram, kelompok itu menyangkal'
                Entity speaking = i > 0 ? bodyBeforeAChannel(t, ms.get(i - 1), mention) : null;
                return speaking != null ? speaking : mention.entity();
            }
        }
        return null;
    }

    /**
     * The body that answers through someone named after it: 'TNI melalui Kapendam XVII/Cenderawasih membantah', 'The
     * army, through its spokesman X, denied' (a MEDIUM word of claim/links.tsv right after the body, up to
     * {@value #MAX_CHANNEL_WORDS} words before the name); null otherwise.
     */
    private Entity bodyBeforeAChannel(List<Token> t, Mention body, Mention named) {
        int from = Token.indexAt(t, body.end());
        int to = Token.indexAt(t, named.start());
        if (to - from > MAX_CHANNEL_WORDS + 1) {
            return null;
        }
        int k = from < t.size() && t.get(from).text().equals(",") ? from + 1 : from;
        return k < to && lex.links(ClaimLexicon.Link.MEDIUM).longestAt(t, k, k + 1) != null
                && !EntityIndex.isOutlet(body.entity()) ? body.entity() : null;
    }

    /** True when the response word at token {@code word} is a verb joined to its clause ('and did not comment'). */
    private boolean joinedVerb(List<Token> t, int word) {
        return word > 0 && lex.links(ClaimLexicon.Link.JOINED_VERB).longestAt(t, word - 1, word) != null;
    }

    /** The subject of the sentence's clause: its first actor that is no outlet and no place but a country, or null. */
    private Entity clauseSubject(List<Token> t, List<Mention> ms) {
        for (Mention mention : ms) {
            Entity e = mention.entity();
            if (!EntityIndex.isOutlet(e) && (e.type() != EntityType.LOCATION || EntityIndex.isCountry(e))
                    && !Attribution.placeAfterLocative(lex, t, mention)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The number written right after a word of a figure's counted phrase ({@code counted}, padded with spaces; null for
     * any word) in tokens {@code [from, to)}: the size that tells the figure ('tabung 3 kilogram'); null when none.
     */
    private static String sizeNamed(List<Token> t, int from, int to, String counted) {
        for (int k = from; k + 1 < to; k++) {
            if (t.get(k).isWord() && !t.get(k).isNumeric() && t.get(k + 1).isNumeric()
                    && (counted == null || counted.contains(" " + t.get(k).lower() + " "))) {
                return t.get(k + 1).text();
            }
        }
        return null;
    }

    /**
     * True when a word that says what the response is about follows it, within its party's name ({@code terkait},
     * {@code about}), and neither the words up to it nor those after it name a claim, figure, loss, attack or counted
     * thing: the response answers another matter ({@code ... terkait kemungkinan serangan balasan ke Yaman}).
     */
    private boolean aboutAnotherTopic(List<Token> t, PhraseMatcher.Match<ResponseWord> m) {
        List<PhraseMatcher.Match<ClaimLexicon.Link>> topics = lex.links(ClaimLexicon.Link.TOPIC).find(t, m.to(),
                Math.min(t.size(), m.to() + TOPIC_REACH));
        if (topics.isEmpty()) {
            return false;
        }
        PhraseMatcher.Match<ClaimLexicon.Link> topic = topics.get(0);
        int to = Math.min(t.size(), topic.to() + TOPIC_WORDS);
        for (int k = m.to(); k < to; k++) {
            if (t.get(k).isNumeric()) {
                return false;
            }
        }
        for (ClaimLexicon.Link named : List.of(ClaimLexicon.Link.CLAIM_NOUN, ClaimLexicon.Link.CLAIM_REFERENCE,
                ClaimLexicon.Link.RUMOUR, ClaimLexicon.Link.CORPSE, ClaimLexicon.Link.TOLL_NOUN,
                ClaimLexicon.Link.ATTACK, ClaimLexicon.Link.LOSS_NOUN)) { // 'soal serangan udara tersebut': its toll
            if (!lex.links(named).find(t, m.to(), to).isEmpty()) {
                return false;
            }
        }
        return lex.predicates().find(t, m.to(), to).isEmpty() && lex.objects().find(t, m.to(), to).isEmpty();
    }

    /**
     * True when response words {@code m}, their party before them, are about what befell people, to the sentence's
     * end: they name nothing ('did not respond to a request for comment'), or people and their losses only ('on the
     * civilian casualties', 'denied targeting civilians', 'soal korban warga sipil'); not a claim or report ('the
     * claim', 'laporan tersebut'), an attack ('kemungkinan serangan balasan') or a thing ('the fuel depot').
     */
    private boolean aboutPeople(List<Token> t, PhraseMatcher.Match<ResponseWord> m) {
        if (m.value().partyAfter()) {
            return false;
        }
        for (ClaimLexicon.Link named : List.of(ClaimLexicon.Link.CLAIM_NOUN, ClaimLexicon.Link.STATEMENT,
                ClaimLexicon.Link.RUMOUR, ClaimLexicon.Link.ATTACK)) {
            if (!lex.links(named).find(t, m.from(), t.size()).isEmpty()) {
                return false;
            }
        }
        for (PhraseMatcher.Match<ClaimLexicon.Link> r : lex.links(ClaimLexicon.Link.CLAIM_REFERENCE).find(t, m.to(),
                t.size())) {
            if (lex.links(ClaimLexicon.Link.QUALIFIER).longestAt(t, r.to(), Math.min(t.size(), r.to() + 1)) == null) {
                return false; // 'angka itu', 'the figures'; not 'the number of civilians killed'
            }
        }
        for (PhraseMatcher.Match<ObjectCategory> o : lex.objects().find(t, m.to(), t.size())) {
            if (!FigureReader.PERSONS.contains(o.value())) {
                return false;
            }
        }
        return true;
    }

    /** True when a word of role {@code link} stands within {@code words} tokens after the response words {@code m}. */
    private boolean namedAfter(ClaimLexicon.Link link, List<Token> t, PhraseMatcher.Match<ResponseWord> m, int words) {
        return !lex.links(link).find(t, m.to(), Math.min(t.size(), m.to() + words)).isEmpty();
    }

    private static boolean answered(List<ClaimDraft> drafts, Response r) {
        return drafts.stream().anyMatch(d -> d.responses.contains(r));
    }

    /**
     * True when the response's words, or the two words after them, refer back to a claim ({@code dismissed the claim},
     * {@code membantah klaim tersebut}, {@code membantah tuduhan itu}).
     */
    private boolean refersToAClaim(List<Token> t, PhraseMatcher.Match<ResponseWord> m) {
        return !lex.links(ClaimLexicon.Link.CLAIM_REFERENCE).find(t, m.from(), Math.min(t.size(), m.to() + 3))
                .isEmpty();
    }

    /**
     * A response that refers back to 'the claim' when no claimant it answers was found (the claim was relayed from
     * no one named, or stated by a source with no side): it answers the figures of the last sentence before it with
     * figures, within a few sentences, that are not its own party's.
     */
    private static void answerTheLastFigures(List<ClaimDraft> drafts, int si, Entity party, Response r) {
        int last = -1;
        for (ClaimDraft d : drafts) {
            if (d.sentence < si && si - d.sentence <= CLAIM_REFERENCE_REACH
                    && !EntityIndex.sameSide(d.claimant, party)) {
                last = Math.max(last, d.sentence);
            }
        }
        for (ClaimDraft d : drafts) {
            if (d.sentence == last && !EntityIndex.sameSide(d.claimant, party)) {
                d.addResponse(r);
            }
        }
    }

    /**
     * True for a denial or a silence that names nothing after it, no claim, figure, loss or thing ('RSF membantah.',
     * 'The RSF did not respond to a request for comment.'), by a party others say did what figures count: it answers
     * those figures, not the last claimant's; not after a reporting word in its sentence, whose claim it answers.
     */
    private boolean bareDenialOfWhatItDid(List<Token> t, PhraseMatcher.Match<ResponseWord> m, List<ClaimDraft> drafts,
                                          int si, Entity party) {
        if (m.value().stance() != Stance.DENIED && m.value().stance() != Stance.NO_COMMENT || !namesNothing(t, m)
                || !lex.cues().find(t, 0, m.from()).isEmpty()) {
            return false; // 'Hamas said ..., a claim the Israeli military denied': the claim of its sentence
        }
        return drafts.stream().anyMatch(d -> whatItDid(d, si, party));
    }

    /** True for a figure, up to sentence {@code si}, of what others say {@code party}'s side did. */
    private static boolean whatItDid(ClaimDraft d, int si, Entity party) {
        return d.sentence <= si && EntityIndex.sameSide(d.agent, party) && !EntityIndex.sameSide(d.claimant, party);
    }

    /**
     * A party's silence or denial answers the figures of what others say it did (its side the agent): 'The RSF did not
     * respond to a request for comment' after a toll of an RSF drone strike; not a side's admission of its own losses.
     * When it answered a claimant too ({@code alsoToAClaimant}), what it says about people answers figures of people
     * only, not of fighters its side is said to have killed or posts destroyed ('did not respond to questions about
     * civilian casualties in Afghanistan').
     */
    private void answerWhatItDid(Document doc, List<ClaimDraft> drafts, int si, Entity party, Response r,
                                 boolean alsoToAClaimant) {
        for (ClaimDraft d : drafts) {
            boolean notPeople = alsoToAClaimant && d.figure.category() != ObjectCategory.PEOPLE
                    && d.figure.category() != ObjectCategory.CIVILIANS;
            if (whatItDid(d, si, party) && !admitsOwnLoss(doc, d) && !ownSoldiers(d) && !notPeople) {
                d.addResponse(r);
            }
        }
    }

    /**
     * A party's silence or denial that answers no claimant and nothing it did answers the story's lead: the figures of
     * the first sentence that gives any, told in the outlet's own voice ('Russian missiles killed 11 people in Kharkiv
     * ... . The Kremlin did not immediately respond to a request for comment'). A party that gave figures of its own
     * before is answering someone else, and is left to the rules above; one named before is a source of the story
     * (the caller leaves it out).
     */
    private static void answerTheLead(List<ClaimDraft> drafts, int si, Entity party, Response r) {
        int lead = leadSentence(drafts, si, party);
        for (ClaimDraft d : drafts) {
            if (d.sentence == lead && d.claimant == null) {
                d.addResponse(r);
            }
        }
    }

    /**
     * The first sentence before {@code si} that gives figures, the story's lead; -1 when {@code party}'s side gave
     * figures before {@code si} (it answers someone else) or none stands before it.
     */
    private static int leadSentence(List<ClaimDraft> drafts, int si, Entity party) {
        int lead = -1;
        for (ClaimDraft d : drafts) {
            if (d.sentence < si && d.claimant != null && EntityIndex.sameSide(d.claimant, party)) {
                return -1;
            }
            lead = d.sentence < si && (lead < 0 || d.sentence < lead) ? d.sentence : lead;
        }
        return lead;
    }

    /**
     * True when response words {@code m}, their party before them, name no claim, figure, loss or thing from where
     * they start to the sentence's end ('RSF membantah.', 'did not respond to a request for comment'; not 'menepis
     * klaim tersebut', 'declined to comment on the discrepancy in casualty figures').
     */
    private boolean namesNothing(List<Token> t, PhraseMatcher.Match<ResponseWord> m) {
        return !m.value().partyAfter()
                && lex.links(ClaimLexicon.Link.CLAIM_NOUN).find(t, m.from(), t.size()).isEmpty()
                && lex.links(ClaimLexicon.Link.FIGURE_NOUN).find(t, m.from(), t.size()).isEmpty()
                && lex.predicates().find(t, m.to(), t.size()).isEmpty()
                && lex.objects().find(t, m.to(), t.size()).isEmpty();
    }

    /**
     * A silence that names nothing, of a party that gave no figures before it, answers the lead's figures: the
     * story's main account, with what its source adds in the sentence after ('Russian missiles killed six people in
     * Dnipro, the governor said. ... The Kremlin did not immediately respond to a request for comment'); not a side's
     * admission of its own losses, nor fighters the party's side is said to have killed, which it would have given
     * itself. True when it answered any.
     */
    private boolean answerTheLeadOfAnotherSide(Document doc, List<ClaimDraft> drafts, int si, Entity party,
                                               Response r) {
        int lead = leadSentence(drafts, si, party);
        if (lead < 0) {
            return false;
        }
        java.util.Set<String> leadSources = new java.util.HashSet<>();
        for (ClaimDraft d : drafts) {
            if (d.sentence == lead) {
                leadSources.add(d.claimant == null ? "" : d.claimant.id());
            }
        }
        boolean answered = false;
        for (ClaimDraft d : drafts) {
            // and what the lead's source adds in the sentence after ('Seven women were among the dead, the group said')
            boolean account = d.sentence == lead || d.sentence == lead + 1 && d.sentence < si
                    && leadSources.contains(d.claimant == null ? "" : d.claimant.id());
            boolean itsOwnSuccess = d.figure.category() == ObjectCategory.PERSONNEL && !d.regularSoldiers
                    && (d.agent == null || EntityIndex.sameSide(d.agent, party)); // 'Troops killed 41 insurgents'
            if (account && !admitsOwnLoss(doc, d) && !ownSoldiers(d) && !itsOwnSuccess) {
                d.addResponse(r);
                answered = true;
            }
        }
        return answered;
    }

    /**
     * True when the article names {@code party} before offset {@code start}: one of the story's sources, whose silence
     * is on some detail ('Rudi belum bersedia mengungkap identitas pemodal'), not an answer to the lead.
     */
    private boolean namedBefore(Entity party, int start) {
        return index.in(0, start).stream().anyMatch(m -> m.entity().id().equals(party.id()));
    }

    /** True when the response's words name the claim they answer ({@code rejected the account}). */
    private boolean namesTheAccount(List<Token> t, PhraseMatcher.Match<ResponseWord> m) {
        return !lex.links(ClaimLexicon.Link.CLAIM_NOUN).find(t, m.from(), m.to()).isEmpty();
    }

    /** True when every figure {@code target}'s side gave before sentence {@code si} is of its own regular soldiers. */
    private static boolean onlyOwnLosses(List<ClaimDraft> drafts, Entity target, int si) {
        boolean any = false;
        for (ClaimDraft d : drafts) {
            if (target != null && d.sentence <= si && d.claimant != null && EntityIndex.sameSide(d.claimant, target)) {
                if (!ownSoldiers(d)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The claimant of the last figures before sentence {@code si} when a pronoun for a body alone opens the sentence
     * before the response word ({@code It denied ...}, {@code Mereka membantah ...}); null otherwise.
     */
    private Entity lastSourceForAPronoun(Sentence s, PhraseMatcher.Match<ResponseWord> m, int si,
                                         List<ClaimDraft> drafts) {
        List<Token> t = s.tokens();
        if (m.value().partyAfter() || m.from() != 1 || lex.links(ClaimLexicon.Link.BODY_PRONOUN).longestAt(t, 0, 1)
                == null) {
            return null;
        }
        Entity last = null;
        for (ClaimDraft d : drafts) {
            if (d.sentence < si && d.claimant != null) {
                last = d.claimant;
            }
        }
        return last;
    }

    /**
     * The start of a relative clause between commas that ends right before token {@code at} ({@code , yang dituding
     * PBB mendukung M23,}): its names are not who answers; the start of token {@code at} when there is none.
     */
    private int relativeClauseBefore(List<Token> t, int at) {
        if (at < 2 || !t.get(at - 1).text().equals(",")) {
            return t.get(at).start();
        }
        for (int k = at - 2; k > 0 && at - k <= MAX_RELATIVE_CLAUSE; k--) {
            if (t.get(k).text().equals(",")) {
                return lex.links(ClaimLexicon.Link.RELATIVE).longestAt(t, k + 1, k + 2) != null ? t.get(k).start()
                        : t.get(at).start();
            }
        }
        return t.get(at).start();
    }

    /** True when a noun for a claim stands in the two words before offset {@code start} ('a claim the military'). */
    private boolean claimNounBefore(List<Token> t, int start) {
        for (int k = 0; k < t.size() && t.get(k).start() < start; k++) {
            if (t.get(k).end() <= start && countBetween(t, t.get(k).end(), start) <= 1
                    && lex.links(ClaimLexicon.Link.CLAIM_NOUN).longestAt(t, k, k + 1) != null) {
                return true;
            }
        }
        return false;
    }

    private static long countBetween(List<Token> t, int from, int to) {
        return t.stream().filter(k -> k.start() >= from && k.end() <= to).count();
    }

    /** The start of the token before offset {@code start}. */
    private static int wordBefore(List<Token> tokens, int start) {
        int k = 0;
        while (k + 1 < tokens.size() && tokens.get(k + 1).start() < start) {
            k++;
        }
        return tokens.get(k).start();
    }

    private static boolean has(ClaimDraft d, Stance stance) {
        return d.responses.stream().anyMatch(r -> r.stance() == stance);
    }

    /** Two sides' different figures for the same kind of loss to the same side: each disputes the other. */
    private static void disputes(List<ClaimDraft> drafts) {
        for (ClaimDraft a : drafts) {
            for (ClaimDraft b : drafts) {
                if (a == b || a.claimant == null || b.claimant == null || EntityIndex.sameSide(a.claimant, b.claimant)
                        || !sameLoss(a, b) || Objects.equals(a.figure.count(), b.figure.count())) {
                    continue;
                }
                a.status = ClaimStatus.DISPUTED;
                Span0 at = Span0.of(b);
                a.addResponse(new Response(b.claimant.id(), Stance.DISPUTED, at.start, at.end));
            }
        }
    }

    /**
     * The same kind of loss to the same side over the same time: a figure whose side is not known, or whose
     * period lies apart from the other's ({@code 27 killed overnight} and {@code 52,000 since October 2023}), does not
     * contradict it.
     */
    private static boolean sameLoss(ClaimDraft a, ClaimDraft b) {
        boolean affected = a.affected != null && b.affected != null && EntityIndex.sameSide(a.affected, b.affected);
        return affected && family(a.predicate) == family(b.predicate) && group(a.figure.category())
                == group(b.figure.category()) && overlap(a.period, b.period);
    }

    /** Periods that share a day, or one of them unknown; EDTF days, months or years compare by their prefixes. */
    static boolean overlap(org.warta.model.Period a, org.warta.model.Period b) {
        if (a == null || b == null || a.from() == null || b.from() == null) {
            return true;
        }
        String aTo = a.to() == null ? a.from() : a.to();
        String bTo = b.to() == null ? b.from() : b.to();
        return !(before(aTo, b.from()) || before(bTo, a.from()));
    }

    /** True when every day of {@code x} comes before every day of {@code y} ({@code 2023-10} before {@code 2025-05-14}). */
    private static boolean before(String x, String y) {
        x = x.indexOf('X') >= 0 ? x.substring(0, x.indexOf('X')) : x; // 199X: any year of the 1990s
        y = y.indexOf('X') >= 0 ? y.substring(0, y.indexOf('X')) : y;
        int n = Math.min(x.length(), y.length());
        return !x.regionMatches(0, y, 0, n) && x.compareTo(y) < 0;
    }

    private static int family(Predicate p) {
        return switch (p) {
            case KILLED, WOUNDED, KILLED_OR_WOUNDED -> p == Predicate.WOUNDED ? 1 : 0;
            case DESTROYED, DAMAGED, SHOT_DOWN -> 2;
            default -> 3 + p.ordinal();
        };
    }

    private static int group(ObjectCategory c) {
        return switch (c) {
            case PERSONNEL, CIVILIANS, PEOPLE -> 0;
            default -> 1 + c.ordinal();
        };
    }

    /** Where the disputing figure is stated. */
    private record Span0(int start, int end) {
        static Span0 of(ClaimDraft d) {
            return new Span0(d.figure.countStart(), Math.max(d.figure.objectEnd(), d.figure.countStart()));
        }
    }
}
