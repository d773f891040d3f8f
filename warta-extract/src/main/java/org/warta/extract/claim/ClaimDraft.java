package org.warta.extract.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.warta.model.Claim;
import org.warta.model.ClaimStatus;
import org.warta.model.Entity;
import org.warta.model.Period;
import org.warta.model.Predicate;
import org.warta.model.Response;
import org.warta.model.Span;

/** A claim while the finder fills it in: mutable, private to the claim stage. */
final class ClaimDraft {
    final Predicate predicate;
    final Figure figure;
    final int sentence;
    final Span trigger;
    Entity claimant;
    boolean claimantCarried;
    /** The figure is what a denial in its own sentence denies ('membantah kabar ... bahwa 20 orang tewas'). */
    boolean deniedInItsSentence;
    /**
     * The confirming word before it in its own sentence, when it restates the figure ('membenarkan tiga pekerja
     * meninggal dunia'), or null.
     */
    Span confirmation;
    boolean partOfTheSentenceBefore; // 'Three of the dead ...' opening the sentence after its whole
    final Set<String> via = new LinkedHashSet<>();
    Entity agent;
    Entity affected;
    /** The counted phrase says the figure is the claimant's own ({@code of its soldiers}, {@code prajuritnya}). */
    boolean ownSide;
    /** The only possessive of the counted phrase is a word for 'the others' ({@code tujuh lainnya}). */
    boolean othersOnly;
    boolean increment; // 'Three more bodies', 'dua jenazah tambahan': added to a toll, not the toll
    /** The counted phrase names a state's regular soldiers ('soldier', 'prajurit'), with no owner. */
    boolean regularSoldiers;
    /** The organisation named last before an own-side figure ('on the RSF and destroyed 22 of its vehicles'). */
    Entity possessor;
    /** The subject of an active predicate is the speaker's own side ({@code kami menyita}, {@code we shot down}). */
    boolean selfAgent;
    /** A subject of its own, not an entity, stands before the active predicate ({@code gunmen abducted}). */
    boolean otherAgent;
    Entity place;
    Period period;
    boolean inherited;
    ClaimStatus status;
    final List<Response> responses = new ArrayList<>();
    final List<Span> evidence = new ArrayList<>();

    ClaimDraft(Predicate predicate, Figure figure, int sentence, Span trigger, Span sentenceSpan) {
        this.predicate = predicate;
        this.figure = figure;
        this.sentence = sentence;
        this.trigger = trigger;
        this.evidence.add(sentenceSpan);
    }

    void addEvidence(Span s) {
        if (!evidence.contains(s)) {
            evidence.add(s);
        }
    }

    void addResponse(Response r) {
        for (Response have : responses) {
            if (have.party().equals(r.party()) && have.stance() == r.stance()) {
                return;
            }
        }
        responses.add(r);
    }

    /** How directly the text states this claim: lower for implied counts, guessed objects and carried sources. */
    double confidence() {
        double c = 0.9;
        c -= figure.implicitOne() ? 0.2 : 0;
        c -= figure.categoryGuessed() ? 0.1 : 0;
        c -= figure.count().approximate() ? 0.05 : 0;
        c -= claimantCarried ? 0.1 : 0;
        c -= inherited ? 0.05 : 0;
        return Math.max(0.3, Math.round(c * 100) / 100.0);
    }

    Claim toClaim(String id) {
        return new Claim(id, predicate, figure.count(), figure.category(), figure.objectText(), idOf(claimant),
                List.copyOf(via), idOf(agent), idOf(affected), idOf(place), period, status, responses, evidence,
                confidence());
    }

    private static String idOf(Entity e) {
        return e == null ? null : e.id();
    }
}
