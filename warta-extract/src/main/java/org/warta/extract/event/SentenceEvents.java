package org.warta.extract.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.warta.extract.claim.ClaimLexicon;
import org.warta.extract.claim.ClaimLexicon.Link;
import org.warta.extract.claim.EntityIndex;
import org.warta.extract.claim.EntityIndex.Mention;
import org.warta.extract.claim.PhraseMatcher;
import org.warta.extract.event.EventLexicon.Cue;
import org.warta.extract.event.EventLexicon.EventWord;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;
import org.warta.model.EventType;
import org.warta.model.Modality;
import org.warta.model.Span;

/**
 * The events one sentence expresses through its event words. An event word that follows a word taking a whole
 * proposition (agreeing, asking, refusing, threatening, accusing, supporting, meeting, protesting: {@code agreed to
 * cooperate}, {@code mendukung upaya ... mengakhiri konflik}, {@code lifted a curfew}, {@code suspended aid}) is that
 * event's content, not an event of its own.
 * Modality comes from the words right before the event word; a deontic word ({@code harus}, {@code must}) makes the
 * event a REQUEST for it.
 */
final class SentenceEvents {
    private static final Set<EventType> PROPOSITIONAL = EnumSet.of(EventType.AGREE, EventType.REQUEST,
            EventType.REJECT, EventType.THREATEN, EventType.ACCUSE, EventType.SUPPORT, EventType.CONSULT,
            EventType.PROTEST, EventType.SANCTION, EventType.CONCEDE);
    private static final int MODALITY_WINDOW = 4;
    /** Material acts: their actor is never taken from a reporting clause before them. */
    private static final Set<EventType> MATERIAL = EnumSet.of(EventType.ASSAULT, EventType.COERCE);

    private final EventLexicon lex;
    private final String text;
    private final EntityIndex index;
    private final Participants participants;

    SentenceEvents(EventLexicon lex, String text, EntityIndex index) {
        this.lex = lex;
        this.text = text;
        this.index = index;
        this.participants = new Participants(text, index);
    }

    /** {@code lastActor}: the person who acted last, for a pronoun subject the entity stage left unresolved. */
    List<EventDraft> read(Sentence s, int si, String lastActor) {
        List<Token> tokens = s.tokens();
        List<int[]> quotes = Participants.quoteRegions(s);
        List<EventDraft> out = new ArrayList<>();
        int[] governed = null;
        for (PhraseMatcher.Match<EventWord> m : lex.verbs().find(tokens)) {
            int ts = tokens.get(m.from()).start();
            int te = tokens.get(m.to() - 1).end();
            int[] region = Participants.regionOf(quotes, ts);
            if (!readsAsEventWord(tokens, m) || causedByHazard(tokens, m)) {
                continue;
            }
            if (governed != null && sameRegion(governed, region) && !boundaryBetween(tokens, governed[2], m.from())) {
                continue;
            }
            EventWord w = m.value();
            EventDraft d = new EventDraft(w.type(), w.mode(), new Span(ts, te, text.substring(ts, te)),
                    Span.of(s.start(), s.end()), si);
            modality(tokens, m.from(), d);
            participants(s, tokens, m, region, d, lastActor);
            out.add(d);
            if (PROPOSITIONAL.contains(w.type())) {
                governed = new int[] {region == null ? -1 : region[0], region == null ? -1 : region[1], m.to()};
            }
        }
        return out;
    }

    /**
     * A capitalised word inside a sentence is part of a name ({@code Asia-Pacific Economic Cooperation}, {@code
     * Askar}); a person or thing noun is not an event ({@code supporters}, {@code detainees}).
     */
    private boolean readsAsEventWord(List<Token> tokens, PhraseMatcher.Match<EventWord> m) {
        Token first = tokens.get(m.from());
        boolean sentenceStart = m.from() == 0 || !tokens.get(m.from() - 1).isWord() && m.from() == 1;
        if (first.isCapitalized() && !sentenceStart) {
            return false;
        }
        PhraseMatcher.Match<Boolean> not = lex.notEvents().longestAt(tokens, m.from(), tokens.size());
        return not == null || not.to() < m.to();
    }

    /** {@code An earthquake struck ..., killing 157 people}: a hazard before a violent word makes a toll, no ASSAULT. */
    private boolean causedByHazard(List<Token> tokens, PhraseMatcher.Match<EventWord> m) {
        return m.value().type() == EventType.ASSAULT && !lex.hazards().find(tokens, 0, m.from()).isEmpty();
    }

    private static boolean sameRegion(int[] governed, int[] region) {
        return region == null ? governed[0] < 0 : governed[0] == region[0];
    }

    private static boolean boundaryBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (w.equals(";") || w.equals(":")) {
                return true;
            }
        }
        return false;
    }

    private void modality(List<Token> tokens, int at, EventDraft d) {
        int from = at;
        while (from > 0 && at - from < MODALITY_WINDOW && tokens.get(from - 1).isWord()) {
            from--;
        }
        Cue strongest = null;
        for (PhraseMatcher.Match<Cue> m : lex.modality().find(tokens, from, at)) {
            if (m.value() != Cue.PASSIVE && (strongest == null || m.value().ordinal() > strongest.ordinal())) {
                strongest = m.value();
            }
        }
        if (strongest == Cue.DEONTIC) {
            if (d.type != EventType.REQUEST) {
                d.mode = lex.demandMode(d.type);
                d.type = EventType.REQUEST;
            }
        } else if (strongest == Cue.BACKGROUND) {
            d.modality = Modality.HISTORICAL;
        } else if (strongest != null) {
            d.modality = Modality.valueOf(strongest.name());
        }
    }

    private void participants(Sentence s, List<Token> tokens, PhraseMatcher.Match<EventWord> m, int[] region,
                              EventDraft d, String lastActor) {
        int ts = tokens.get(m.from()).start();
        int te = tokens.get(m.to() - 1).end();
        int lo = region == null ? s.start() : region[0];
        int hi = region == null ? s.end() : region[1];
        List<Mention> actors;
        List<Mention> recipients;
        if (m.value().passive() || passiveAuxiliaryBefore(tokens, m.from())) {
            actors = participants.after(te, hi);
            recipients = participants.before(lo, ts);
        } else {
            int from = MATERIAL.contains(d.type) ? Math.max(lo, afterReportingWord(tokens, m.from())) : lo;
            actors = participants.before(from, ts);
            recipients = participants.after(te, hi);
        }
        actors.forEach(a -> d.actors.add(a.entity().id()));
        recipients.forEach(r -> d.recipients.add(r.entity().id()));
        if (d.actors.isEmpty() && region != null) {
            Mention speaker = participants.speaker(s, region);
            if (speaker != null) {
                d.actors.add(speaker.entity().id());
                d.confidence -= 0.1;
            }
        }
        if (d.actors.isEmpty() && lastActor != null && pronounBefore(tokens, m.from())) {
            d.actors.add(lastActor);
            d.confidence -= 0.15;
        }
        if (d.actors.isEmpty()) {
            d.confidence -= 0.2;
        }
        d.place = place(s, tokens, d);
    }

    /**
     * The end of the last reporting word before an event word ({@code the Observatory said air strikes killed}):
     * who reports a violent act is not thereby its actor.
     */
    private static int afterReportingWord(List<Token> tokens, int at) {
        int from = -1;
        for (PhraseMatcher.Match<ClaimLexicon.Cue> c : ClaimLexicon.standard().cues().find(tokens, 0, at)) {
            if (c.value() == ClaimLexicon.Cue.SOURCE_BEFORE) {
                from = tokens.get(c.to() - 1).end();
            }
        }
        return from;
    }

    /** {@code were killed}, {@code was attacked}: an auxiliary of the passive right before the event word. */
    private boolean passiveAuxiliaryBefore(List<Token> tokens, int at) {
        for (int i = Math.max(0, at - 2); i < at; i++) {
            PhraseMatcher.Match<Cue> m = lex.modality().longestAt(tokens, i, at);
            if (m != null && m.value() == Cue.PASSIVE) {
                return true;
            }
        }
        return false;
    }

    private static boolean pronounBefore(List<Token> tokens, int at) {
        PhraseMatcher<Link> pronouns = ClaimLexicon.standard().links(Link.PRONOUN);
        for (int i = Math.max(0, at - MODALITY_WINDOW); i < at; i++) {
            if (pronouns.longestAt(tokens, i, i + 1) != null) {
                return true;
            }
        }
        return false;
    }

    private String place(Sentence s, List<Token> tokens, EventDraft d) {
        PhraseMatcher<Link> locative = ClaimLexicon.standard().links(Link.LOCATIVE);
        for (Mention mention : index.in(s.start(), s.end())) {
            String id = mention.entity().id();
            if (mention.entity().type() != EntityType.LOCATION || d.actors.contains(id) || d.recipients.contains(id)) {
                continue;
            }
            int at = Token.indexAt(tokens, mention.start());
            if (!locative.find(tokens, Math.max(0, at - 3), at).isEmpty()) {
                return id;
            }
        }
        return null;
    }
}
