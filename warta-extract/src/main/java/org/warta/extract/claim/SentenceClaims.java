package org.warta.extract.claim;

import org.warta.extract.date.DateSpans;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.extract.claim.ClaimLexicon.Link;
import org.warta.extract.claim.ClaimLexicon.PredicateWord;
import org.warta.extract.claim.EntityIndex.Mention;
import org.warta.extract.entity.ActorDictionary;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.ObjectCategory;
import org.warta.model.Period;
import org.warta.model.Predicate;
import org.warta.model.Quantity;
import org.warta.model.Resolution;
import org.warta.model.Span;

/**
 * One sentence's claims before attribution: each predicate word with its figures, the agent (the subject before
 * an active predicate, or {@code oleh X} / {@code by X} after a passive one), the affected side (a country or
 * actor named in the counted phrase: {@code personel militer Armenia}), the place (a place after {@code di},
 * {@code in}, {@code near}) and the period (a date, opened by {@code sejak} / {@code since}).
 */
final class SentenceClaims {
    private final ClaimLexicon lex;
    private final String text;
    private final EntityIndex index;
    private final List<DateMention> dates;
    private final java.time.LocalDate published;

    SentenceClaims(ClaimLexicon lex, String text, EntityIndex index, List<DateMention> dates,
                   java.time.LocalDate published) {
        this.lex = lex;
        this.text = text;
        this.index = index;
        this.dates = dates;
        this.published = published;
    }

    List<ClaimDraft> read(Sentence s, int si, List<Quantity> quantities) {
        List<Token> tokens = s.tokens();
        FigureReader figures = new FigureReader(lex, text, tokens, quantities, dates);
        Set<Integer> used = new HashSet<>();
        List<ClaimDraft> out = new ArrayList<>();
        Span sentence = Span.of(s.start(), s.end());
        for (PhraseMatcher.Match<PredicateWord> m : lex.predicates().find(tokens)) {
            if (insideOfThem(tokens, m)) {
                continue; // 'Three of the injured': the whole's noun, no predicate
            }
            int ts = tokens.get(m.from()).start();
            int te = tokens.get(m.to() - 1).end();
            Span trigger = new Span(ts, te, text.substring(ts, te));
            boolean loss = m.value().voice() == ClaimLexicon.Voice.LOSS;
            boolean corpseOnly = wholeWordIs(tokens, m, Link.CORPSE_ONLY); // 'menemukan', not 'ditemukan tewas'
            boolean foundThing = corpseOnly && wholeWordIs(tokens, m, Link.FOUND_THING); // 'menemukan 5 pucuk senjata'
            boolean patientOnly = wholeWordIs(tokens, m, Link.PATIENT_ONLY); // 'menerima', 'received'
            boolean armsOnly = wholeWordIs(tokens, m, Link.ARMS_ONLY); // 'been hit', not 'been hit and killed'
            boolean airborneOnly = wholeWordIs(tokens, m, Link.AIRBORNE_ONLY); // 'intercepted': drones, not migrants
            if (corpseOnly && m.value().voice() == ClaimLexicon.Voice.ACTIVE
                    && !(foundThing && figures.countsThingsAfter(m.to(), used))
                    && figures.countsOtherThanBodiesAfter(m.to(), used)) {
                continue; // 'had earlier reported six dead': no bodies counted after it, so the figure stays for 'dead'
            }
            if (patientOnly && m.value().voice() == ClaimLexicon.Voice.ACTIVE
                    && !figures.countsPatientsAfter(m.to(), used)) {
                continue; // 'had received 64 injured persons': 'injured' reads them; 'menerima 200 pendaftar': none
            }
            boolean wholeOfBodies = false; // the parts of 'the bodies of 12 Maoists, five of them women' are bodies
            for (Figure read : figures.read(m.from(), m.to(), m.value(), used)) {
                Figure f = partOfTheWholeBefore(tokens, othersOfAThing(tokens, read, out), out);
                if (f == null) {
                    continue; // 'Tiga di antaranya hangus total.': a part of the sentence before's figure, read there
                }
                boolean equipment = (loss && !f.before() || PEOPLE_ONLY.contains(m.value().predicate()))
                        && !f.categoryGuessed() && (LOST_EQUIPMENT.contains(f.category())
                        || f.category() == ObjectCategory.VEHICLE); // 'eliminated ... four motor vehicles'
                if (loss && !equipment && (f.before() || f.categoryGuessed() || !LOST_PEOPLE.contains(f.category()))) {
                    continue; // 'kehilangan 5 kursi': not a count of people or arms lost
                }
                Predicate predicate = equipment ? Predicate.DESTROYED : m.value().predicate(); // 'lost 11,262 tanks'
                if (f.part() && !equipment && ofThemAt(tokens, Token.indexAt(tokens, f.objectStart())) != null) {
                    Predicate own = ownPredicateAfter(tokens, f, f, true); // '15 wounded people, two of whom later died'
                    predicate = own != null ? own : predicate;
                }
                boolean countsBodies = countsBodies(tokens, f);
                if (corpseOnly && !countsBodies) {
                    if (f.categoryGuessed() || f.category() != ObjectCategory.OTHER || !foundThing) {
                        continue; // 'found two survivors', 'puing dua pesawat ditemukan': only bodies found are dead
                    }
                    predicate = Predicate.SEIZED; // 'sebanyak 8,4 kilogram sabu baru ditemukan', 'found 12 rifles'
                }
                if (!equipment && PEOPLE_ONLY.contains(predicate) && !f.categoryGuessed()
                        && f.category() == ObjectCategory.OTHER && !countsBodies) {
                    continue; // '200 rounds of ammunition buried near a farmhouse': things are not killed
                }
                if (patientOnly && !countsBodies && lex.links(Link.PATIENT).find(tokens,
                        Token.indexAt(tokens, f.countStart()), tokenAfter(tokens, f)).isEmpty()) {
                    continue; // 'menerima 200 pendaftar': only patients received are wounded
                }
                if (armsOnly && (f.categoryGuessed() || !STRUCK_THINGS.contains(f.category()))) {
                    continue; // 'five people were hit by shrapnel', 'targets were struck': no count of losses
                }
                if (airborneOnly && !(!f.categoryGuessed() && AIRBORNE.contains(f.category())
                        || names(tokens, f, Link.MISSILE))) {
                    continue; // 'intercepted 40 migrants', '12 kilograms of heroin were intercepted': no loss
                }
                boolean bodies = countsBodies || f.part() && wholeOfBodies;
                wholeOfBodies = f.part() ? wholeOfBodies : bodies;
                if (predicate != Predicate.MISSING && bodies) {
                    predicate = Predicate.KILLED; // 'received 17 bodies and more than 40 wounded': bodies are dead
                }
                if (predicate == Predicate.DISPLACED && (!f.categoryGuessed() && !LOST_PEOPLE.contains(f.category())
                        || names(tokens, f, Link.FUGITIVE))) {
                    continue; // 'two neighbouring villages have fled': places do not flee; 'two suspects fled' escaped
                }
                if (THINGS_ONLY.contains(predicate) && !f.categoryGuessed() && LOST_PEOPLE.contains(f.category())) {
                    if (predicate == Predicate.DAMAGED || m.value().voice() != ClaimLexicon.Voice.STATIVE) {
                        continue; // 'dua orang terbakar', 'burned three people': no loss of things, nor a count
                    }
                    predicate = Predicate.MISSING; // 'Dua warga hanyut terbawa arus': people swept away are missing
                }
                if (predicate == Predicate.MISSING && !f.categoryGuessed() && f.category() == ObjectCategory.BUILDING) {
                    predicate = Predicate.DESTROYED; // 'empat rumah tertimbun', 'rumah hilang tersapu banjir': lost
                }
                if ((predicate == Predicate.CAPTURED || predicate == Predicate.ARRESTED) && !f.categoryGuessed()
                        && !LOST_PEOPLE.contains(f.category())) {
                    predicate = Predicate.SEIZED; // 'captured 12 border posts', 'mengamankan 12 pucuk senjata api':
                }                                 // things are seized, people captured or arrested
                ClaimDraft d = new ClaimDraft(predicate, f, si, trigger, sentence);
                d.affected = affected(tokens, f);
                d.othersOnly = othersOnly(tokens, f);
                d.increment = names(tokens, f, Link.INCREMENT);
                d.regularSoldiers = d.affected == null && names(tokens, f, Link.SOLDIER);
                d.ownSide = d.affected == null && possessive(tokens, f)
                        && !(d.othersOnly && TAKEN.contains(predicate)); // '2 tersangka lainnya ditangkap'
                d.possessor = d.ownSide ? nearestOrganisation(s, f.objectStart()) : null;
                boolean subjectActs = !f.before() && (m.value().voice() == ClaimLexicon.Voice.ACTIVE || loss)
                        && !figures.isToll(m.from(), m.to()); // 'those killed included', 'the toll rose to'
                // 'It had earlier reported 19 deaths', 'we counted 43 bodies': who counts the dead did not kill them
                boolean countsTheDead = corpseOnly && predicate != Predicate.SEIZED;
                // 'said ... that its fighters attacked ..., killing'
                boolean pronounSubject = subjectActs && !countsTheDead
                        && pronounOpens(tokens, afterLastCue(tokens, m.from(), s.start()), m.from());
                d.agent = pronounSubject || corpseOnly ? null : agent(s, m, subjectActs); // not who found them
                if (loss) { // the subject lost them: it is the side that suffered; whoever acted goes unnamed
                    d.affected = d.affected != null ? d.affected : d.agent;
                    d.agent = null;
                    d.otherAgent = true;
                }
                d.selfAgent = !loss && !f.before() && !countsTheDead
                        && (selfBefore(tokens, m.from()) || pronounSubject);
                if (d.selfAgent) {
                    d.agent = null; // 'Sembilan anggota OPM tewas dan kami mengamankan ...': the speaker's side, below
                }
                d.otherAgent |= !f.before() && d.agent == null && !d.selfAgent && (namedSubject(tokens, m.from())
                        || armedGroupSubject(tokens, m.from()));
                d.otherAgent |= !f.before() && !subjectActs; // 'korban tewas terdiri dari ...': no subject acted
                coordinated(d, out, f);
                if (d.agent != null && EntityIndex.sameSide(d.agent, d.affected)) {
                    d.agent = null;
                }
                int said = speechEnd(tokens, f.countStart(), s.end());
                d.place = place(s, d, said);
                d.period = period(s, tokens, said);
                out.add(d);
            }
            listOwner(out);
        }
        out.addAll(earlierFigures(s, si, figures, used, out));
        return out;
    }

    /**
     * The figures an EARLIER phrase gives after a figure of this sentence ({@code The death toll rose to 11, up from
     * seven on Monday}, {@code naik dari 1.150 jiwa yang dilaporkan sehari sebelumnya}): each is the same kind of loss
     * as the figure before the phrase, counted earlier, and counts what it counts unless it names a noun of its own.
     */
    private List<ClaimDraft> earlierFigures(Sentence s, int si, FigureReader figures, Set<Integer> used,
                                            List<ClaimDraft> read) {
        List<Token> tokens = s.tokens();
        List<ClaimDraft> out = new ArrayList<>();
        for (PhraseMatcher.Match<Link> m : lex.links(Link.EARLIER).find(tokens)) {
            int at = tokens.get(m.from()).start();
            ClaimDraft later = null;
            for (ClaimDraft d : read) {
                later = d.figure.countStart() < at ? d : later;
            }
            if (later == null) {
                continue; // 'The figure was up from five': a figure of the sentence before, not read here
            }
            for (Figure f : figures.read(m.from(), m.to(), new PredicateWord(later.predicate,
                    ClaimLexicon.Voice.ACTIVE), used)) {
                Figure fig = f.categoryGuessed() || f.objectText().isBlank() ? new Figure(f.count(), f.countStart(),
                        f.objectStart(), f.objectEnd(), later.figure.objectText(), later.figure.category(), false,
                        later.figure.categoryGuessed(), false, false) : f.whole();
                ClaimDraft d = new ClaimDraft(later.predicate, fig, si, new Span(at, tokens.get(m.to() - 1).end(),
                        text.substring(at, tokens.get(m.to() - 1).end())), Span.of(s.start(), s.end()));
                d.affected = later.affected;
                d.agent = later.agent;
                d.place = later.place;
                out.add(d);
                break; // the first figure after the phrase is the earlier one
            }
        }
        return out;
    }

    /**
     * True when a word for the speaker's own side stands in the three words before the predicate at token {@code at}
     * ({@code kami menyita}, {@code the rebels said they shot down}); in a quotation, a third person ({@code "They
     * burned more than 300 houses," the official said}) is someone else.
     */
    private boolean selfBefore(List<Token> tokens, int at) {
        List<PhraseMatcher.Match<Link>> self = lex.links(Link.SELF).find(tokens, Math.max(0, at - 3), at);
        if (self.isEmpty()) {
            return false;
        }
        int quotes = 0;
        for (int k = 0; k < at; k++) {
            quotes += tokens.get(k).isDoubleQuote() ? 1 : 0;
        }
        return quotes % 2 == 0 || self.stream().anyMatch(m -> lex.links(Link.THIRD_PERSON)
                .longestAt(tokens, m.from(), m.to()) == null);
    }

    /** True when figure {@code f} counts bodies: a body noun in it, or before it ({@code the bodies of 12 Maoists}). */
    private boolean countsBodies(List<Token> tokens, Figure f) {
        if (names(tokens, f, Link.CORPSE)) {
            return true;
        }
        int at = Token.indexAt(tokens, f.countStart());
        for (int k = Math.max(0, at - MAX_BODY_WORDS); k < at; k++) {
            PhraseMatcher.Match<Link> m = lex.links(Link.CORPSE).longestAt(tokens, k, at);
            if (m != null && m.to() == at) {
                return true; // 'the bodies of 12 Maoists', 'jenazah 12 korban'
            }
        }
        return false;
    }

    /** True when a word of role {@code link} stands in {@code f}'s counted phrase. */
    private boolean names(List<Token> tokens, Figure f, Link link) {
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < f.objectEnd(); i++) {
            if (tokens.get(i).start() >= f.objectStart() && lex.links(link).longestAt(tokens, i, i + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure of 'others' or 'units' alone ({@code captured nine others}, {@code 212 unit rusak sedang}) after a figure
     * of things in its sentence counts more of those things ({@code destroyed 22 combat vehicles}, {@code 137 unit
     * rumah rusak berat}), not people nor nothing; {@code f} itself otherwise.
     */
    private Figure othersOfAThing(List<Token> tokens, Figure f, List<ClaimDraft> before) {
        if (before.isEmpty() || f.objectEnd() <= f.objectStart()) {
            return f;
        }
        ObjectCategory last = before.get(before.size() - 1).figure.category();
        if (LOST_PEOPLE.contains(last) || last == ObjectCategory.OTHER) {
            return f;
        }
        int i = Token.indexAt(tokens, f.objectStart());
        boolean othersAlone = i < tokens.size() && tokens.get(i).end() == f.objectEnd()
                && (lex.links(Link.NOUN_TAIL).longestAt(tokens, i, i + 1) != null
                || lex.links(Link.GENERIC).longestAt(tokens, i, i + 1) != null); // '212 unit rusak sedang'
        return othersAlone ? f.countingAs(last) : f;
    }

    /**
     * A figure followed by 'of them' ({@code 26 di antaranya masih ditahan}) after a figure in its sentence ({@code
     * Lebih dari 40 warga ditangkap, ...}) is a part of that one and, with no noun of its own, counts what it counts;
     * null when its sentence has no figure before it (the sentence before has its whole); {@code f} itself otherwise.
     */
    private Figure partOfTheWholeBefore(List<Token> tokens, Figure f, List<ClaimDraft> before) {
        if (ofThemAt(tokens, tokenAfter(tokens, f)) == null) {
            return f;
        }
        if (before.isEmpty()) {
            return null;
        }
        if (!f.categoryGuessed()) {
            return f.asPart(); // '..., 26 warga di antaranya masih ditahan'
        }
        Figure whole = before.get(before.size() - 1).figure;
        return new Figure(f.count(), f.countStart(), f.objectStart(), f.objectEnd(), whole.objectText(),
                whole.category(), f.before(), whole.categoryGuessed(), false, true);
    }

    /**
     * The updated figures of a sentence that opens by pointing back to {@code earlier}'s figure ({@code Angka itu naik
     * menjadi sekitar 430 orang pada Jumat, termasuk 97 anak-anak}): they say what it says of the same side; empty
     * when the sentence opens otherwise.
     */
    List<ClaimDraft> update(Sentence s, int si, List<Quantity> quantities, List<ClaimDraft> before,
                            List<ClaimDraft> older) {
        List<Token> tokens = s.tokens();
        ClaimDraft earlier = wholeNamed(tokens, before, older); // 'Three of the dead': the dead, not the injured
        ClaimDraft restated = partitiveWhole(tokens, quantities, before, older);
        earlier = restated != null ? restated : earlier; // 'Empat dari 14 korban luka': the 14 wounded
        earlier = earlier == null ? null : wholeOfThePartsPredicate(tokens, before, earlier);
        List<ClaimDraft> out = new ArrayList<>();
        if (earlier == null) {
            return out; // 'Of the injured, 12 ...' after a sentence that gave no injured: a whole not read here
        }
        FigureReader figures = new FigureReader(lex, text, tokens, quantities, dates);
        for (Figure f : figures.update(earlier.figure, new HashSet<>())) {
            int end = tokens.get(0).end();
            for (Token t : tokens) {
                if (t.end() <= f.countStart()) {
                    end = t.end();
                }
            }
            int start = tokens.get(0).start();
            if (namesAnotherWhole(tokens, f, earlier.predicate)) {
                continue; // '... two farmers [dead]. Three of the injured ...': a part of a whole not read here
            }
            Predicate own = ownPredicateAfter(tokens, f, earlier.figure); // 'Tiga di antaranya hangus total'
            ClaimDraft d = new ClaimDraft(own != null ? own : earlier.predicate, f, si,
                    new Span(start, end, text.substring(start, end)), Span.of(s.start(), s.end()));
            d.affected = earlier.affected;
            d.partOfTheSentenceBefore = f.part();
            d.agent = earlier.agent;
            d.otherAgent = earlier.otherAgent;
            int said = speechEnd(tokens, f.countStart(), s.end());
            Entity here = place(s, d, said);
            d.place = here != null ? here : earlier.place;
            d.period = period(s, tokens, said);
            out.add(d);
        }
        return out;
    }

    /**
     * The claim of the sentence before that an 'of them' phrase in this one names by its predicate ({@code ... killed
     * 11 people and injured 30. Three of the dead ...}), or of {@code older}, the figures a sentence or two before,
     * when the sentence before gave none of that kind ({@code ... were killed. "... flattened two rows," he said. Two
     * of the dead ...}); else the last one; null when a phrase opening the sentence names a whole not given there
     * ({@code Of the injured, 12 ...} after the dead only).
     */
    private ClaimDraft wholeNamed(List<Token> tokens, List<ClaimDraft> before, List<ClaimDraft> older) {
        ClaimDraft last = before.get(before.size() - 1);
        for (int i = 0; i < Math.min(tokens.size(), 4); i++) {
            PhraseMatcher.Match<Link> ofThem = ofThemAt(tokens, i);
            Predicate named = ofThem == null ? null : namedIn(tokens, ofThem);
            ClaimDraft whole = named == null ? null : lastOf(before, named);
            whole = whole != null || named == null ? whole : lastOf(older, named);
            if (whole != null) {
                return whole;
            }
            if (ofThem != null) {
                return named == null || i > 0 ? last : null; // an opening 'Of the injured,' names its whole
            }
        }
        return last;
    }

    /**
     * The figure of {@code before}, else of {@code older}, that a partitive word in the sentence's first words
     * restates by its count ({@code Empat dari 14 korban luka} after '14 warga terluka'); null when none does.
     */
    private ClaimDraft partitiveWhole(List<Token> tokens, List<Quantity> quantities, List<ClaimDraft> before,
                                      List<ClaimDraft> older) {
        List<PhraseMatcher.Match<Link>> of = openingPartitives(tokens);
        if (of.isEmpty() || of.get(0).to() >= tokens.size()) {
            return null;
        }
        int at = tokens.get(of.get(0).to()).start();
        Double value = quantities.stream().filter(q -> q.start() == at).map(Quantity::value).findFirst().orElse(null);
        for (List<ClaimDraft> drafts : List.of(before, older)) {
            for (int k = drafts.size() - 1; value != null && k >= 0; k--) {
                if (value.equals(drafts.get(k).figure.count().value())) {
                    return drafts.get(k);
                }
            }
        }
        return null;
    }

    /** True when a partitive word stands in a sentence's first words ({@code Empat dari 14 korban luka}). */
    boolean opensWithAPartitive(List<Token> tokens) {
        return !openingPartitives(tokens).isEmpty();
    }

    private List<PhraseMatcher.Match<Link>> openingPartitives(List<Token> tokens) {
        return lex.links(Link.PARTITIVE).find(tokens, 0, Math.min(tokens.size(), PARTITIVE_OPENING_WORDS));
    }

    /** The last of {@code drafts} with predicate {@code p}; null when none has it. */
    private static ClaimDraft lastOf(List<ClaimDraft> drafts, Predicate p) {
        for (int k = drafts.size() - 1; k >= 0; k--) {
            if (drafts.get(k).predicate == p) {
                return drafts.get(k);
            }
        }
        return null;
    }

    /**
     * The claim before whose predicate the part says after its 'of them' phrase, when {@code earlier} has another
     * ({@code Sebelas personel polisi terluka dan empat kendaraan dibakar. ... tiga di antaranya mengalami luka robek}:
     * the wounded, not the vehicles said last); else {@code earlier}.
     */
    private ClaimDraft wholeOfThePartsPredicate(List<Token> tokens, List<ClaimDraft> before, ClaimDraft earlier) {
        List<PhraseMatcher.Match<Link>> ofThem = lex.links(Link.OF_THEM).find(tokens);
        if (ofThem.isEmpty()) {
            return earlier;
        }
        List<PhraseMatcher.Match<PredicateWord>> after = lex.predicates().find(tokens, ofThem.get(0).to(),
                tokens.size());
        Predicate p = after.isEmpty() ? null : after.get(0).value().predicate();
        ClaimDraft whole = p == null || p == earlier.predicate ? null : lastOf(before, p);
        return whole != null ? whole : earlier;
    }

    /**
     * True when a phrase of role {@code link} ends where predicate words {@code m} end: the word that says what befell
     * the figure is of that kind ({@code menemukan} of CORPSE_ONLY; not {@code ditemukan tewas}).
     */
    private boolean wholeWordIs(List<Token> tokens, PhraseMatcher.Match<PredicateWord> m, Link link) {
        PhraseMatcher.Match<Link> w = lex.links(link).longestAt(tokens, m.from(), m.to());
        return w != null && w.to() == m.to();
    }

    /** The first token that starts at or after the end of figure {@code f}'s noun. */
    private static int tokenAfter(List<Token> tokens, Figure f) {
        return Token.indexAt(tokens, f.objectEnd());
    }

    /** The 'of them' phrase at token {@code i} ({@code di antaranya}, {@code of the injured}), or null. */
    private PhraseMatcher.Match<Link> ofThemAt(List<Token> tokens, int i) {
        return i < tokens.size() ? lex.links(Link.OF_THEM).longestAt(tokens, i, tokens.size()) : null;
    }

    /** The predicate an 'of them' phrase names its whole by ({@code of the injured}: wounded), or null. */
    /**
     * The predicate of the whole that an 'of them' phrase among the sentence's tokens names ({@code Eleven of the
     * wounded}: WOUNDED; {@code 14 of the dead}: KILLED), or null when none names one ({@code Two of them}).
     */
    Predicate wholeNamedIn(List<Token> tokens) {
        for (PhraseMatcher.Match<Link> ofThem : lex.links(Link.OF_THEM).find(tokens)) {
            Predicate named = namedIn(tokens, ofThem);
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    private Predicate namedIn(List<Token> tokens, PhraseMatcher.Match<Link> ofThem) {
        List<PhraseMatcher.Match<PredicateWord>> found = lex.predicates().find(tokens, ofThem.from(), ofThem.to());
        return found.isEmpty() ? null : found.get(0).value().predicate();
    }

    /** True when predicate {@code m} ends an 'of them' phrase ({@code of the injured}). */
    private boolean insideOfThem(List<Token> tokens, PhraseMatcher.Match<PredicateWord> m) {
        for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) {
            PhraseMatcher.Match<Link> ofThem = lex.links(Link.OF_THEM).longestAt(tokens, k, tokens.size());
            if (ofThem != null && ofThem.to() >= m.to()) {
                return true;
            }
        }
        return false;
    }

    /** True when the 'of them' phrase after part {@code f} names a whole of another predicate ('of the injured'). */
    private boolean namesAnotherWhole(List<Token> tokens, Figure f, Predicate earlier) {
        PhraseMatcher.Match<Link> ofThem = ofThemAt(tokens, tokenAfter(tokens, f));
        Predicate named = ofThem == null ? null : namedIn(tokens, ofThem);
        return named != null && named != earlier;
    }

    /**
     * The predicate a part says after its figure in a sentence of its own ({@code Tiga di antaranya hangus total},
     * {@code 26 di antaranya masih ditahan}) before any reporting word, or null: none, or one that the whole's kind
     * cannot suffer (things are not killed, people not burnt down).
     */
    private Predicate ownPredicateAfter(List<Token> tokens, Figure part, Figure whole) {
        return ownPredicateAfter(tokens, part, whole, false);
    }

    /**
     * As {@link #ownPredicateAfter(List, Figure, Figure)}; with {@code clauseOnly}, only before the next comma, colon
     * or stop ({@code 15 wounded people, two of whom later died}; not {@code Empat korban meninggal dunia, satu di
     * antaranya balita. Enam orang masih kami cari}).
     */
    private Predicate ownPredicateAfter(List<Token> tokens, Figure part, Figure whole, boolean clauseOnly) {
        int from = tokenAfter(tokens, part);
        // '..., the group said ..., adding that rescuers were still searching for traders': past a reporting word
        // the words say something else
        List<PhraseMatcher.Match<ClaimLexicon.Cue>> cues = lex.cues().find(tokens, from, tokens.size());
        int end = cues.isEmpty() ? tokens.size() : cues.get(0).from();
        for (int i = from; i < end; i++) {
            if (clauseOnly && !tokens.get(i).isWord() && ",;:.".contains(tokens.get(i).text())) {
                return null;
            }
            PhraseMatcher.Match<Link> ofThem = ofThemAt(tokens, i);
            if (ofThem != null) {
                i = ofThem.to() - 1; // 'Three of the injured': the noun of the whole, no predicate of the part
                continue;
            }
            PhraseMatcher.Match<PredicateWord> m = lex.predicates().longestAt(tokens, i, tokens.size());
            if (m != null) {
                Predicate p = m.value().predicate();
                boolean people = LOST_PEOPLE.contains(whole.category());
                return people && THINGS_ONLY.contains(p) || !people && PEOPLE_ONLY.contains(p) ? null : p;
            }
        }
        return null;
    }

    /**
     * An owner named after the last item of a list is every item's ({@code tiga tank, 11 kendaraan tempur lapis baja,
     * dan tujuh pucuk artileri medan milik Ukraina}): items of one predicate without a side of their own take it.
     */
    private static void listOwner(List<ClaimDraft> out) {
        if (out.size() < 2) {
            return;
        }
        ClaimDraft last = out.get(out.size() - 1);
        if (last.affected == null || last.figure.before()) {
            return;
        }
        for (int k = out.size() - 2; k >= 0; k--) {
            ClaimDraft d = out.get(k);
            if (d.trigger.start() != last.trigger.start()) {
                break;
            }
            if (d.affected == null && !EntityIndex.sameSide(d.agent, last.affected)) {
                d.affected = last.affected;
            }
        }
    }

    /** The token of a demonym right after a BY word before token {@code before} ('by Burundian militiamen'), or -1. */
    private int byDemonym(List<Token> tokens, int before) {
        for (int k = 0; k + 1 < before; k++) {
            if (lex.links(Link.BY).longestAt(tokens, k, k + 1) != null
                    && ActorDictionary.standard().countryAt(tokens, k + 1, true) != null) {
                return k + 1;
            }
        }
        return -1;
    }

    /** The first mention right after a BY word ({@code by}, {@code oleh}) among {@code ms}, or null. */
    private Mention byAgent(List<Token> tokens, List<Mention> ms) {
        for (Mention m : ms) {
            for (int k = 1; k < tokens.size(); k++) {
                if (tokens.get(k).start() == m.start()) {
                    if (lex.links(Link.BY).longestAt(tokens, k - 1, k) != null) {
                        return m;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /**
     * A second predicate of the same subject after a first one's object ({@code it had killed 37 M23 fighters and
     * captured 12 others}): the side named in that object is what was acted on, not the agent; the agent is the
     * first predicate's, and the side the same.
     */
    private static void coordinated(ClaimDraft d, List<ClaimDraft> earlier, Figure f) {
        if (!f.before() && d.agent == null && d.selfAgent && d.affected == null) {
            for (ClaimDraft prev : earlier) { // 'claims it killed 46 Pakistani troops and captured 12 border posts'
                if (prev.selfAgent && prev.affected != null && !prev.figure.before()) {
                    d.affected = prev.affected;
                }
            }
            return;
        }
        if (f.before() || d.agent == null) {
            return;
        }
        for (ClaimDraft prev : earlier) {
            if (prev.affected != null && prev.affected.id().equals(d.agent.id()) && !prev.figure.before()
                    && prev.figure.objectEnd() <= d.trigger.start()) {
                d.agent = prev.agent;
                d.affected = d.affected != null ? d.affected : prev.affected;
                return;
            }
        }
    }

    /**
     * The organisation named last before offset {@code at} in the sentence: whose a possessive may be ({@code
     * inflicted hundreds of deaths on the RSF and destroyed 22 of its vehicles}); null when none.
     */
    private Entity nearestOrganisation(Sentence s, int at) {
        Entity last = null;
        List<Token> tokens = s.tokens();
        for (Mention m : index.in(s.start(), at)) {
            if (m.entity().type() == EntityType.ORGANIZATION && !EntityIndex.isOutlet(m.entity())
                    && !modifiesANoun(tokens, m.end())) {
                last = m.entity();
            }
        }
        return last;
    }

    /** True when a lower-case word other than a list word follows offset {@code end}: 'Israeli military base'. */
    private boolean modifiesANoun(List<Token> tokens, int end) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= end) {
                Token t = tokens.get(i);
                return t.isWord() && !t.isCapitalized() && lex.links(Link.SEPARATOR).longestAt(tokens, i, i + 1) == null;
            }
        }
        return false;
    }

    /**
     * True when the only possessive in the counted phrase is a word for 'the others' ({@code lainnya}): more of
     * those counted before, who are the speaker's own only when they suffered, never when they were taken.
     */
    private boolean othersOnly(List<Token> tokens, Figure f) {
        boolean others = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= f.objectStart() && t.end() <= f.objectEnd()) {
                if (lex.links(Link.POSSESSIVE).longestAt(tokens, i, i + 1) != null) {
                    return false;
                }
                others |= lex.links(Link.NOUN_TAIL).longestAt(tokens, i, i + 1) != null;
            }
        }
        return others;
    }

    /** {@code 25 of its soldiers}, {@code prajuritnya}: the counted people belong to whoever states the figure. */
    private boolean possessive(List<Token> tokens, Figure f) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= f.objectStart() && t.end() <= f.objectEnd()
                    && (lex.links(Link.POSSESSIVE).longestAt(tokens, i, i + 1) != null
                    && !agentBeforeAPredicate(tokens, i) || t.text().endsWith("nya") && t.text().length() > 5)) {
                return true;
            }
        }
        return false;
    }

    /** True when the pronoun at token {@code i} stands right before a predicate: its doer ('tersangka kami amankan'). */
    private boolean agentBeforeAPredicate(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && lex.predicates().longestAt(tokens, i + 1, tokens.size()) != null;
    }

    /**
     * The side named in the counted phrase, or by an owner word right after it ({@code pesawat tempur Su-34 milik
     * Rusia}); a place after a locative ({@code two towns near Goma}) is no side.
     */
    private Entity affected(List<Token> tokens, Figure f) {
        // a name that starts in the counted phrase, though the phrase ends inside it ('sembilan anggota Tentara
        // Pembebasan Nasional Papua Barat-Organisasi Papua Merdeka (TPNPB-OPM)')
        int end = tokens.isEmpty() ? f.objectEnd() : Math.max(f.objectEnd(), tokens.get(tokens.size() - 1).end());
        for (Mention m : index.in(f.objectStart(), end)) {
            if (m.start() >= f.objectEnd()) {
                continue;
            }
            if (m.entity().type() == EntityType.LOCATION && afterLocative(tokens, m.start())
                    || after(Link.MAKER, tokens, m.start())) {
                continue;
            }
            return side(m.entity());
        }
        int after = Token.indexAt(tokens, f.objectEnd());
        if (after < tokens.size() && tokens.get(after).text().equals("(")) {
            while (after < tokens.size() && !tokens.get(after).text().equals(")")) {
                after++; // 'dua pesawat nirawak (drone) milik Kamboja'
            }
            after++;
        }
        if (after >= tokens.size()) {
            return null;
        }
        PhraseMatcher.Match<Link> owner = lex.links(Link.OWNER).longestAt(tokens, after, tokens.size());
        if (owner != null && owner.to() < tokens.size()) {
            int k = owner.to();
            if (k + 1 < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).isCapitalized()) {
                k++; // 'belonging to the Saudi-led coalition', 'milik pasukan Rusia'
            }
            for (Mention m : index.in(tokens.get(owner.to()).start(), tokens.get(tokens.size() - 1).end())) {
                if (m.start() <= tokens.get(k).start()) {
                    return side(m.entity());
                }
                break;
            }
        }
        Entity demonym = demonymSide(tokens, f);
        return demonym != null ? demonym : governmentSide(tokens, f);
    }

    /**
     * The state's forces a GOVERNMENT word in the counted phrase names ({@code tiga prajurit pemerintah}, {@code
     * government troops}): the side of the last military or government body with a country named before the figure;
     * null when none is.
     */
    private Entity governmentSide(List<Token> tokens, Figure f) {
        if (!names(tokens, f, Link.GOVERNMENT)) {
            return null;
        }
        Entity state = null;
        for (Mention m : index.in(0, f.countStart())) {
            Entity e = m.entity();
            if (e.type() == EntityType.ORGANIZATION && e.country() != null
                    && ("MIL".equals(e.sector()) || "GOV".equals(e.sector()))) {
                state = e;
            }
        }
        return state == null ? null : side(state);
    }

    /**
     * The country whose demonym qualifies the counted phrase ({@code 41 Ukrainian drones}, {@code two Israeli
     * tanks}), when the article names that country; the demonym alone is no entity.
     */
    private Entity demonymSide(List<Token> tokens, Figure f) {
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < f.objectEnd(); i++) {
            if (tokens.get(i).start() < f.objectStart()) {
                continue;
            }
            ActorDictionary.Match m = ActorDictionary.standard().countryAt(tokens, i, true);
            if (m != null && m.actor().country() != null) {
                return index.country(m.actor().country());
            }
        }
        return null;
    }

    /** Predicates of people taken by the other side: 'the others' arrested are never the speaker's own. */
    private static final Set<Predicate> TAKEN = Set.of(Predicate.ARRESTED, Predicate.CAPTURED);
    private static final int MAX_CAUSE_WORDS = 4;
    /** Tokens of a clause's subject before its attack verb ('the paramilitary Rapid Support Forces (RSF) shelled'). */
    private static final int MAX_CLAUSE_SUBJECT = 10;
    /** Words before an attack word in which the side attacking is named ('A Russian drone and missile barrage'). */
    private static final int MAX_ATTACK_MODIFIERS = 4;
    /** Words of a body noun phrase before a count ('the bodies of'). */
    private static final int MAX_BODY_WORDS = 3;
    /** Words after a predicate in which its cause may stand ('tewas dan 46 lainnya luka-luka akibat serangan X'). */
    private static final int MAX_CAUSE_GAP = 8;
    /** Words after 'by' within which the doer's name starts ({@code by the Sudanese army}). */
    private static final int MAX_BY_WORDS = 3;
    /** Words at a sentence's start within which a partitive word opens a part ('Empat dari 14 korban luka'). */
    private static final int PARTITIVE_OPENING_WORDS = 4;
    private static final java.util.Set<ObjectCategory> LOST_PEOPLE = java.util.Set.of(ObjectCategory.PERSONNEL,
            ObjectCategory.CIVILIANS, ObjectCategory.PEOPLE);
    /** Predicates that only things suffer: said of people, swept away means missing, burnt means nothing countable. */
    private static final java.util.Set<Predicate> THINGS_ONLY = java.util.Set.of(Predicate.DESTROYED,
            Predicate.DAMAGED);
    /** Predicates that only people suffer: said of arms, they mean destroyed ({@code eliminated ... four tanks}). */
    private static final java.util.Set<Predicate> PEOPLE_ONLY = java.util.Set.of(Predicate.KILLED,
            Predicate.KILLED_OR_WOUNDED);
    /** What an arms-only predicate counts ({@code 15 Russian aircraft had been hit}): arms, vehicles, buildings. */
    private static final java.util.Set<ObjectCategory> STRUCK_THINGS = java.util.Set.of(
            ObjectCategory.ARMOURED_VEHICLE, ObjectCategory.ARTILLERY, ObjectCategory.AIR_DEFENCE,
            ObjectCategory.AIRCRAFT, ObjectCategory.HELICOPTER, ObjectCategory.SHIP, ObjectCategory.RADAR,
            ObjectCategory.DEPOT, ObjectCategory.VEHICLE, ObjectCategory.BUILDING);
    /** What an airborne-only predicate counts besides missiles ({@code 12 drones were intercepted}). */
    private static final java.util.Set<ObjectCategory> AIRBORNE = java.util.Set.of(ObjectCategory.AIRCRAFT,
            ObjectCategory.HELICOPTER, ObjectCategory.DRONE);
    /** Arms a side is said to have lost: destroyed ({@code Russia has lost 11,262 tanks}). */
    private static final java.util.Set<ObjectCategory> LOST_EQUIPMENT = java.util.Set.of(
            ObjectCategory.ARMOURED_VEHICLE, ObjectCategory.ARTILLERY, ObjectCategory.AIR_DEFENCE,
            ObjectCategory.AIRCRAFT, ObjectCategory.HELICOPTER, ObjectCategory.DRONE, ObjectCategory.SHIP,
            ObjectCategory.ANTI_TANK_WEAPON, ObjectCategory.RADAR, ObjectCategory.DEPOT);

    /** True when a possessive and a capitalised word follow offset {@code end} ({@code Sudan's South Kordofan}). */
    private static boolean possessesAPlace(List<Token> tokens, int end) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).start() >= end) {
                return tokens.get(k).isPossessive() && tokens.get(k + 1).isCapitalized();
            }
        }
        return false;
    }

    private Entity agent(Sentence s, PhraseMatcher.Match<PredicateWord> m, boolean subjectActs) {
        List<Token> tokens = s.tokens();
        int ts = tokens.get(m.from()).start();
        if (subjectActs) {
            int clause = afterLastCue(tokens, m.from(), s.start());
            List<Mention> ms = index.actorsIn(text, clause, ts);
            if (m.from() > 0 && tokens.get(m.from() - 1).text().equals(",") && !ms.isEmpty()) {
                // ', killing three suspects': the clause's subject acted, not the last noun; in a passive clause, who
                // it was done by ('a camp was attacked by Burundian militiamen ..., killing')
                Mention by = byAgent(tokens, ms);
                if (by == null && byDemonym(tokens, m.from()) >= 0) {
                    // 'attacked by Burundian militiamen ..., killing': their country's side, else no one named
                    ActorDictionary.Match d = ActorDictionary.standard().countryAt(tokens, byDemonym(tokens, m.from()),
                            true);
                    return d.actor().country() == null ? null : sideOfCountry(d.actor().country());
                }
                ms = List.of(by != null ? by : ms.get(0));
            }
            for (int i = ms.size() - 1; i >= 0; i--) {
                Entity e = ms.get(i).entity();
                boolean actor = !EntityIndex.isOutlet(e) && e.type() != EntityType.LOCATION
                        || EntityIndex.isCountry(e) && !afterLocative(tokens, ms.get(i).start());
                if (actor && !after(Link.MAKER, tokens, ms.get(i).start())
                        && !(EntityIndex.isCountry(e) && possessesAPlace(tokens, ms.get(i).end()))) {
                    return side(e); // 'the capital of Sudan's South Kordofan state, has killed': not Sudan
                }
            }
            Entity attack = subjectAttack(tokens, clause, m.from());
            if (attack != null) {
                return attack; // 'An Israeli air strike has hit a school in Gaza City, killing': not the city
            }
            int from = Math.max(0, m.from() - 3);
            return ms.isEmpty() ? attacker(tokens, from, m.from()) : null; // 'Israeli strikes killed 44 people'
        }
        int te = tokens.get(m.to() - 1).end();
        for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 2); k++) {
            if (lex.links(Link.BY).longestAt(tokens, k, k + 1) != null) {
                // the doer named right after 'by' ('killed by the security forces, according to X': not X)
                int near = tokens.get(Math.min(tokens.size() - 1, k + MAX_BY_WORDS)).end();
                List<Mention> ms = index.actorsIn(text, te, s.end());
                if (ms.isEmpty() || ms.get(0).start() > near) {
                    // 'by Israeli strikes'
                    return attacker(tokens, k + 1, Math.min(tokens.size(), k + 1 + MAX_CAUSE_WORDS));
                }
                if (aTargetOrPlaceBefore(tokens, k + 1, ms.get(0).start()) || !attacks(ms.get(0).entity())) {
                    return null; // 'tewas ditembak di Intan Jaya': where, not who
                }
                return side(ms.get(0).entity());
            }
        }
        int to = Math.min(tokens.size(), m.to() + MAX_CAUSE_GAP);
        for (int k = m.to(); k < to; k++) {
            if (!tokens.get(k).isWord()) {
                break; // the clause ends
            }
            if (lex.links(Link.CAUSE).longestAt(tokens, k, k + 1) != null) {
                Entity attacker = attacker(tokens, k + 1, Math.min(tokens.size(), k + 1 + MAX_CAUSE_WORDS));
                return attacker != null ? attacker : subjectOfAnAttackVerb(tokens, k + 1); // 'after the RSF shelled'
            }
        }
        return null;
    }

    /**
     * The side an attack word names in {@code tokens[from, to)}: a demonym right before it ({@code Israeli
     * strikes}, {@code Russian shelling}) or an actor right after it ({@code serangan India}, {@code tembakan artileri
     * Pakistan}, {@code attacks by Russia}); null when there is none.
     */
    private Entity attacker(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.links(Link.ATTACK).longestAt(tokens, k, k + 1) == null) {
                continue;
            }
            Entity before = attackerBefore(tokens, from, k);
            if (before != null) {
                return before;
            }
            int end = k + 1; // the words after it up to a mark: 'raids, which he said struck' names no attacker
            while (end < Math.min(tokens.size(), k + 4) && tokens.get(end).isWord()) {
                end++;
            }
            for (Mention m : index.actorsIn(text, tokens.get(k).end(), tokens.get(end - 1).end())) {
                Entity e = m.entity();
                if (aTargetOrPlaceBefore(tokens, k + 1, m.start())) {
                    break; // 'strikes in south Lebanon', 'serangan ke Israel': where it struck, not who
                }
                if (attacks(e)) {
                    return side(e);
                }
            }
        }
        return null;
    }

    /**
     * The side that the subject of an attack verb names, in the clause from token {@code from} ({@code the
     * paramilitary Rapid Support Forces (RSF) shelled}, {@code Russian forces shelled}, {@code KKB menembaki}): the
     * last actor that may attack before the verb, within {@value #MAX_CLAUSE_SUBJECT} tokens and no comma; null when
     * no attack verb follows so near.
     */
    private Entity subjectOfAnAttackVerb(List<Token> tokens, int from) {
        int to = Math.min(tokens.size(), from + MAX_CLAUSE_SUBJECT + 1);
        for (int v = from + 1; v < to; v++) {
            if (",".equals(tokens.get(v).text()) || ";".equals(tokens.get(v).text())) {
                return null; // 'in the overnight raids, which he said struck': the raids' clause ends
            }
            if (lex.links(Link.ATTACK_VERB).longestAt(tokens, v, v + 1) == null) {
                continue;
            }
            List<Mention> subject = index.actorsIn(text, tokens.get(from).start(), tokens.get(v - 1).end());
            for (int i = subject.size() - 1; i >= 0; i--) {
                if (attacks(subject.get(i).entity())) {
                    return side(subject.get(i).entity());
                }
            }
            return attackerBefore(tokens, from, v); // 'Russian shelling' as the subject: its demonym
        }
        return null;
    }

    /** True when a locative or target word stands from token {@code from} to offset {@code end} ('on', 'ke'). */
    private boolean aTargetOrPlaceBefore(List<Token> tokens, int from, int end) {
        for (int k = from; k < tokens.size() && tokens.get(k).start() < end; k++) {
            if (lex.links(Link.LOCATIVE).longestAt(tokens, k, k + 1) != null
                    || lex.links(Link.TARGET).longestAt(tokens, k, k + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The side that the words qualifying attack word {@code k} name, back to token {@code from} (the word right before
     * it always): a demonym ({@code Israeli strikes}, {@code An Israeli air strike}, {@code A Russian drone and missile
     * barrage}) or an actor ({@code RSF drone strikes}); null when they name none.
     */
    private Entity attackerBefore(List<Token> tokens, int from, int k) {
        int first = k;
        while (first > 0 && first > Math.min(from, k - 1) && k - first < MAX_ATTACK_MODIFIERS
                && tokens.get(first - 1).isWord()) {
            first--;
        }
        for (int j = first; j < k; j++) {
            ActorDictionary.Match d = ActorDictionary.standard().countryAt(tokens, j, true);
            if (d != null && j + d.length() <= k && d.actor().country() != null) {
                Entity side = sideOfCountry(d.actor().country());
                if (side != null) {
                    return side;
                }
            }
        }
        if (first == k) {
            return null;
        }
        for (Mention m : index.actorsIn(text, tokens.get(first).start(), tokens.get(k).start())) {
            Entity e = m.entity();
            if (attacks(e)) {
                return side(e);
            }
        }
        return null;
    }

    /**
     * The side of an attack that heads the subject of a clause starting at offset {@code from}, its first words before
     * the predicate at token {@code predicate} ({@code A Russian drone attack on the port of Odesa killed two}, {@code
     * An Israeli air strike has hit a school ..., killing}); null when the subject is no attack or names no side.
     */
    private Entity subjectAttack(List<Token> tokens, int from, int predicate) {
        int k0 = Math.min(predicate, Token.indexAt(tokens, from));
        for (int k = k0; k < Math.min(predicate, k0 + MAX_ATTACK_MODIFIERS + 1) && tokens.get(k).isWord(); k++) {
            if (lex.links(Link.ATTACK).longestAt(tokens, k, k + 1) != null) {
                return attacker(tokens, k0, k + 1);
            }
        }
        return null;
    }

    /** True for an entity that may attack: no news outlet, and no place but a country. */
    private static boolean attacks(Entity e) {
        return !EntityIndex.isOutlet(e) && (e.type() != EntityType.LOCATION || EntityIndex.isCountry(e));
    }

    /** The article's entity for an attacking country: its place entity, else its military or government. */
    private Entity sideOfCountry(String iso) {
        Entity country = index.country(iso);
        return country != null ? country : index.stateBody(iso);
    }

    /** True when the clause from offset {@code from} opens with a possessive or first-person pronoun ('its fighters'). */
    private boolean pronounOpens(List<Token> tokens, int from, int predicate) {
        for (int k = 0; k < predicate; k++) {
            if (tokens.get(k).start() >= from) {
                return k > 0 && (lex.links(Link.POSSESSIVE).longestAt(tokens, k, k + 1) != null
                        || lex.links(Link.SELF).longestAt(tokens, k, k + 1) != null);
            }
        }
        return false;
    }

    /**
     * Where the subject of an active predicate may begin: after the last reporting word before it, since whoever
     * speaks ({@code the Observatory said that air strikes killed}) is not thereby the one who acted, nor is the
     * subject of a main clause the agent in a clause of its own ({@code Guterres called for ..., where fighting has
     * displaced}); a party's own action is given back by its claimant later.
     */
    private int afterLastCue(List<Token> tokens, int predicate, int sentenceStart) {
        int from = sentenceStart;
        for (PhraseMatcher.Match<ClaimLexicon.Cue> c : lex.cues().find(tokens, 0, predicate)) {
            if (!c.value().relays()) {
                from = Math.max(from, tokens.get(c.to() - 1).end());
            }
        }
        if (from > sentenceStart) { // 'said in a statement posted on Facebook that its fighters attacked': not Facebook
            for (PhraseMatcher.Match<Link> that : lex.links(Link.THAT).find(tokens, 0, predicate)) {
                if (tokens.get(that.from()).start() >= from) {
                    from = tokens.get(that.to() - 1).end();
                    break;
                }
            }
        }
        for (PhraseMatcher.Match<Link> c : lex.links(Link.CLAUSE).find(tokens, 0, predicate)) {
            from = Math.max(from, tokens.get(c.to() - 1).end());
        }
        return from;
    }

    /**
     * True when an armed group's noun stands before the predicate in its clause, no coordinator, clause word,
     * reporting word or other predicate between, and none before it, whose object it would be ({@code menewaskan 120
     * anggota pasukan pemberontak dan menghancurkan 14 tank}) ({@code Separatist militants attacked security posts
     * ..., killing 14 security personnel, the military said}): they acted, not the speaker's side.
     */
    private boolean armedGroupSubject(List<Token> tokens, int predicate) {
        List<PhraseMatcher.Match<Link>> groups = lex.links(Link.ARMED_GROUP).find(tokens, 0, predicate);
        if (groups.isEmpty()) {
            return false;
        }
        int group = groups.get(groups.size() - 1).to();
        return lex.predicates().find(tokens, 0, groups.get(groups.size() - 1).from()).isEmpty() // not an object
                && lex.links(Link.COORDINATOR).find(tokens, group, predicate).isEmpty()
                && lex.links(Link.CLAUSE).find(tokens, group, predicate).isEmpty()
                && lex.cues().find(tokens, group, predicate).isEmpty() // 'Kelompok pemberontak Houthi mengklaim'
                && lex.predicates().find(tokens, group, predicate).isEmpty();
    }

    /**
     * A reporting word is followed by a subject of its own before the active predicate ({@code police said gunmen
     * abducted 27 students}): whoever acted is named there, not the speaker.
     */
    private boolean namedSubject(List<Token> tokens, int predicate) {
        int from = -1;
        for (PhraseMatcher.Match<ClaimLexicon.Cue> c : lex.cues().find(tokens, 0, predicate)) {
            if (!c.value().relays()) {
                from = c.to();
            }
        }
        if (from < 0) {
            return false;
        }
        int i = from;
        while (i < predicate) {
            Token t = tokens.get(i);
            if (!t.isWord() || dates.stream().anyMatch(dm -> dm.start() <= t.start() && t.end() <= dm.end())) {
                i++;
                continue;
            }
            if (lex.links(Link.SELF).longestAt(tokens, i, predicate) != null
                    || lex.links(Link.PRONOUN).longestAt(tokens, i, predicate) != null) {
                return false;
            }
            PhraseMatcher.Match<Link> skip = null;
            for (Link l : new Link[] {Link.LEAD, Link.AUX, Link.SUBJECT_ADVERB}) {
                PhraseMatcher.Match<Link> x = lex.links(l).longestAt(tokens, i, predicate);
                if (x != null && (skip == null || x.to() > skip.to())) {
                    skip = x;
                }
            }
            if (skip == null) {
                return !verbLike(t.lower());
            }
            i = skip.to();
        }
        return false;
    }

    /**
     * A word that reads as a verb by its form (Indonesian {@code me-}, {@code di-}, {@code ber-} prefixes, English
     * {@code -ed}): a coordinated action ({@code mengklaim telah menyerang kapal ... dan melukai}), not a subject.
     */
    private static boolean verbLike(String w) {
        return w.length() > 4 && (w.startsWith("me") || w.startsWith("di") || w.startsWith("ber")
                || w.endsWith("ed"));
    }

    /** True when a locative word ({@code di}, {@code in}, {@code western}) stands right before {@code offset}. */
    private boolean afterLocative(List<Token> tokens, int offset) {
        return after(Link.LOCATIVE, tokens, offset);
    }

    /** True when a word of {@code role} ends within the two tokens right before {@code offset}. */
    private boolean after(Link role, List<Token> tokens, int offset) {
        int at = Token.indexAt(tokens, offset);
        return at > 0 && !lex.links(role).find(tokens, Math.max(0, at - 2), at).isEmpty();
    }

    /** Governments and armed forces act for their country; other actors stand for themselves. */
    private Entity side(Entity e) {
        String sector = e.sector() == null ? "" : e.sector();
        boolean state = sector.equals("GOV") || sector.equals("MIL") || (e.type() == EntityType.ORGANIZATION
                && sector.isEmpty());
        return state ? index.sideOf(e) : e;
    }

    /** Words a name may take between a BASED phrase and a locative ('Camp Evangelista Station Hospital in'). */
    private static final int MAX_NAME_WORDS = 6;
    /** Tokens of a BASED phrase right before a place ('dievakuasi ... ke rumah sakit di Kota Dumaguete'). */
    private static final int BASED_REACH = 4;
    /** Words of a noun between a locative and 'of' before a place ('in the hinterlands of Butig'). */
    private static final int MAX_PLACE_NOUN_WORDS = 3;

    /** True when {@code dm} is a year right after an article, modifying the noun after it ('the 2016 peace deal'). */
    private boolean yearModifyingANoun(List<Token> tokens, DateMention dm) {
        if (dm.resolution() != Resolution.YEAR) {
            return false;
        }
        for (int k = 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).start() == dm.start()) {
                return lex.links(Link.ARTICLE).longestAt(tokens, k - 1, k) != null && tokens.get(k + 1).isWord()
                        && tokens.get(k + 1).end() > dm.end();
            }
        }
        return false;
    }

    /** Marks that end a quotation's words before its closing quotation mark ({@code ... di lokasi," kata Rudi}). */
    private static final Set<String> SPEECH_END = Set.of(",", ".", "?", "!");

    /**
     * Where the words of a quotation holding the figure at offset {@code figure} end: what follows (the cue, where
     * and when it was said: {@code ," kata Rudi kepada wartawan di Palu, Senin (12/10/2026)}) is no place or date of
     * the figure; {@code end} when the figure stands in no quotation.
     */
    private static int speechEnd(List<Token> tokens, int figure, int end) {
        boolean opened = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isDoubleQuote()) {
                continue;
            }
            if (t.start() < figure) {
                opened = !opened;
            } else {
                boolean closesSpeech = opened && k > 0 && SPEECH_END.contains(tokens.get(k - 1).text());
                return closesSpeech ? t.start() : end; // 'killed "dozens of terrorists" in Khan Younis': no speech
            }
        }
        return end;
    }

    private Entity place(Sentence s, ClaimDraft d, int said) {
        List<Token> tokens = s.tokens();
        Entity right = placeRightAfter(s, d);
        if (right != null) {
            return right; // '18 over Belgorod Region, 11 over Kursk Region', 'killed 5 in Gaza and 3 in Lebanon'
        }
        int[] parts = partsAfter(tokens, d.figure.objectEnd(), s.end());
        for (Mention m : index.in(s.start(), s.end())) {
            Entity e = m.entity();
            if (e.type() != EntityType.LOCATION || same(e, d.agent) || same(e, d.affected) || m.start() >= said
                    || m.start() >= parts[0] && m.start() < parts[1]) {
                continue; // the places of its parts ('including 21 over Kursk Oblast', ': 18 over ...') are theirs
            }
            int at = Token.indexAt(tokens, m.start());
            if (at < tokens.size() && DateSpans.covers(dates, tokens.get(at))) {
                continue; // 'in a report in May': a month the name finder took for a place
            }
            if (!lex.links(Link.BASED).find(tokens, Math.max(0, at - BASED_REACH), at).isEmpty()
                    || basedPastAName(tokens, at)) {
                continue; // 'SOHR, pemantau perang yang berbasis di Inggris': where the monitor sits, not the place
            }
            for (int k = Math.max(0, at - 3); k < at; k++) {
                if (lex.links(Link.LOCATIVE).longestAt(tokens, k, at) != null) {
                    return e;
                }
            }
            if (afterALocativeNoun(tokens, at)) {
                return e; // 'in the hinterlands of Butig'
            }
        }
        return null;
    }

    /**
     * True when a BASED phrase, a name and a locative stand before token {@code at} ({@code airlifted to Camp
     * Evangelista Station Hospital in Cagayan de Oro City}): where the hospital is, not where it happened.
     */
    private boolean basedPastAName(List<Token> tokens, int at) {
        int k = at - 1;
        if (k < 1 || lex.links(Link.LOCATIVE).longestAt(tokens, k, at) == null) {
            return false;
        }
        int names = 0;
        k = at - 2;
        while (k >= 0 && names < MAX_NAME_WORDS && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            names++;
            k--;
        }
        return names > 0 && !lex.links(Link.BASED).find(tokens, Math.max(0, k - 2), k + 1).isEmpty();
    }

    /**
     * True when a locative and a lower-case noun phrase, with 'of' or none, stand right before token {@code at} ('in
     * the hinterlands of Butig', 'di kawasan hutan Desa Kilo').
     */
    private boolean afterALocativeNoun(List<Token> tokens, int at) {
        int end = at - 1;
        if (end > 0 && lex.links(Link.QUALIFIER).longestAt(tokens, end, at) != null) {
            end--;
        }
        for (int k = end; k >= Math.max(0, end - MAX_PLACE_NOUN_WORDS); k--) {
            if (!tokens.get(k).isWord() || tokens.get(k).isCapitalized()) {
                return false;
            }
            if (lex.links(Link.LOCATIVE).longestAt(tokens, k, k + 1) != null) {
                return k < end;
            }
            if (lex.links(Link.STOP).longestAt(tokens, k, k + 1) != null) {
                return false; // 'di arah yang oleh Moskow disebut': a clause, not a noun
            }
        }
        return false;
    }

    /**
     * Where the parts of a figure ending at offset {@code from} are listed: from a colon to the sentence's end, or
     * from a subset word to the next comma or predicate ({@code including 21 over Kursk Oblast,}); an empty range
     * when none.
     */
    private int[] partsAfter(List<Token> tokens, int from, int end) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() < from) {
                continue;
            }
            if (t.text().equals(":")) {
                return new int[] {t.start(), end};
            }
            PhraseMatcher.Match<Link> subset = lex.links(Link.SUBSET).longestAt(tokens, k, tokens.size());
            if (subset != null) {
                int j = subset.to();
                while (j < tokens.size() && !tokens.get(j).text().equals(",")
                        && lex.predicates().longestAt(tokens, j, tokens.size()) == null) {
                    j++;
                }
                return new int[] {t.start(), j < tokens.size() ? tokens.get(j).start() : end};
            }
        }
        return new int[] {end, end};
    }

    /** A place named right after the figure's counted noun, after a locative word ({@code 11 over Kursk Region}). */
    private Entity placeRightAfter(Sentence s, ClaimDraft d) {
        List<Token> tokens = s.tokens();
        Entity bracketed = placeBeforeBracket(s, d);
        if (bracketed != null) {
            return bracketed; // 'Jawa Tengah (5 orang)'
        }
        int k = Token.indexAt(tokens, d.figure.objectEnd());
        PhraseMatcher.Match<Link> loc = k < tokens.size() ? lex.links(Link.LOCATIVE).longestAt(tokens, k,
                tokens.size()) : null;
        if (loc == null || loc.to() >= tokens.size()) {
            return null;
        }
        for (Mention m : index.in(tokens.get(loc.to()).start(), s.end())) {
            Entity e = m.entity();
            boolean first = m.start() == tokens.get(loc.to()).start();
            return first && e.type() == EntityType.LOCATION && !same(e, d.agent) && !same(e, d.affected) ? e : null;
        }
        return null;
    }

    /** The place named right before the bracket that opens on the figure ({@code Jawa Timur (4)}), or null. */
    private Entity placeBeforeBracket(Sentence s, ClaimDraft d) {
        List<Token> tokens = s.tokens();
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).start() == d.figure.countStart()) {
                if (!tokens.get(k - 1).text().equals("(")) {
                    return null;
                }
                int end = tokens.get(k - 1).start();
                for (Mention m : index.in(s.start(), end)) {
                    if (m.entity().type() == EntityType.LOCATION && text.substring(m.end(), end).isBlank()) {
                        return m.entity();
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static boolean same(Entity a, Entity b) {
        return a != null && b != null && a.id().equals(b.id());
    }

    /** True when an ISO date value ('2025-12', '2025-11-13T10:00+07:00') lies after the article's publication. */
    private boolean afterPublication(String value) {
        if (published == null || value.length() < 4 || !Character.isDigit(value.charAt(0))) {
            return false;
        }
        String day = published.toString();
        int n = Math.min(Math.min(value.length(), day.length()), 10);
        return value.substring(0, n).compareTo(day.substring(0, n)) > 0;
    }

    Period period(Sentence s, List<Token> tokens) {
        return period(s, tokens, s.end());
    }

    private Period period(Sentence s, List<Token> tokens, int said) {
        for (DateMention dm : dates) {
            if (dm.start() < s.start() || dm.end() > s.end() || dm.value() == null || afterPublication(dm.value())) {
                continue; // 'since the junta announced elections for next month': no figure is counted ahead
            }
            String from = intervalStart(dm.value());
            String to = intervalEnd(dm.value()); // 'the past 24 hours', 'this week': from its first day to its last
            if (dm.start() >= said) {
                return new Period(null, to); // said on that day: it happened by then
            }
            if (yearModifyingANoun(tokens, dm)) {
                continue; // 'former Farc fighters who signed the 2016 peace deal': no time of the figure
            }
            int at = 0;
            while (at < tokens.size() && tokens.get(at).end() <= dm.start()) {
                at++;
            }
            if (!lex.links(Link.SINCE).find(tokens, 0, at).isEmpty()) {
                return new Period(from, null);
            }
            if (!lex.links(Link.UNTIL).find(tokens, Math.max(0, at - 3), at).isEmpty()) {
                return new Period(null, to);
            }
            return dm.resolution() == Resolution.DECADE ? new Period(from, null) : new Period(from, to);
        }
        return null;
    }

    /** The first day of an EDTF interval ('2025-11-26/2025-12-03'), or the value itself. */
    private static String intervalStart(String value) {
        int slash = value.indexOf('/');
        return slash < 0 ? value : value.substring(0, slash);
    }

    /** The last day of an EDTF interval, or the value itself. */
    private static String intervalEnd(String value) {
        int slash = value.indexOf('/');
        return slash < 0 ? value : value.substring(slash + 1);
    }
}
