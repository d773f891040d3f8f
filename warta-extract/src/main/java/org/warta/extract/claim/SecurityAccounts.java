package org.warta.extract.claim;

import java.util.List;
import java.util.Set;
import org.warta.extract.claim.ClaimLexicon.Link;
import org.warta.extract.claim.EntityIndex.Mention;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.Entity;
import org.warta.model.Predicate;
import org.warta.model.Quote;

/**
 * Arrests and seizures that no one is cited for, done by the security forces ({@code Dari lokasi, polisi menyita lima
 * bilah celurit}, {@code Polisi mengamankan 23 orang}, {@code Lima orang ditangkap dalam penggerebekan}), are the
 * security forces' own account, as police and army news gives it: their claimant is the security forces' source
 * nearest them in the article, before them else after (a police or army body or officer that gave figures, such as
 * the Kapolres of the press conference), else the police or army body or officer named nearest before them. A
 * passive that names no doer is theirs only near their account; a figure in a quote is its speaker's.
 */
final class SecurityAccounts {
    /** Sectors of the security forces. */
    private static final Set<String> FORCES = Set.of("COP", "MIL");
    /** The predicates of what the security forces do and report themselves. */
    private static final Set<Predicate> THEIR_ACTS = Set.of(Predicate.ARRESTED, Predicate.SEIZED);
    /** Tokens before an active predicate within which its doer is named ('polisi sudah mengamankan'). */
    private static final int DOER_WORDS = 3;
    /** Sentences from the forces' account within which a passive arrest or seizure naming no doer is theirs. */
    private static final int PASSIVE_REACH = 4;

    private final ClaimLexicon lex;
    private final List<Sentence> sentences;
    private final EntityIndex index;
    private final List<Quote> quotes;

    SecurityAccounts(ClaimLexicon lex, List<Sentence> sentences, EntityIndex index, List<Quote> quotes) {
        this.lex = lex;
        this.sentences = sentences;
        this.index = index;
        this.quotes = quotes;
    }

    /** Gives each such figure of {@code drafts} without a claimant its security forces' source, when there is one. */
    void apply(List<ClaimDraft> drafts) {
        for (ClaimDraft d : drafts) {
            if (d.claimant != null || d.deniedInItsSentence || !THEIR_ACTS.contains(d.predicate)) {
                continue;
            }
            List<Token> t = sentences.get(d.sentence).tokens();
            if (!lex.cues().find(t).isEmpty() || inAQuote(d.figure.countStart())) {
                continue; // 'officials said', 'menurut warga', a quote: someone is cited, named or not
            }
            Entity source = null;
            if (namedDoer(d, t)) {
                source = nearestSource(drafts, d, Integer.MAX_VALUE);
                source = source != null ? source : namedBefore(t.isEmpty() ? 0 : t.get(0).start());
            } else if (d.agent == null && d.figure.before() && !d.otherAgent && !d.selfAgent) {
                // 'Lima orang ditangkap ...': no doer named, so only near the forces' own account
                source = nearestSource(drafts, d, PASSIVE_REACH);
            }
            if (source != null) {
                d.claimant = source;
                d.claimantCarried = true;
            }
        }
    }

    /**
     * True when the security forces are named as the doer: a police or army body is the agent, or a word for them
     * stands right before the predicate ({@code polisi}, {@code petugas}, {@code penyidik}, {@code officers}).
     */
    private boolean namedDoer(ClaimDraft d, List<Token> t) {
        if (d.agent != null) {
            return ofTheForces(d.agent);
        }
        int predicate = Token.indexAt(t, d.trigger.start());
        for (int k = Math.max(0, predicate - DOER_WORDS); k < predicate; k++) {
            if (lex.links(Link.SECURITY_FORCE).longestAt(t, k, predicate) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean inAQuote(int at) {
        return quotes.stream().anyMatch(q -> q.start() <= at && at < q.end());
    }

    /**
     * The claimant of the security forces nearest figure {@code d} within {@code reach} sentences, by sentences, the
     * one before on a tie; null when none.
     */
    private static Entity nearestSource(List<ClaimDraft> drafts, ClaimDraft d, int reach) {
        Entity best = null;
        int distance = Integer.MAX_VALUE;
        for (ClaimDraft o : drafts) {
            if (!ofTheForces(o.claimant) || Math.abs(o.sentence - d.sentence) > reach) {
                continue;
            }
            int gap = Math.abs(o.sentence - d.sentence) * 2 + (o.sentence > d.sentence ? 1 : 0);
            if (gap < distance) {
                distance = gap;
                best = o.claimant;
            }
        }
        return best;
    }

    /** The police or army body or officer named last before offset {@code start}, or null. */
    private Entity namedBefore(int start) {
        Entity last = null;
        for (Mention m : index.in(0, start)) {
            if (ofTheForces(m.entity())) {
                last = m.entity();
            }
        }
        return last;
    }

    /** True for a police or army body or officer. */
    private static boolean ofTheForces(Entity e) {
        return e != null && e.sector() != null && FORCES.contains(e.sector());
    }
}
