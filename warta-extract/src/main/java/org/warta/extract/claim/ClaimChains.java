package org.warta.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.ObjectCategory;
import org.warta.model.Predicate;
import org.warta.model.Response;
import org.warta.model.Stance;

/**
 * What claims of one claimant share. A country named as claimant ({@code Azerbaijan mengklaim}, the metonym
 * {@code Baku juga mengklaim}) is the same voice as that country's body named elsewhere in the article
 * ({@code Kementerian Pertahanan Azerbaijan}); a claimant's relays hold for all its claims; sides, place and period
 * said once carry to its later claims; a figure stated again ({@code Selain mengklaim telah "menghabisi" 2.300
 * prajurit Armenia}) is the same claim.
 */
final class ClaimChains {
    /** Sentences apart within which a country's claims and its body's are one voice. */
    private static final int REFINE_REACH = 3;
    private static final java.util.Set<ObjectCategory> PEOPLE = java.util.Set.of(ObjectCategory.PERSONNEL,
            ObjectCategory.CIVILIANS);

    private ClaimChains() {
    }

    static void refineSides(List<ClaimDraft> drafts, EntityIndex index) {
        for (ClaimDraft d : drafts) {
            if (d.claimant == null || !EntityIndex.isCountry(d.claimant)) {
                continue; // a city cited as source ('citing the Isfahan crisis office') speaks for no national body
            }
            for (ClaimDraft other : drafts) {
                Entity o = other.claimant;
                if (o != null && o.type() != EntityType.LOCATION && EntityIndex.sameSide(o, d.claimant)
                        && Math.abs(other.sentence - d.sentence) <= REFINE_REACH) {
                    d.claimant = o;
                    break;
                }
            }
        }
    }

    /** Sectors whose bodies fight: their 'others' are their own. */
    private static final java.util.Set<String> ARMED_SECTORS = java.util.Set.of("MIL", "REB", "INS", "COP", "SPY");

    static void share(List<ClaimDraft> drafts, EntityIndex index) {
        for (int i = 0; i < drafts.size(); i++) {
            ClaimDraft d = drafts.get(i);
            if (d.claimant == null) {
                continue;
            }
            for (ClaimDraft o : drafts) {
                if (o != d && o.claimant != null && o.claimant.id().equals(d.claimant.id())) {
                    d.via.addAll(o.via);
                }
            }
            ClaimDraft before = earlierOfSameClaimant(drafts, i);
            if (d.affected == null && d.regularSoldiers && d.figure.before()
                    && (d.agent == null || !EntityIndex.sameSide(d.agent, d.claimant))
                    && "MIL".equals(d.claimant.sector()) && d.claimant.country() != null) {
                // an army's 'one soldier was killed', also 'when an SDF drone targeted army positions': its own soldier
                d.affected = index.sideOf(d.claimant);
            }
            if (d.ownSide && d.affected == null && d.othersOnly && before != null && before.sentence == d.sentence
                    && before.affected != null) { // '43 warga Palestina tewas dan 218 lainnya luka-luka'
                d.affected = before.affected;
            }
            if (d.ownSide && d.affected == null) {
                // 'its vehicles' after another side's name is that side's; else the speaker's own
                Entity side = d.possessor != null && !EntityIndex.sameSide(d.possessor, d.claimant)
                        ? index.sideOf(d.possessor) : index.sideOf(d.claimant);
                if (side != null && side.type() == EntityType.PERSON) { // a person is no side; their country is
                    side = side.country() == null ? null : index.country(side.country()) != null
                            ? index.country(side.country()) : index.stateBody(side.country());
                }
                // 'the others' are the speaker's own only when the speaker's side is armed ('dua prajurit lainnya'
                // said by the army), not an office, a disaster agency or a commission that reports ('Dua warga
                // lainnya, kata dia', 'tujuh warga lainnya masih dalam pencarian' said by BNPB)
                // nor are other things ('21 drone lainnya hilang dari radar' said by the air force are the enemy's)
                d.affected = side != null && d.othersOnly && (!isArmed(side) || !countsPeople(d.figure))
                        ? null : side;
                if (EntityIndex.sameSide(d.agent, d.affected)) {
                    d.agent = null;
                }
            }
            if (before != null) {
                boolean took = false;
                if (d.affected == null && !d.ownSide && before.affected != null
                        && !EntityIndex.sameSide(before.affected, d.agent)) { // 'our border guards' are no one else's
                    d.affected = before.affected;
                    took = true;
                }
                if (d.agent == null && before.agent != null && !d.figure.before() && !d.otherAgent) {
                    d.agent = before.agent;
                    took = true;
                }
                if (d.place == null && before.place != null && !before.figure.part()) { // a part's place is its own
                    d.place = before.place;
                    took = true;
                }
                if (d.period == null && before.period != null) {
                    d.period = before.period;
                    took = true;
                }
                d.inherited = took;
            }
            if (d.agent == null && !d.figure.before() && !d.otherAgent && (isArmed(d.claimant) || d.selfAgent)
                    && !EntityIndex.sameSide(d.claimant, d.affected)) {
                d.agent = index.sideOf(d.claimant);
            }
        }
    }

    /**
     * A party to a fight speaks of what its own side did; a monitor, an agency, a relief body or a person of no
     * known side only reports it ({@code air strikes killed 18 civilians, the Observatory said}), so it is never
     * taken for the agent.
     */
    private static boolean isParty(Entity e) {
        if (e.type() == EntityType.LOCATION) {
            return e.country() != null;
        }
        return e.sector() != null && ClaimStatusRules.PARTY_SECTORS.contains(e.sector());
    }

    /** True when a figure counts people of any kind, not things. */
    private static boolean countsPeople(Figure f) {
        return f.category() == ObjectCategory.PEOPLE || PEOPLE.contains(f.category());
    }

    /** A side that fights: a country, or a body of an armed sector (ARMED_SECTORS). */
    private static boolean isArmed(Entity e) {
        if (e.type() == EntityType.LOCATION) {
            return e.country() != null;
        }
        return e.sector() != null && ARMED_SECTORS.contains(e.sector());
    }

    private static ClaimDraft earlierOfSameClaimant(List<ClaimDraft> drafts, int i) {
        for (int k = i - 1; k >= 0; k--) {
            ClaimDraft o = drafts.get(k);
            if (o.claimant != null && o.claimant.id().equals(drafts.get(i).claimant.id())) {
                return o;
            }
        }
        return null;
    }

    static List<ClaimDraft> mergeRestatements(List<ClaimDraft> drafts) {
        List<ClaimDraft> kept = new ArrayList<>();
        for (ClaimDraft d : drafts) {
            ClaimDraft same = null;
            for (ClaimDraft k : kept) {
                if (restates(k, d)) {
                    same = k;
                    break;
                }
            }
            if (same == null) {
                kept.add(d);
            } else {
                d.evidence.forEach(same::addEvidence);
                same.via.addAll(d.via);
                if (same.claimant == null && d.claimant != null && d.confirmation != null) {
                    // not attributed by one who confirms it further down ('manajemen APLI membenarkan tiga pekerja
                    // meninggal dunia'): a confirmation of the lede's source
                    same.addResponse(new Response(d.claimant.id(), Stance.CONFIRMED, d.confirmation.start(),
                            d.confirmation.end()));
                } else if (same.claimant == null && d.claimant != null) {
                    same.claimant = d.claimant; // the lede's toll, attributed further down
                    same.claimantCarried = d.claimantCarried;
                }
                if (same.claimant != null && d.claimant != null && same.claimant.id().equals(d.claimant.id())) {
                    same.place = same.place != null ? same.place : d.place; // a summary's figure, placed in the body
                    same.period = same.period != null ? same.period : d.period;
                }
            }
        }
        return kept;
    }

    /**
     * The same figure said again by the same voice: the same claimant, or one of its side right after
     * ({@code The army said it had killed 37 M23 fighters ... "Thirty-seven terrorists were neutralised," he said});
     * a plain count of people restates one of soldiers or civilians, but a count of more ones restates none that is
     * not.
     */
    private static boolean restates(ClaimDraft a, ClaimDraft b) {
        if (a.sentence == b.sentence || !Objects.equals(a.figure.count(), b.figure.count())
                || !compatible(a.predicate, b.predicate) || partRightAfter(a, b) || partRightAfter(b, a)
                || a.increment != b.increment) { // 'Three more bodies were found' adds to the toll, 'three fighters'
            return false;                        // are the toll
        }
        if (a.claimant == null || b.claimant == null) {
            return unattributedRestatement(a, b);
        }
        boolean voice = a.claimant.id().equals(b.claimant.id())
                || EntityIndex.sameSide(a.claimant, b.claimant) && Math.abs(a.sentence - b.sentence) <= REFINE_REACH;
        return voice && sameKind(a.figure, b.figure);
    }

    /**
     * True when {@code part} is a part read in the sentence right after {@code whole}'s, which its figure belongs to
     * ({@code Three more bodies were found. Three of the dead were foreign nationals.}): one of them, not the same
     * figure again.
     */
    private static boolean partRightAfter(ClaimDraft whole, ClaimDraft part) {
        return part.partOfTheSentenceBefore && !whole.figure.part() && part.sentence == whole.sentence + 1;
    }

    /**
     * A toll said once without a source and once with one, or twice without ({@code jumlah korban meninggal tercatat
     * 27 orang ... "sehingga total korban meninggal menjadi 27 orang," kata Rahmadi}): the same predicate and kind, an
     * exact figure of more than one, and no two different places or periods.
     */
    private static boolean unattributedRestatement(ClaimDraft a, ClaimDraft b) {
        org.warta.model.Count c = a.figure.count();
        return a.predicate == b.predicate && c.value() != null && c.value() > 1 && !c.approximate()
                && sameKind(a.figure, b.figure) && a.figure.category() == b.figure.category()
                && (a.place == null || b.place == null || a.place.id().equals(b.place.id()))
                && ClaimStatusRules.overlap(a.period, b.period);
    }

    /**
     * Figures of one kind of thing: the same category or people of any kind, and for the catch-all 'other' the same
     * first word counted ({@code tiga bom udara} is not {@code tiga rudal}).
     */
    private static boolean sameKind(Figure a, Figure b) {
        if (a.category() == ObjectCategory.OTHER && b.category() == ObjectCategory.OTHER) {
            return firstWord(a.objectText()).equals(firstWord(b.objectText()));
        }
        if ((a.implicitOne() || b.implicitOne()) && !isPeople(a.category())) {
            // single things of a list of losses ('a tank', 'a US-made HMMWV armored vehicle') are one thing only
            // when the same noun heads them
            return a.category() == b.category() && lastWord(a.objectText()).equals(lastWord(b.objectText()));
        }
        return sameKind(a.category(), b.category());
    }

    private static boolean isPeople(ObjectCategory c) {
        return c == ObjectCategory.PEOPLE || PEOPLE.contains(c);
    }

    private static String firstWord(String s) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT);
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    private static String lastWord(String s) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT);
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    private static boolean sameKind(ObjectCategory a, ObjectCategory b) {
        return a == b || a == ObjectCategory.PEOPLE && PEOPLE.contains(b) || b == ObjectCategory.PEOPLE
                && PEOPLE.contains(a);
    }

    private static boolean compatible(Predicate a, Predicate b) {
        return a == b || (a == Predicate.KILLED_OR_WOUNDED && (b == Predicate.KILLED || b == Predicate.WOUNDED))
                || (b == Predicate.KILLED_OR_WOUNDED && (a == Predicate.KILLED || a == Predicate.WOUNDED));
    }
}
