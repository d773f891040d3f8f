package org.warta.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warta.extract.Outcome;
import org.warta.extract.claim.ClaimLexicon.Link;
import org.warta.extract.claim.ClaimLexicon.PredicateWord;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.Claim;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Predicate;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Span;
import org.warta.model.Stance;

/**
 * Counted outcomes and who claims them. For each predicate word ({@code membunuh}, {@code tewas},
 * {@code ditembak jatuh}, {@code killed}, ...) the figures it governs become claims, one per item of a list; the
 * sentence's reporting words name the claimant and relays, or the sentence right after does ({@code Klaim
 * disampaikan ...}); claims of one claimant share what the text says once (relays, sides, place, period); a
 * figure stated again is one claim; responses and conflicting figures set the status. See {@link SentenceClaims}
 * for one sentence's reading and {@link ClaimStatusRules} for status.
 */
public final class ClaimFinder {
    /** The longest crosshead, in tokens ('Puluhan Ribu Warga Mengungsi', 'Junta Membantah'). */
    private static final int MAX_CROSSHEAD_TOKENS = 12;
    /** Sentences back to the last figures that a part opening a sentence may belong to, none between. */
    private static final int PART_REACH = 3;
    /** Sentences back to the whole a part names by its kind ('Eleven of the wounded'). */
    private static final int NAMED_WHOLE_REACH = 12;
    /** Words at a sentence's start within which its part phrase stands ('Delapan korban di antaranya'). */
    private static final int PART_OPENING_WORDS = 8;
    /** Words after a speech word within which its part phrase stands ('said nine of the dead'). */
    private static final int PART_AFTER_SPEECH_WORDS = 4;
    /** Words at a sentence's start within which one displaced person who speaks is named ('Seorang pengungsi'). */
    private static final int SPEAKER_OPENING_WORDS = 3;
    /** Sentences after a claim in which a relay named for 'the claim' still reaches it. */
    private static final int RELAY_REACH = 2;
    private final ClaimLexicon lex;

    public ClaimFinder(ClaimLexicon lex) {
        this.lex = lex;
    }

    public ClaimFinder() {
        this(ClaimLexicon.standard());
    }

    public static ClaimFinder standard() {
        return new ClaimFinder();
    }

    public Outcome<List<Claim>> find(Document doc, List<Entity> entities, List<Quantity> quantities,
                                     List<DateMention> dates, List<Quote> quotes) {
        String text = doc.text();
        EntityIndex index = new EntityIndex(entities);
        ArticleResponses responses = new ArticleResponses(lex);
        SentenceClaims reader = new SentenceClaims(lex, text, index, dates, doc.published());
        LossTable table = new LossTable(lex, text, index);
        List<ClaimDraft> drafts = new ArrayList<>();
        List<ClaimDraft> previous = List.of();
        List<ClaimDraft> lastBatch = List.of();
        List<ClaimDraft> priorBatch = List.of(); // the figures before lastBatch
        Entity lastSource = null;
        boolean leadCitesUnnamed = false;
        boolean leadUncited = false;
        boolean unnamedSince = false; // an unnamed source spoke after the last named one
        Entity statementBefore = null; // the source of the sentence before, with or without figures
        int statementSentence = -1;
        Entity paragraphSource = null; // the source that opens this paragraph ('Menurut X, ...'), while no cue follows
        int paragraphOfSource = -1;
        List<Sentence> sentences = doc.sentences();
        LeadSource lead = new LeadSource(lex, sentences, quotes, index);
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Quantity> inSentence = quantities.stream()
                    .filter(q -> q.start() >= s.start() && q.end() <= s.end()).toList();
            List<ClaimDraft> rows = table.row(s, si, inSentence);
            if (!rows.isEmpty()) { // '- Tank: 10.925 (+5)' under '... kerugian Rusia ..., menurut Staf Umum:'
                drafts.addAll(rows);
                continue;
            }
            if (isCrosshead(sentences, si)) {
                continue; // 'Puluhan Ribu Warga Mengungsi': a heading over the paragraphs that give the figure
            }
            List<ClaimDraft> here = reader.read(s, si, inSentence);
            boolean update = false;
            List<ClaimDraft> near = !previous.isEmpty() && previous.get(0).sentence == si - 1 ? previous
                    : batchInReach(lastBatch, si);
            if (!here.isEmpty() && !near.isEmpty() && reader.opensWithAPartitive(s.tokens())) {
                // 'Sebanyak 14 warga terluka. Empat dari 14 korban luka ... menderita luka tembak': a part of the
                // figure before, whose whole the sentence restates with a predicate word of its own
                List<ClaimDraft> parts = reader.update(s, si, inSentence, near,
                        near == previous ? batchInReach(priorBatch, si) : List.of());
                if (!parts.isEmpty()) {
                    here = parts;
                    update = true;
                }
            }
            if (here.isEmpty() && !previous.isEmpty() && previous.get(0).sentence == si - 1) {
                here = reader.update(s, si, inSentence, previous, batchInReach(priorBatch, si));
                update = !here.isEmpty(); // 'Angka itu naik menjadi', 'Tiga di antaranya'
            } else if (here.isEmpty() && previous.isEmpty() && !lastBatch.isEmpty()
                    && si - lastBatch.get(0).sentence <= PART_REACH && opensWithAPart(s)
                    && responses.of(s.tokens()).isEmpty()) {
                // '... menewaskan 23 orang. // Angka tersebut disampaikan X. Delapan korban di antaranya, kata X,
                // merupakan anak-anak': a part of the last figures, past sentences that give none
                here = reader.update(s, si, inSentence, lastBatch, List.of());
                update = !here.isEmpty();
            }
            if (here.isEmpty() && opensWithAPart(s) && responses.of(s.tokens()).isEmpty()) {
                // 'Eleven of the wounded were hospitalized' two paragraphs after '... wounding 27 others': a part that
                // names its whole's kind finds it further back, the latest figure of that kind
                ClaimDraft whole = latestOf(drafts, reader.wholeNamedIn(s.tokens()), si);
                if (whole != null) {
                    here = reader.update(s, si, inSentence, List.of(whole), List.of());
                    update = !here.isEmpty();
                }
            }
            Attribution a = Attribution.of(lex, index, text, s, dates);
            here = withoutADisplacedSpeaker(here, s);
            if (update && here.stream().allMatch(d -> d.figure.part()) && a.hasSource() && !saysSomethingElse(s, a, quotes)
                    && sentences.get(si - 1).paragraph() == s.paragraph()) {
                // '... mencapai 58.573 orang ... . Kementerian mencatat 7.750 orang di antaranya tewas ...': who gives
                // the part gives the whole
                applyFollowing(previous, a, s.span(text));
            }
            boolean answers = !responses.of(s.tokens()).isEmpty(); // a denial gives the other side's figure
            if (si == 0) { // '... killed 11 people, a medics' group said': a source the next sentence may name
                boolean open = (a.source() == null || EntityIndex.isUnnamed(a.source())) && a.via().isEmpty()
                        && !answers;
                leadCitesUnnamed = open && a.cueSeen();
                leadUncited = open && !a.cueSeen();
            }
            // confirming what happened ('membenarkan serangan tersebut') gives the lead's account, as saying it does
            lead.read(si, a, answersOtherThanConfirming(responses, s), !here.isEmpty());
            table.intro(s, a.source(), () -> reader.period(s, s.tokens()));
            if (here.isEmpty()) {
                // a speaker who says more about the figures before ('Barang bukti itu, menurut Rudy, ditemukan ...')
                boolean pointsBack = !lex.links(Link.CLAIM_REFERENCE).find(s.tokens()).isEmpty();
                if (a.hasSource() && !previous.isEmpty() && (pointsBack || !saysSomethingElse(s, a, quotes))
                        && previous.get(0).sentence == si - 1 && sentences.get(si - 1).paragraph() == s.paragraph()
                        && !answersOtherThanConfirming(responses, s)) { // 'memastikan kabar itu tidak benar': no source of it
                    applyFollowing(previous, a, s.span(text));
                }
                if (!a.via().isEmpty() && !lastBatch.isEmpty() && si - lastBatch.get(0).sentence <= RELAY_REACH
                        && !lex.links(Link.CLAIM_REFERENCE).find(s.tokens()).isEmpty()) {
                    for (ClaimDraft d : lastBatch) { // 'Klaim itu disampaikan dalam laporan ... yang dikutip TASS'
                        d.via.addAll(a.via());
                    }
                }
                previous = List.of();
            } else {
                boolean refersBack = lex.links(Link.CLAIM_REFERENCE).longestAt(s.tokens(), 0,
                        s.tokens().size()) != null; // 'This number includes 1,180 casualties ...'
                // a paragraph that cites no one after a report that ended the paragraph before goes on with it
                // ('..., kata Kapolres. // Selain itu, lima warga mengalami luka-luka.'): asked once for the sentence
                boolean carriesOn = refersBack || !answers && !previous.isEmpty() && previous.get(0).sentence == si - 1
                        && sentences.get(si - 1).paragraph() != s.paragraph() && addsToTheReport(s)
                        && citesNoOne(sentences, si);
                for (ClaimDraft d : here) {
                    attribute(d, a, quotes, index, lastSource, unnamedSince);
                    Attribution.DeniedClaim denied = Attribution.deniedClaim(lex, responses, index, text, s,
                            d.figure.countStart());
                    d.confirmation = confirmationBefore(responses, s, d.figure.countStart());
                    if (denied != null) { // 'TNI membantah klaim TPNPB bahwa empat prajurit TNI tewas'
                        d.claimant = denied.owner();
                        d.claimantCarried = false;
                        d.deniedInItsSentence = true;
                        continue;
                    }
                    if (d.claimant == null && !a.cueSeen()
                            && continuesTheReportBefore(previous, si, sentences, carriesOn)) {
                        // 'Rojhat Derik menyebut ... menewaskan delapan warga sipil. Sebanyak 14 orang lainnya
                        // luka-luka.': a sentence without a reporting word goes on with the report before it
                        d.claimant = previous.get(0).claimant;
                        d.via.addAll(previous.get(0).via);
                        d.claimantCarried = true;
                    } else if (d.claimant == null && !a.cueSeen() && paragraphSource != null
                            && s.paragraph() == paragraphOfSource && !answers) {
                        // 'Menurut Yuliansyah, tembakan datang dari ... . Saat itu ... . Sebagian besar penonton kabur,
                        // sementara polisi mengamankan 19 orang': a paragraph opened by its source is that source's
                        d.claimant = paragraphSource;
                        d.claimantCarried = true;
                    } else if (d.claimant == null && !a.cueSeen() && previous.isEmpty() && statementBefore != null
                            && statementSentence == si - 1 && sentences.get(si - 1).paragraph() == s.paragraph()
                            && !answers) {
                        // '... inflicted losses on the enemy near Kupyansk, according to the ministry. Ukrainian
                        // losses in that area amounted to up to 215 servicemen': the statement goes on with figures
                        d.claimant = statementBefore;
                        d.claimantCarried = true;
                    }
                }
                drafts.addAll(here);
                previous = here;
                priorBatch = lastBatch;
                lastBatch = here;
            }
            if (a.source() != null) {
                lastSource = a.source();
                unnamedSince = false;
            } else if (a.cueSeen() && a.otherSubject()) {
                unnamedSince = true; // 'the region's operational headquarters said ... . Two of them were hospitalized,
            }                        // it said': 'it' is the unnamed source, not the one named before it
            if (si == 0 || sentences.get(si - 1).paragraph() != s.paragraph()) {
                paragraphSource = opensWithItsSource(s, a) ? a.source() : null;
                paragraphOfSource = s.paragraph();
            } else if (a.cueSeen()) {
                paragraphSource = null; // another cue in the paragraph: what follows is no longer the opener's alone
            }
            // 'Menurut laporan tersebut, kerugian terbesar ...' names the last source again for the sentence after
            statementBefore = a.source() != null ? a.source() : a.pronoun() && !unnamedSince ? lastSource : null;
            statementSentence = si;
        }
        ClaimChains.refineSides(drafts, index);
        ClaimChains.share(drafts, index);
        List<ClaimDraft> kept = ClaimChains.mergeRestatements(drafts);
        if (leadCitesUnnamed || leadUncited) { // after restatements merged: a lead's figure restated keeps its source
            namesTheLeadsSource(kept, leadUncited);
        }
        lead.apply(kept);
        new SecurityAccounts(lex, sentences, index, quotes).apply(kept);
        new ClaimStatusRules(lex, responses, index, dates).apply(doc, kept);
        kept.sort(Comparator.comparingInt((ClaimDraft d) -> d.trigger.start()).thenComparingInt(d -> d.figure.countStart()));
        List<Claim> out = new ArrayList<>();
        for (ClaimDraft d : kept) {
            out.add(d.toClaim("c" + (out.size() + 1)));
        }
        return Outcome.of(List.copyOf(out));
    }

    /**
     * The figures of sentence {@code s} but one displaced person who opens it as the subject of its reporting word
     * ({@code Seorang pengungsi, Umm Rami (38), mengatakan ...}, {@code One displaced woman said ...}): a witness
     * introduced, no count of the displaced.
     */
    private List<ClaimDraft> withoutADisplacedSpeaker(List<ClaimDraft> here, Sentence s) {
        if (here.stream().noneMatch(d -> d.predicate == Predicate.DISPLACED)) {
            return here;
        }
        List<Token> t = s.tokens();
        List<PhraseMatcher.Match<ClaimLexicon.Cue>> cues = lex.cues().find(t);
        return here.stream().filter(d -> !(d.predicate == Predicate.DISPLACED
                && Double.valueOf(1).equals(d.figure.count().value())
                && Token.indexAt(t, d.figure.countStart()) < SPEAKER_OPENING_WORDS
                && cues.stream().anyMatch(c -> (c.value() == ClaimLexicon.Cue.SOURCE_BEFORE
                        || c.value() == ClaimLexicon.Cue.TOLD) && t.get(c.from()).start() > d.figure.countStart())))
                .toList();
    }

    /**
     * The figures of {@code batch} when they are within {@link #PART_REACH} of sentence {@code si}: a part that names
     * its whole finds it there past a sentence of other figures ({@code Three foreign workers were killed ... . "...
     * flattened two rows of kongsi," he said. Two of the dead were Nepalese nationals}); else none.
     */
    private static List<ClaimDraft> batchInReach(List<ClaimDraft> batch, int si) {
        return batch.isEmpty() || si - batch.get(0).sentence > PART_REACH ? List.of() : batch;
    }

    /** The span of a confirming word of sentence {@code s} before offset {@code at}, or null. */
    private static Span confirmationBefore(ArticleResponses responses, Sentence s, int at) {
        for (PhraseMatcher.Match<ClaimLexicon.ResponseWord> m : responses.of(s.tokens())) {
            int start = s.tokens().get(m.from()).start();
            if (m.value().stance() == Stance.CONFIRMED && start < at) {
                return Span.of(start, s.tokens().get(m.to() - 1).end());
            }
        }
        return null;
    }

    /**
     * The latest claim of {@code drafts} with predicate {@code p} within {@link #NAMED_WHOLE_REACH} sentences, or
     * null.
     */
    private static ClaimDraft latestOf(List<ClaimDraft> drafts, Predicate p, int si) {
        for (int k = drafts.size() - 1; p != null && k >= 0 && si - drafts.get(k).sentence <= NAMED_WHOLE_REACH; k--) {
            if (drafts.get(k).predicate == p && !drafts.get(k).figure.part()) {
                return drafts.get(k);
            }
        }
        return null;
    }

    /**
     * True when a part phrase stands in the first words of sentence {@code s} ('Lima di antaranya', 'Two of them'), or
     * right after its speech word.
     */
    private boolean opensWithAPart(Sentence s) {
        int said = FigureReader.pastSpeech(lex, s.tokens()); // 'Unmiss, which said nine of the dead were civilians'
        return !lex.links(Link.OF_THEM).find(s.tokens(), 0, Math.min(s.tokens().size(), PART_OPENING_WORDS)).isEmpty()
                || said >= 0 && !lex.links(Link.OF_THEM).find(s.tokens(), said,
                        Math.min(s.tokens().size(), said + PART_AFTER_SPEECH_WORDS)).isEmpty();
    }

    /**
     * The hearsay whose words end right before what it says, when that holds the figure: the last actor named before
     * the figure in its sentence, and hearsay ({@code posts circulating on social media claiming that 20 people had
     * died}); else null.
     */
    private static Entity hearsayJustBefore(EntityIndex index, ClaimDraft d) {
        List<EntityIndex.Mention> before = index.in(d.evidence.get(0).start(), d.figure.countStart());
        if (before.isEmpty()) {
            return null;
        }
        Entity last = before.get(before.size() - 1).entity();
        return EntityFinder.isHearsay(last) ? last : null;
    }

    /** True when sentence {@code s} opens with its source after an according word ('Menurut Yuliansyah, ...'). */
    private static boolean opensWithItsSource(Sentence s, Attribution a) {
        return a.source() != null && !a.said().isEmpty() && a.said().get(0).after()
                && a.said().get(0).cueStart() == s.start() && a.said().get(0).source() == a.source();
    }

    private static void attribute(ClaimDraft d, Attribution a, List<Quote> quotes, EntityIndex index,
                                  Entity lastSource, boolean unnamedSince) {
        Quote quote = quoteOf(d, quotes);
        Entity speaker = quote == null ? null : index.byId(quote.speaker());
        if (EntityIndex.isOutlet(speaker)) {
            speaker = null; // 'the state-run National News Agency reported that ...': a relay, named in via
        }
        Entity inner = quote == null ? null : a.saidBetween(quote.start(), d.trigger.start());
        Entity trailing = a.trailing(d.trigger.start());
        if (trailing != null) {
            d.claimant = trailing;
        } else if (inner != null) {
            d.claimant = inner;
        } else if (speaker != null && a.unnamedSpeakerBetween(quote.start(), d.trigger.start())) {
            d.claimant = null; // 'Mali's army said ..., but an Al-Qaeda-linked group claimed it had killed 40 soldiers'
        } else if (speaker != null) {
            d.claimant = speaker;
        } else if (a.source() != null && (a.unnamedSpeakerBefore(d.trigger.start())
                || a.unnamedSpeakerGoverns(d.trigger.start()))) {
            d.claimant = null; // 'the army said on Tuesday, while the Islamist group said it had killed 15 soldiers'
        } else if (a.source() != null) {
            // the source of the last reporting word before the figure governs it ('the junta said ..., while the
            // NUG said a junta airstrike killed 17 civilians'); else the sentence's first source
            Entity governing = a.saidBetween(-1, d.trigger.start());
            d.claimant = governing != null ? governing : a.source();
        } else if ((a.pronoun() && !unnamedSince || !a.pronoun() && a.cueSeen() && a.via().isEmpty()
                && !a.otherSubject()) && lastSource != null) { // 'the ministry said' may pass over an unnamed source
            d.claimant = lastSource;
            d.claimantCarried = true;
        }
        Entity hearsay = hearsayJustBefore(index, d);
        if (hearsay != null) {
            d.claimant = hearsay; // 'Messages on WhatsApp claiming that 15 devotees had died were baseless, X said'
            d.claimantCarried = false;
        }
        d.via.addAll(a.via());
        if (d.agent != null && d.via.contains(d.agent.name())) {
            d.agent = null; // 'a statement relayed by the SITE Intelligence Group ... that its fighters killed 100'
        }
    }

    /**
     * A lead that cites an unnamed source for its figures and a second sentence whose figures a named source gives
     * ({@code ... killed 11 people, a medics' group said. The Sudan Doctors Network said ... 23 others were
     * wounded}): the lead summarises that source's account, as wire copy does. A lead that cites no one
     * ({@code uncited}) takes the source only when the second sentence gives a part of the lead's figure ({@code
     * Sedikitnya sembilan warga Palestina tewas ... . Kementerian Kesehatan Palestina menyebut dua di antara korban
     * tewas masih remaja}).
     */
    private static void namesTheLeadsSource(List<ClaimDraft> drafts, boolean uncited) {
        Entity second = null;
        for (ClaimDraft d : drafts) {
            if (d.sentence == 1 && d.claimant != null && !d.claimantCarried) {
                second = d.claimant;
                break;
            }
        }
        if (second == null) {
            return;
        }
        boolean part = false;
        for (ClaimDraft lead : drafts) {
            for (ClaimDraft next : drafts) {
                if (lead.sentence != 0 || next.sentence != 1 || next.predicate != lead.predicate
                        || java.util.Objects.equals(next.figure.count().value(), lead.figure.count().value())) {
                    continue;
                }
                Double whole = lead.figure.count().value();
                Double piece = next.figure.count().value();
                if (!uncited || whole == null || piece == null || piece > whole) {
                    return; // '... arrested 62 activists, a police spokesman said. The party said 500 ... detained':
                }           // another account of the same loss, not the lead's source
                part = true;
            }
        }
        if (uncited && !part) {
            return;
        }
        for (ClaimDraft d : drafts) {
            if (d.sentence == 0 && EntityIndex.givesWayTo(d.claimant, second) && !d.deniedInItsSentence) {
                d.claimant = second;
                d.claimantCarried = true;
            }
        }
    }

    /**
     * True when the claims just before were the sentence before, with a claimant, in the same paragraph or, when
     * the sentence opens by pointing back to them ({@code This number includes ...}), in the paragraph before.
     */
    private static boolean continuesTheReportBefore(List<ClaimDraft> previous, int si, List<Sentence> sentences,
                                                    boolean refersBack) {
        return !previous.isEmpty() && previous.get(0).sentence == si - 1 && previous.get(0).claimant != null
                && (refersBack || sentences.get(si - 1).paragraph() == sentences.get(si).paragraph());
    }

    /**
     * True when no sentence of the paragraph from sentence {@code si} on holds a reporting word or a word for hearsay
     * ({@code beredar kabar}, {@code a rumour spread}): it speaks in no one's voice but the report's it follows.
     */
    private boolean citesNoOne(List<Sentence> sentences, int si) {
        int paragraph = sentences.get(si).paragraph();
        for (int k = si; k < sentences.size() && sentences.get(k).paragraph() == paragraph; k++) {
            List<Token> t = sentences.get(k).tokens();
            if (!lex.cues().find(t).isEmpty() || !lex.links(Link.RUMOUR).find(t).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the sentence says it adds to what was reported before it ({@code Selain itu, lima warga mengalami
     * luka-luka}, {@code Another 63 people were injured}): a word of kind ADDITIVE in {@code claim/links.tsv}.
     */
    private boolean addsToTheReport(Sentence s) {
        return !lex.links(Link.ADDITIVE).find(s.tokens()).isEmpty();
    }

    /** True when the sentence holds a response word that denies, disputes or declines ('kabar itu tidak benar'). */
    private static boolean answersOtherThanConfirming(ArticleResponses responses, Sentence s) {
        return responses.of(s.tokens()).stream().anyMatch(m -> m.value().stance() != Stance.CONFIRMED);
    }

    /**
     * A crosshead: a paragraph of one short sentence, not the first, without a closing stop. Its figure is the one
     * the paragraphs under it give with their source.
     */
    private static boolean isCrosshead(List<Sentence> sentences, int si) {
        Sentence s = sentences.get(si);
        List<Token> tokens = s.tokens();
        if (si == 0 || tokens.isEmpty() || tokens.size() > MAX_CROSSHEAD_TOKENS
                || sentences.get(si - 1).paragraph() == s.paragraph()
                || si + 1 < sentences.size() && sentences.get(si + 1).paragraph() == s.paragraph()) {
            return false;
        }
        String last = tokens.get(tokens.size() - 1).text();
        return Character.isLetterOrDigit(last.charAt(last.length() - 1));
    }

    /**
     * True when the sentence's source says something of its own there (a quote or reported speech of theirs): a
     * new statement ({@code Lebanon's Health Ministry said the paramedic worked for ...}), not the source of the
     * figures before it ({@code Klaim disampaikan langsung Kementerian Pertahanan Azerbaijan}).
     */
    private static boolean saysSomethingElse(Sentence s, Attribution a, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.start() >= s.start() && q.end() <= s.end() && a.source() != null
                    && a.source().id().equals(q.speaker())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quote (direct or reported) with a speaker that holds the claim's predicate. A second reporting word inside
     * it ({@code ..., while Russia's Defence Ministry said its forces destroyed two tanks}) names the claimant of
     * what follows it.
     */
    private static Quote quoteOf(ClaimDraft d, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.speaker() != null && q.start() <= d.trigger.start() && d.trigger.end() <= q.end()) {
                return q;
            }
        }
        return null;
    }

    /**
     * {@code ... 2.300 personel. Klaim disampaikan langsung Kementerian Pertahanan Azerbaijan, menurut ...}: the
     * sentence after names the source, or a body of the country the claims named ({@code Azerbaijan mengklaim}).
     * A claimant named as an organisation or a person stays: {@code militer Ukraina menyatakan ... . Juru bicara
     * X menyebut ...} is a second statement, not the first one's source.
     */
    private static void applyFollowing(List<ClaimDraft> previous, Attribution a, Span sentence) {
        for (ClaimDraft d : previous) {
            if (a.source() != null && !d.deniedInItsSentence && (EntityIndex.givesWayTo(d.claimant, a.source())
                    || d.claimantCarried
                    || d.claimant.type() == EntityType.LOCATION && EntityIndex.sameSide(d.claimant, a.source()))) {
                // 'officials said. The figures were shared by ... Dr X': the one the next sentence names
                d.claimantCarried = false;
                d.claimant = a.source();
            }
            d.via.addAll(a.via());
            d.addEvidence(Span.of(sentence.start(), sentence.end()));
        }
    }

    /** The predicate words of a sentence, for other stages (the event coder finds its assault triggers here). */
    public List<PhraseMatcher.Match<PredicateWord>> predicateWords(Sentence s) {
        return lex.predicates().find(s.tokens());
    }
}
