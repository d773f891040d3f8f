package org.warta.extract.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.extract.claim.ClaimLexicon.Cue;
import org.warta.extract.claim.ClaimLexicon.Link;
import org.warta.extract.claim.EntityIndex.Mention;
import org.warta.extract.date.DateSpans;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Stance;

/**
 * Who a sentence says its figures come from: the source named by a reporting word ({@code Azerbaijan
 * mengklaim}, {@code menurut X}, {@code police said}, {@code according to X}) and the media that relay it
 * ({@code menurut laporan di media Anadolu Agency}, {@code seperti dilansir Reuters}, {@code citing X}). A news
 * outlet named as a source is a relay, not a claimant.
 *
 * @param source      the claimant entity, or null
 * @param pronoun     true when the source is a pronoun the entity stage did not resolve ({@code Ia mengatakan})
 * @param cueSeen     true when a reporting word was present, even without a resolvable source
 * @param via         names of relaying media, in text order
 * @param otherSubject true when a reporting word's subject names someone the entity stage did not resolve
 *                     ({@code Ukraine's general staff said}, {@code Kelompok bersenjata itu mengklaim} after an
 *                     armed group named earlier), so the sentence's figures are not the previous source's
 * @param firstUnnamed the offset of the first reporting word whose speaker no entity names, when no named source
 *                     stood before it ({@code a local civil society leader said}); -1 when none
 */
record Attribution(Entity source, boolean pronoun, boolean cueSeen, List<String> via, int cueStart,
                   boolean otherSubject, List<Said> said, List<Integer> clauses, int firstUnnamed) {

    /**
     * One reporting word and the source it names: {@code Russia's Defence Ministry said} (null when no entity names
     * it: {@code the Islamist group said}, after a named source in the sentence); {@code after} when the
     * source follows the word ({@code according to X}).
     */
    record Said(int cueStart, Entity source, boolean after) {
    }
    /** How far after a noun the name it describes may start ('Kelompok bersenjata etnis Arakan Army'). */
    private static final int MAX_DESCRIBED_NAME_GAP = 40;
    private static final int MAX_GAP = 4;
    /** Tokens of a subject closed by a word that points back, a relative clause inside ('Kelompok yang ... tersebut'). */
    private static final int MAX_DEFINITE_SUBJECT = 8;
    /** Characters of an office written out before its holder's name ('Kepala Kantor Pencarian dan Pertolongan ...'). */
    private static final int MAX_ROLE_CHARS = 160;
    /** Characters of a rank or comma between an office written out and its holder ('TNI', 'Kombes Pol'). */
    private static final int RANK_CHARS = 16;
    /** Tokens between a denial and the word that opens the claim it denies ('membantah klaim TPNPB bahwa'). */
    private static final int MAX_DENIED_CLAIM_WORDS = 8;
    /** Tokens of an aside between a subject and its reporting verb ('Residents, speaking to HT by phone, said'). */
    private static final int MAX_ASIDE_TOKENS = 16;
    /** Characters back from a place within which the organisation that speaks for it starts ('BPBD Kabupaten X'). */
    private static final int MAX_OFFICE_CHARS = 120;
    /** Words of the noun a place's name stands beside, after a locative ('in the capital, Sanaa'). */
    private static final int MAX_PLACE_NOUN_WORDS = 3;
    /** Tokens back from a cue in which its source is looked for: the gap's words, and dates and brackets beside. */
    private static final int MAX_SEARCH = 20;
    /** Tokens an aside between a source and its verb may take ({@code , the chief spokesman for the ... ,}). */
    private static final int MAX_ASIDE = 14;
    /**
     * Tokens a relative clause between a source and its verb may take ({@code , who asked not to be named because they
     * were not authorised to speak to the media,}).
     */
    private static final int MAX_RELATIVE_ASIDE = 30;
    /** Characters after a qualifying country within which the outlet it qualifies starts ({@code Rusia, TASS}). */
    private static final int OUTLET_REACH = 12;

    /**
     * The pronoun a cue's own word ends with, as the entity stage joined it to its person ({@code Menurutnya}: the
     * {@code nya} of the one named before), or null.
     */
    private static Mention cliticOf(EntityIndex index, Token cue) {
        Mention m = index.at(cue.end() - 1);
        return m != null && m.start() > cue.start() && m.end() == cue.end() ? m : null;
    }

    static Attribution of(ClaimLexicon lex, EntityIndex index, String text, Sentence s, List<DateMention> dates) {
        List<Token> tokens = s.tokens();
        Entity source = null;
        boolean pronoun = false;
        boolean cue = false;
        boolean other = false;
        int cueStart = -1;
        int firstUnnamed = -1;
        Set<String> via = new LinkedHashSet<>();
        List<Said> said = new ArrayList<>();
        Entity cited = null; // whom a citing aside names ('BNPB, mengutip laporan BPBD ..., mencatat')
        int citedAt = -1;
        List<PhraseMatcher.Match<Cue>> cues = lex.cues().find(tokens);
        int[] aside = citingAside(tokens, cues);
        Entity holder;
        for (PhraseMatcher.Match<Cue> m : cues) {
            Cue kind = m.value();
            if (kind == Cue.PUBLISHER) {
                if (m.to() >= tokens.size() || tokens.get(m.to()).text().indexOf('.') > 0) {
                    continue; // 'dikutip Kompas.com': the publisher itself
                }
                kind = Cue.VIA_AFTER; // 'laporan ... yang dikutip kantor berita TASS': a relay
            }
            cue = true;
            boolean told = kind == Cue.TOLD; // 'X told Anadolu that': X the source, Anadolu the relay
            if (told) {
                kind = Cue.VIA_AFTER;
            }
            if (kind == Cue.VIA_AFTER || kind == Cue.CITES) {
                Mention after = nearestAfter(lex, index, text, s, tokens, m.to(), dates);
                if (after != null && kind == Cue.CITES && source == null && !EntityIndex.isOutlet(after.entity())
                        && !placeAfterLocative(lex, tokens, after)) {
                    source = after.entity(); // the one the relay quotes
                    cueStart = tokens.get(m.from()).start();
                    said.add(new Said(cueStart, source, true));
                    cited = source;
                    citedAt = cueStart;
                } else if (after != null && after.entity().type() == EntityType.LOCATION) {
                    Mention outlet = outletAfter(index, text, s, after); // 'kantor berita negara Rusia, TASS'
                    if (outlet != null) {
                        via.add(outlet.entity().name());
                    }
                } else if (after != null) {
                    via.add(after.entity().name());
                } else {
                    String name = capitalisedRun(tokens, m.to());
                    if (name != null) {
                        via.add(name);
                    }
                }
                if (!told) {
                    continue;
                }
                kind = Cue.SOURCE_BEFORE;
            }
            int[] before = kind == Cue.SOURCE_BEFORE ? asideBefore(lex, tokens, m.from(), aside) : null;
            if (before != null && before != aside && nameAfterARole(index, text, before)) {
                before = null; // '..., the district's deputy commissioner, Zahoor Ahmed Baloch, said': the name speaks
            }
            Mention found = kind == Cue.SOURCE_BEFORE ? nearestBefore(index, text, s, tokens, m.from(), dates, before)
                    : cliticOf(index, tokens.get(m.to() - 1));
            if (found == null && kind != Cue.SOURCE_BEFORE) {
                found = nearestAfter(lex, index, text, s, tokens, m.to(), dates);
            }
            if (found == null && kind == Cue.SOURCE_BEFORE) {
                found = passiveAgent(lex, index, text, s, tokens, m, dates); // 'was announced on Monday by the TNI'
            }
            if (found == null && kind == Cue.SOURCE_BEFORE) {
                found = beforeARelativeClause(lex, index, tokens, m.from()); // 'A rescue worker who asked ... said'
            }
            if (found != null && kind == Cue.SOURCE_AFTER && found.entity().type() == EntityType.LOCATION) {
                Mention body = appositiveBody(index, text, s, tokens, m.to(), found);
                found = body != null ? body : found; // 'disampaikan layanan gawat darurat Israel, Magen David Adom'
            }
            // a clause inside the aside ('..., where most of the casualties were taken,') is the aside's own
            int clauseEnd = before != null && found != null && found.end() <= before[0]
                    ? Token.indexAt(tokens, before[0]) : m.from();
            if (found != null && kind == Cue.SOURCE_BEFORE && clauseBetween(lex, tokens, found.end(), clauseEnd)) {
                found = null; // '... west of the city of Marib, while the Iran-backed rebels said': not Marib
                other = true; // nor the source before: the clause has a subject of its own
            }
            if (found != null && kind == Cue.SOURCE_BEFORE && indefiniteSubject(lex, tokens, found.end(), m.from())) {
                found = null; // 'killed in North Kordofan state, a medical group said': the group speaks, unnamed
            }
            if (found != null && kind == Cue.SOURCE_BEFORE && possessorInAnObject(lex, tokens, found.end(), m.from())) {
                found = null; // 'Kabul rejects Islamabad's figures and claims': the sentence's subject claims
            }
            int beside = found != null && kind == Cue.SOURCE_BEFORE && found.entity().type() != EntityType.LOCATION
                    ? locativeBefore(lex, tokens, found.start()) : -1; // a name where the person works ('at X Hospital')
            Mention person = beside > 0 ? personBeforeLocatives(lex, index, tokens, beside) : null;
            if (person != null) {
                found = person; // 'A doctor at the hospital in Bol said', Bol read as a name of a person
            } else if (found != null && placeAfterLocative(lex, tokens, found)) {
                // 'the Defense Ministry in Moscow reported': the one named before the place
                int locative = locativeBefore(lex, tokens, found);
                Mention before2 = kind == Cue.SOURCE_BEFORE && locative > 0
                        ? nearestBefore(index, text, s, tokens, locative, dates, null) : null;
                found = before2 != null && before2.entity().type() != EntityType.LOCATION
                        && before2.end() == tokens.get(locative - 1).end() ? before2 // right before 'in'
                        : kind == Cue.SOURCE_BEFORE && locative > 0 ? personBeforeLocatives(lex, index, tokens, locative)
                        : null;
            }
            if (found != null && found.entity().type() == EntityType.LOCATION
                    && !EntityIndex.isCountry(found.entity())) {
                found = officeOfAPlace(lex, index, text, tokens, found); // a province says nothing, its office may
            }
            if (found != null && kind == Cue.SOURCE_BEFORE && cited != null && found.end() <= citedAt
                    && !found.entity().id().equals(cited.id())) {
                // 'BNPB, mengutip laporan BPBD Provinsi Kalimantan Tengah, mencatat 4.612 jiwa mengungsi': the subject
                // relays what the one it cites in an aside gave
                via.add(found.entity().name());
                said.add(new Said(tokens.get(m.from()).start(), cited, false));
                continue;
            }
            if (found != null && kind == Cue.SOURCE_BEFORE && EntityIndex.isOutlet(found.entity())) {
                Mention subject = coordinatedSubject(lex, index, text, s, tokens, m.from());
                if (subject != null) { // '..., dismissed the numbers in a statement carried by SABA, and said ...'
                    via.add(found.entity().name());
                    found = subject;
                }
            }
            if (found != null && EntityIndex.isOutlet(found.entity())) {
                via.add(found.entity().name());
            } else if (found != null && source == null) {
                source = found.entity();
                cueStart = tokens.get(m.from()).start();
            }
            if (found != null && !EntityIndex.isOutlet(found.entity())) {
                said.add(new Said(tokens.get(m.from()).start(), found.entity(), kind == Cue.SOURCE_AFTER));
            } else if (found == null && source == null && kind == Cue.SOURCE_BEFORE
                    && pronounBefore(lex, tokens, m.from())) { // 'it said', 'It had earlier put the toll at'
                pronoun = true;
                cueStart = tokens.get(m.from()).start();
            } else if (found == null && source == null && kind == Cue.SOURCE_BEFORE
                    && ((found = coordinatedSubject(lex, index, text, s, tokens, m.from())) != null
                    || (found = armedGroupSubject(lex, index, text, s, tokens, m.from())) != null
                    || (found = headNounSubject(lex, index, text, s, tokens, m.from())) != null)) {
                // 'NUG membantah ... dan menyebut'; 'Namun, kelompok bersenjata itu menyatakan ...' after the TPNPB
                // and the TNI; 'Militer juga mengaku menyita ...' after 'Militer Filipina'
                source = found.entity();
                cueStart = tokens.get(m.from()).start();
                said.add(new Said(cueStart, source, false));
            } else if (found == null && source == null && kind == Cue.SOURCE_AFTER && !lex.links(Link.CLAIM_REFERENCE)
                    .find(tokens, m.from(), Math.min(tokens.size(), m.to() + 2)).isEmpty()) {
                pronoun = true; // 'Menurut laporan tersebut, ...', 'According to the report, ...': the last source's
                cueStart = tokens.get(m.from()).start();
            } else if (found == null && kind == Cue.SOURCE_BEFORE
                    && (holder = roleSubject(lex, index, tokens, m.from())) != null) {
                // '..., while the regional governor said air defences had downed 37 drones' when the article names
                // one 'Volgograd Governor Pavel Kirsanov'
                said.add(new Said(tokens.get(m.from()).start(), holder, false));
                if (source == null) {
                    source = holder;
                    cueStart = tokens.get(m.from()).start();
                }
            } else if (found == null && kind == Cue.SOURCE_AFTER) {
                boolean unnamed = unnamedAfter(lex, index, tokens, m.to()); // 'according to local aid workers'
                other |= unnamed;
                if (unnamed && firstUnnamed < 0) { // '..., according to local rescue workers, since the junta
                    firstUnnamed = tokens.get(m.from()).start(); // announced elections': not the junta's figure
                }
            } else if (found == null && kind == Cue.SOURCE_BEFORE) {
                // 'A doctor at the hospital in Debre Markos, northwest of the capital Addis Ababa, said': unnamed
                boolean unnamed = unresolvedSubject(lex, index, text, s, tokens, m.from())
                        || lex.links(Link.INDEFINITE).longestAt(tokens, 0, 1) != null
                        && lex.links(Link.STATEMENT).find(tokens, 0, Math.min(m.from(), MAX_GAP)).isEmpty();
                // 'An earlier toll released overnight had put the number of dead at 12': the last source's
                other |= unnamed;
                if (unnamed && source != null) { // '..., while the Islamist group said it had killed 15 soldiers'
                    said.add(new Said(tokens.get(m.from()).start(), null, false));
                } else if (unnamed && firstUnnamed < 0) {
                    firstUnnamed = tokens.get(m.from()).start(); // 'killed 38 people, a civil society leader said'
                }
            }
        }
        List<Integer> clauses = new ArrayList<>();
        if (said.size() > 1 && said.stream().anyMatch(Said::after)) { // only a trailing source needs them
            for (PhraseMatcher.Match<Link> c : lex.links(Link.CLAUSE).find(tokens)) {
                clauses.add(tokens.get(c.from()).start());
            }
        }
        return new Attribution(source, pronoun && source == null, cue, List.copyOf(via), cueStart,
                other && source == null, List.copyOf(said), List.copyOf(clauses), firstUnnamed);
    }

    /** Tokens between a passive reporting word and the 'by' of its agent ({@code announced on Monday by}). */
    private static final int MAX_PASSIVE_GAP = 4;

    /**
     * The agent of a reporting word in the passive, named after 'by' a few words on ({@code The toll was announced on
     * Monday by the Indonesian Military}): an auxiliary right before the word makes it passive. Null otherwise.
     */
    private static Mention passiveAgent(ClaimLexicon lex, EntityIndex index, String text, Sentence s,
                                        List<Token> tokens, PhraseMatcher.Match<Cue> m, List<DateMention> dates) {
        if (m.from() == 0 || lex.links(Link.AUX).longestAt(tokens, m.from() - 1, m.from()) == null) {
            return null;
        }
        for (int k = m.to(); k < tokens.size() && k <= m.to() + MAX_PASSIVE_GAP; k++) {
            if (lex.links(Link.BY).longestAt(tokens, k, k + 1) != null) {
                return nearestAfter(lex, index, text, s, tokens, k + 1, dates);
            }
            if (!tokens.get(k).isWord()) {
                return null; // 'was reported, by most accounts, ...': no agent of the word
            }
        }
        return null;
    }

    /**
     * The organisation named in apposition right after a place that ends a lower-case description after the cue
     * ({@code disampaikan layanan gawat darurat Israel, Magen David Adom (MDA)}): the body the description is of; null
     * when the place follows the cue directly ({@code menurut Israel, Hamas ...}) or no organisation follows its comma.
     */
    private static Mention appositiveBody(EntityIndex index, String text, Sentence s, List<Token> tokens, int cueEnd,
                                          Mention place) {
        int first = Token.indexAt(tokens, place.start());
        if (first <= cueEnd || !tokens.get(first - 1).isWord() || tokens.get(first - 1).isCapitalized()) {
            return null;
        }
        int after = Token.indexAt(tokens, place.end());
        if (after + 1 >= tokens.size() || !tokens.get(after).text().equals(",")) {
            return null;
        }
        List<Mention> ms = index.actorsIn(text, tokens.get(after + 1).start(), s.end());
        return !ms.isEmpty() && ms.get(0).start() == tokens.get(after + 1).start()
                && ms.get(0).entity().type() == EntityType.ORGANIZATION ? ms.get(0) : null;
    }

    /**
     * True when a pronoun, or a speaker's word for itself ({@code kami}, {@code we}), stands right before token {@code
     * at}, or before the adverbs and auxiliaries that may come between a subject and its verb ({@code It had earlier
     * put the toll at 24}).
     */
    private static boolean pronounBefore(ClaimLexicon lex, List<Token> tokens, int at) {
        int k = at - 1;
        while (k > 0 && at - k <= MAX_GAP && lex.links(Link.SUBJECT_ADVERB).longestAt(tokens, k, k + 1) != null) {
            k--;
        }
        return k >= 0 && (lex.links(Link.PRONOUN).longestAt(tokens, k, k + 1) != null
                || lex.links(Link.BODY_PRONOUN).longestAt(tokens, k, k + 1) != null
                || lex.links(Link.SELF).longestAt(tokens, k, k + 1) != null); // '"... kami mencatat ...," ujar X'
    }

    /**
     * True when lower-case words that name no entity and point back to no one follow a cue whose source stands after
     * it ({@code according to local aid workers}, {@code menurut warga setempat}; not {@code according to the
     * agency}): an unnamed source, so the last source does not carry over.
     */
    private static boolean unnamedAfter(ClaimLexicon lex, EntityIndex index, List<Token> tokens, int at) {
        int words = 0;
        for (int i = at; i < tokens.size() && i < at + MAX_GAP && tokens.get(i).isWord(); i++) {
            Token t = tokens.get(i);
            if (t.isCapitalized() || index.covers(t.start(), t.end())
                    || lex.links(Link.ANAPHOR).longestAt(tokens, i, i + 1) != null
                    || lex.links(Link.BODY_NOUN).longestAt(tokens, i, i + 1) != null // 'a police statement'
                    || lex.links(Link.STATEMENT).longestAt(tokens, i, i + 1) != null) { // 'a statement issued by'
                return false;
            }
            words++;
        }
        return words > 0;
    }

    /**
     * The words before a reporting word name a speaker of their own: a possessive ({@code Ukraine's}), a capitalised
     * word inside the sentence that is no entity, or a noun the text used before outside any entity (an anaphor
     * to an unnamed group: {@code kelompok bersenjata ... Kelompok bersenjata itu mengklaim}), or a bare noun with
     * no word that points back ({@code local officials said}; but {@code the agency said} refers back).
     */
    private static boolean unresolvedSubject(ClaimLexicon lex, EntityIndex index, String text, Sentence s, List<Token> tokens, int at) {
        int end = at;
        if (at > 1 && tokens.get(at - 1).text().equals(",")) { // 'Residents of X, speaking to HT ..., said': the
            for (int i = at - 2; i > 0 && i >= at - MAX_ASIDE_TOKENS; i--) { // subject stands before the aside
                if (tokens.get(i).text().equals(",")) {
                    end = clauseOpener(lex, tokens, i + 1) ? i : at;
                    break;
                }
            }
        }
        int relative = relativeInDefiniteSubject(lex, tokens, end);
        boolean anaphor = relative >= 0; // 'Kelompok yang berafiliasi dengan Alqaidah tersebut mengklaim': 'Kelompok'
        end = relative >= 0 ? relative : end;
        int from = Math.max(0, end - MAX_GAP);
        for (int i = end - 1; i >= from; i--) {
            if (tokens.get(i).text().equals(",")) {
                from = i + 1;
                break;
            }
        }
        boolean nouns = false;
        for (int i = from; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isPossessive() && !index.covers(t.start(), t.end())) {
                return true;
            }
            if (!t.isWord() || index.covers(t.start(), t.end())) {
                continue;
            }
            if (lex.links(Link.ARMED_BODY).longestAt(tokens, i, i + 1) != null) {
                return true; // 'The army said' when the entity stage found no army named before: not the last source
            }
            if (lex.links(Link.ANAPHOR).longestAt(tokens, i, i + 1) != null
                    || lex.links(Link.STATEMENT).longestAt(tokens, i, i + 1) != null) {
                anaphor = true; // 'the statement said': the last source's words
                continue;
            }
            nouns |= lex.links(Link.SUBJECT_ADVERB).longestAt(tokens, i, i + 1) == null;
            String w = t.lower();
            if (anaphor && index.aRoleHolds(w)) {
                continue; // 'the spokesperson said' after 'Kingsley Okafor, spokesperson of ...': him again
            }
            if (t.isCapitalized() && t.start() > s.start()
                    || w.length() > 4 && usedBefore(index, text, s.start(), w)) {
                return true;
            }
        }
        return nouns && !anaphor;
    }

    /**
     * The relative word inside a subject that a word pointing back closes right before token {@code end} ({@code yang}
     * of {@code Kelompok yang berafiliasi dengan Alqaidah tersebut}), or -1: the subject is its words before it.
     */
    private static int relativeInDefiniteSubject(ClaimLexicon lex, List<Token> tokens, int end) {
        if (end < 2 || lex.links(Link.ANAPHOR).longestAt(tokens, end - 1, end) == null) {
            return -1;
        }
        for (int i = end - 2; i > 0 && i >= end - MAX_DEFINITE_SUBJECT && tokens.get(i).isWord(); i--) {
            if (lex.links(Link.RELATIVE).longestAt(tokens, i, i + 1) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when token {@code k} opens a clause set off by commas: a participle ({@code speaking to HT by phone}) or a
     * relative pronoun ({@code who asked not to be named}); not an appositive name or an adverb.
     */
    private static boolean clauseOpener(ClaimLexicon lex, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.isWord() && !t.isCapitalized() && (t.lower().endsWith("ing") && t.text().length() > 5
                || lex.links(Link.RELATIVE).longestAt(tokens, k, k + 1) != null);
    }

    /**
     * The one person whose role a definite subject of a few lower-case words names ({@code the regional governor said}
     * when the article names 'Volgograd Governor Pavel Kirsanov'), or null.
     */
    private static Entity roleSubject(ClaimLexicon lex, EntityIndex index, List<Token> tokens, int at) {
        boolean definite = false;
        Entity holder = null;
        for (int i = at - 1; i >= 0 && at - i <= MAX_GAP; i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || index.covers(t.start(), t.end())) {
                break;
            }
            if (lex.links(Link.ANAPHOR).longestAt(tokens, i, i + 1) != null) {
                definite = true;
                break;
            }
            if (holder == null && !t.isCapitalized() && t.text().length() > 3) {
                holder = index.roleHolder(t.lower());
            }
        }
        return definite ? holder : null;
    }

    /**
     * A definite subject that names an armed group without naming it ({@code kelompok bersenjata itu}, {@code the
     * militant group}): the last group outside the state named before the sentence, not the last source (often the
     * army that fights it); null otherwise.
     */
    private static Mention armedGroupSubject(ClaimLexicon lex, EntityIndex index, String text, Sentence s,
                                             List<Token> tokens, int at) {
        int from = Math.max(0, at - MAX_GAP);
        boolean group = false;
        boolean anaphor = false;
        for (int i = from; i < at; i++) {
            if (tokens.get(i).text().equals(",")) {
                group = false;
                anaphor = false;
                continue;
            }
            group |= lex.links(Link.ARMED_GROUP).longestAt(tokens, i, at) != null;
            anaphor |= lex.links(Link.ANAPHOR).longestAt(tokens, i, i + 1) != null;
        }
        if (!group || !anaphor) {
            return null;
        }
        return lastOrganisationBefore(index, s, m -> EntityIndex.outsideTheState(m.entity()));
    }

    /** The last mention of an organisation before sentence {@code s} that {@code fits}, or null. */
    private static Mention lastOrganisationBefore(EntityIndex index, Sentence s,
                                                  java.util.function.Predicate<Mention> fits) {
        Mention last = null;
        for (Mention m : index.in(0, s.start())) {
            if (m.entity().type() == EntityType.ORGANIZATION && fits.test(m)) {
                last = m;
            }
        }
        return last;
    }

    /**
     * A subject of one noun that opens its sentence and is the first word of an organisation's name of several words
     * given before ({@code Militer juga mengaku menyita ...} after {@code Militer Filipina}): the last such
     * organisation; null otherwise.
     */
    private static Mention headNounSubject(ClaimLexicon lex, EntityIndex index, String text, Sentence s,
                                           List<Token> tokens, int at) {
        int i = at - 1;
        while (i > 0 && lex.links(Link.SUBJECT_ADVERB).longestAt(tokens, i, i + 1) != null) {
            i--;
        }
        if (i != 0 || !tokens.get(0).isWord() || tokens.get(0).text().length() <= 4
                || index.covers(tokens.get(0).start(), tokens.get(0).end())) {
            return null;
        }
        String noun = tokens.get(0).lower();
        return lastOrganisationBefore(index, s, m -> {
            String name = text.substring(m.start(), m.end());
            return name.indexOf(' ') > 0 && name.split("\\s+")[0].toLowerCase(Locale.ROOT).equals(noun);
        });
    }

    /**
     * Who speaks for a place that is no country named as a source: the organisation named right before it ({@code BPBD
     * Kabupaten Bekasi mencatat}, also with its acronym in brackets); the place itself after an office the entity
     * stage did not name ({@code Dinas Sosial Kabupaten Intan Jaya mencatat}); else no one ({@code ... in Butig, Lanao
     * del Sur, on Saturday, the military said}).
     */
    private static Mention officeOfAPlace(ClaimLexicon lex, EntityIndex index, String text, List<Token> tokens,
                                          Mention place) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).end() <= place.start()) {
            k++;
        }
        if (k == 0) {
            return null;
        }
        Token before = tokens.get(k - 1);
        Token named = before.text().equals(")") && k >= 2 ? tokens.get(k - 2) : before; // 'BPBD (...) Kabupaten X'
        for (Mention m : index.in(Math.max(0, before.start() - MAX_OFFICE_CHARS), place.start())) {
            if (m.end() == named.end() && m.entity().type() == EntityType.ORGANIZATION) {
                return m;
            }
        }
        return before.isWord() && before.isCapitalized() && text.substring(before.end(), place.start()).isBlank()
                && lex.links(Link.ARTICLE).longestAt(tokens, k - 1, k) == null ? place : null; // not 'The X ministry'
    }

    /** True when a word that opens a clause of its own stands between offset {@code from} and token {@code cue}. */
    private static boolean clauseBetween(ClaimLexicon lex, List<Token> tokens, int from, int cue) {
        for (int k = 0; k < cue; k++) {
            if (tokens.get(k).start() >= from && lex.links(Link.CLAUSE).longestAt(tokens, k, cue) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whose claim a denial before a figure names: {@code owner} null when the claim is nobody's named. */
    record DeniedClaim(Entity owner) {
    }

    /**
     * The claim a figure at offset {@code figureStart} belongs to when its sentence denies or disputes it before it:
     * {@code TNI membantah klaim TPNPB bahwa empat prajurit TNI tewas}, {@code the army denied the TPNPB claim that
     * four soldiers were killed}, {@code It denied the military's figure of 31 dead militants}: the figure is the
     * claim's owner's, not the denier's; null when no denial of a claim, a claim noun and a word for 'that' (or 'of'
     * right before the figure) stand before the figure.
     */
    static DeniedClaim deniedClaim(ClaimLexicon lex, ArticleResponses responses, EntityIndex index, String text,
                                   Sentence s, int figureStart) {
        List<Token> t = s.tokens();
        for (PhraseMatcher.Match<ClaimLexicon.ResponseWord> m : responses.of(t)) {
            ClaimLexicon.ResponseWord w = m.value();
            if (w.partyAfter() || w.stance() == Stance.NO_COMMENT || w.stance() == Stance.CONFIRMED
                    || t.get(m.from()).start() >= figureStart) {
                continue;
            }
            boolean claimNoun = false;
            for (int k = m.from(); k < t.size() && k <= m.to() + MAX_DENIED_CLAIM_WORDS
                    && t.get(k).end() <= figureStart; k++) {
                claimNoun |= lex.links(Link.CLAIM_NOUN).longestAt(t, k, k + 1) != null;
                boolean ofTheFigure = claimNoun && k + 1 < t.size() && t.get(k + 1).start() == figureStart
                        && lex.links(Link.QUALIFIER).longestAt(t, k, k + 1) != null; // 'figure of 31 dead militants'
                boolean opens = lex.links(Link.THAT).longestAt(t, k, k + 1) != null
                        || claimNoun && lex.links(Link.TOPIC).longestAt(t, k, k + 1) != null // 'klaim TPNPB soal'
                        || claimNoun && k > 0 && lex.links(Link.RELATIVE).longestAt(t, k - 1, k) != null
                        && lex.cues().longestAt(t, k, k + 1) != null; // 'kabar ... yang menyebut', 'reports which said'
                if (k >= m.to() && (ofTheFigure || opens)) {
                    if (!claimNoun) {
                        break;
                    }
                    Entity owner = null;
                    for (Mention n : index.actorsIn(text, t.get(m.from()).end(), t.get(k).start())) {
                        if (!EntityIndex.isOutlet(n.entity()) && !afterLocative(lex, t, n) // 'di grup WhatsApp'
                                && !afterMedium(lex, t, n)) { // 'messages circulating on WhatsApp'
                            owner = n.entity();
                            break;
                        }
                    }
                    return new DeniedClaim(owner);
                }
            }
        }
        return null;
    }

    /**
     * {@code NUG membantah angka tersebut dan menyebut ...}, {@code the ministry denied it and said ...}: a reporting
     * word after {@code dan} / {@code and} shares the subject that opens its sentence.
     */
    private static Mention coordinatedSubject(ClaimLexicon lex, EntityIndex index, String text, Sentence s,
                                              List<Token> tokens, int at) {
        int i = at - 1;
        while (i > 0 && lex.links(Link.SUBJECT_ADVERB).longestAt(tokens, i, i + 1) != null) {
            i--;
        }
        if (i <= 0 || !tokens.get(i).isWord() || lex.links(Link.SEPARATOR).longestAt(tokens, i, i + 1) == null) {
            return null;
        }
        for (Mention m : index.actorsIn(text, s.start(), tokens.get(i).start())) {
            if (!EntityIndex.isOutlet(m.entity()) && !placeAfterLocative(lex, tokens, m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * True when a name follows a noun ending at {@code from}, past lower-case words only ({@code Kelompok bersenjata
     * etnis Arakan Army}): the noun described that named actor, so a later {@code kelompok itu} is that actor too.
     */
    private static boolean introducesAName(EntityIndex index, String text, int from) {
        int to = Math.min(text.length(), from + MAX_DESCRIBED_NAME_GAP);
        List<Mention> after = index.in(from, to);
        if (after.isEmpty() || after.get(0).entity().type() != org.warta.model.EntityType.ORGANIZATION) {
            return false; // 'kelompok bersenjata di Kabupaten Intan Jaya' names where, not who
        }
        String between = text.substring(from, after.get(0).start());
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (!Character.isLowerCase(c) && c != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean usedBefore(EntityIndex index, String text, int end, String word) {
        String lower = text.substring(0, end).toLowerCase(Locale.ROOT);
        int at = lower.indexOf(word);
        while (at >= 0) {
            boolean whole = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                    && (at + word.length() >= lower.length() || !Character.isLetter(lower.charAt(at + word.length())));
            if (whole && !index.covers(at, at + word.length()) && !introducesAName(index, text, at + word.length())) {
                return true;
            }
            at = lower.indexOf(word, at + 1);
        }
        return false;
    }

    /**
     * The source named after a figure whose predicate starts at {@code trigger}, when a clause of its own ({@code
     * while}, {@code sementara}) opens between the last reporting word before the figure and the figure: {@code
     * Iranian authorities said ..., while Iranian missile attacks killed 28 people in Israel, according to Israeli
     * authorities}. Null otherwise.
     */
    Entity trailing(int trigger) {
        int before = -1;
        for (Said x : said) {
            if (x.cueStart() < trigger) {
                before = x.cueStart();
            }
        }
        if (before < 0) {
            return null;
        }
        for (Said x : said) {
            if (x.after() && x.cueStart() > trigger) {
                for (int c : clauses) {
                    if (c > before && c < trigger) {
                        return x.source();
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when no reporting word stands before offset {@code trigger} and the first after it has a speaker no entity
     * names ({@code Rebels killed at least 38 people, a local civil society leader said, while the army gave a lower
     * toll of 21}): the figure is that speaker's, not the army's.
     */
    boolean unnamedSpeakerGoverns(int trigger) {
        if (firstUnnamed < trigger) {
            return false;
        }
        for (Said x : said) {
            if (x.cueStart() < firstUnnamed) {
                return false; // a named speaker's word comes first
            }
        }
        return true;
    }

    /** True when the last reporting word before offset {@code to} has a speaker no entity names. */
    boolean unnamedSpeakerBefore(int to) {
        return unnamedSpeakerBetween(-1, to);
    }

    /** True when the last reporting word between offsets {@code from} and {@code to} names no one ('a group said'). */
    boolean unnamedSpeakerBetween(int from, int to) {
        Said last = null;
        for (Said x : said) {
            if (x.cueStart() > from && x.cueStart() < to) {
                last = x;
            }
        }
        return last != null && last.source() == null;
    }

    /** The source of the last reporting word that stands after {@code from} and before {@code to}, or null. */
    Entity saidBetween(int from, int to) {
        Entity found = null;
        for (Said x : said) {
            if (x.cueStart() > from && x.cueStart() < to) {
                found = x.source();
            }
        }
        return found;
    }

    /**
     * The person named right before the locative at token {@code locative} ({@code A doctor in Bol said}), or before
     * another locative that opens the few lower-case words before it ({@code A doctor at the hospital in Debre Markos
     * said}: the doctor); null otherwise.
     */
    private static Mention personBeforeLocatives(ClaimLexicon lex, EntityIndex index, List<Token> tokens,
                                                 int locative) {
        for (int k = locative; k >= 1 && locative - k <= MAX_PLACE_NOUN_WORDS + 1; k--) {
            Token w = tokens.get(k);
            if (!w.isWord() || w.isCapitalized()) {
                return null;
            }
            Mention m = lex.links(Link.LOCATIVE).longestAt(tokens, k, k + 1) != null
                    ? index.at(tokens.get(k - 1).start()) : null;
            if (m != null) {
                return m.entity().type() == EntityType.PERSON && m.end() == tokens.get(k - 1).end() ? m : null;
            }
        }
        return null;
    }

    /** {@code two towns near Goma, local officials said}: a place after {@code near}, {@code di} is no speaker. */
    static boolean placeAfterLocative(ClaimLexicon lex, List<Token> tokens, Mention m) {
        return locativeBefore(lex, tokens, m) >= 0;
    }

    /**
     * The token of the locative word before a place's mention {@code m} ('in Moscow', 'di Jakarta', or 'in the capital,
     * Sanaa': the place names the noun after it; 'of the capital Addis Ababa': the noun before it); -1 when none stands
     * there or {@code m} is no place.
     */
    private static int locativeBefore(ClaimLexicon lex, List<Token> tokens, Mention m) {
        return m.entity().type() != EntityType.LOCATION ? -1 : locativeBefore(lex, tokens, m.start());
    }

    /**
     * True when mention {@code m}, of any type, stands after a locative word ({@code di grup WhatsApp warga}, {@code
     * on Facebook}): where something was said, not who said it.
     */
    static boolean afterLocative(ClaimLexicon lex, List<Token> tokens, Mention m) {
        return locativeBefore(lex, tokens, m.start()) >= 0;
    }

    /** True when a word for where hearsay spreads stands right before mention {@code m} ('on WhatsApp'). */
    static boolean afterMedium(ClaimLexicon lex, List<Token> tokens, Mention m) {
        int at = Token.indexAt(tokens, m.start());
        return at > 0 && lex.links(Link.MEDIUM).longestAt(tokens, at - 1, at) != null;
    }

    private static int locativeBefore(ClaimLexicon lex, List<Token> tokens, int start) {
        int at = Token.indexAt(tokens, start);
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            PhraseMatcher.Match<Link> l = lex.links(Link.LOCATIVE).longestAt(tokens, k, at);
            if (l != null) {
                return k;
            }
        }
        if (at >= 2 && tokens.get(at - 1).isWord() && !tokens.get(at - 1).isCapitalized()) {
            // 'northwest of the capital Addis Ababa, said': the place names the noun before it
            for (int k = at - 2; k >= 0 && at - 1 - k <= MAX_PLACE_NOUN_WORDS && tokens.get(k).isWord()
                    && !tokens.get(k).isCapitalized(); k--) {
                if (lex.links(Link.LOCATIVE).longestAt(tokens, k, k + 1) != null
                        || lex.links(Link.QUALIFIER).longestAt(tokens, k, k + 1) != null) {
                    return k;
                }
            }
            return -1;
        }
        if (at < 2 || !tokens.get(at - 1).text().equals(",")) {
            return -1;
        }
        for (int k = at - 2; k > 0 && at - 2 - k <= MAX_PLACE_NOUN_WORDS && tokens.get(k).isWord()
                && !tokens.get(k).isCapitalized(); k--) {
            if (lex.links(Link.LOCATIVE).longestAt(tokens, k, k + 1) != null) {
                return k < at - 2 ? k : -1;
            }
        }
        return -1;
    }

    boolean hasSource() {
        return source != null || !via.isEmpty();
    }

    /**
     * The offsets of an aside {@code , citing X,} (or {@code , mengutip X,}) between commas: who is cited there is
     * not the subject of the verb after it ({@code IRNA, citing the Isfahan crisis office, said}); null when none.
     */
    private static int[] citingAside(List<Token> tokens, List<PhraseMatcher.Match<Cue>> cues) {
        for (PhraseMatcher.Match<Cue> m : cues) {
            if (m.value() == Cue.CITES && m.from() > 0 && tokens.get(m.from() - 1).text().equals(",")) {
                for (int k = m.to(); k < tokens.size(); k++) {
                    if (tokens.get(k).text().equals(",")) {
                        return new int[] {tokens.get(m.from() - 1).start(), tokens.get(k).end()};
                    }
                }
            }
        }
        return null;
    }

    /**
     * The aside between commas that ends right before the verb at {@code at} ({@code Zabihullah Mujahid, the chief
     * spokesman for the Afghan interim government, told}), else {@code citing}, the {@code , citing X,} aside.
     */
    private static int[] asideBefore(ClaimLexicon lex, List<Token> tokens, int at, int[] citing) {
        if (at < 2 || !tokens.get(at - 1).text().equals(",")) {
            return citing;
        }
        for (int k = at - 2; k >= 1 && k >= at - 1 - MAX_RELATIVE_ASIDE; k--) {
            String w = tokens.get(k).text();
            if (w.equals(",") && at - 1 - k > MAX_ASIDE
                    && lex.links(Link.RELATIVE).longestAt(tokens, k + 1, k + 2) == null) {
                return citing; // a long aside is a relative clause ('..., who asked not to be named because ...,')
            }
            if (w.equals(",")) {
                // ', director of X, where most of the casualties were taken, said'
                if (k + 1 < tokens.size() && lex.links(Link.RELATIVE).longestAt(tokens, k + 1, k + 2) != null) {
                    int[] outer = asideBefore(lex, tokens, k + 1, null);
                    if (outer != null) {
                        return new int[] {outer[0], tokens.get(at - 1).end()};
                    }
                }
                return new int[] {tokens.get(k).start(), tokens.get(at - 1).end()};
            }
            if (w.equals(".") || tokens.get(k).isDoubleQuote()) {
                break;
            }
        }
        return citing;
    }

    /**
     * True when the aside at offsets {@code aside} holds a person's name and nothing else but its commas, after words
     * that name no one ({@code the district's deputy commissioner, Zahoor Ahmed Baloch,}): the name is the subject, not
     * an aside. After a name ({@code Juru bicara OHCHR, Delphine Aubertin,}) the aside stays one: the body before it
     * speaks.
     */
    private static boolean nameAfterARole(EntityIndex index, String text, int[] aside) {
        List<Mention> in = index.actorsIn(text, aside[0], aside[1]);
        if (in.size() != 1 || in.get(0).entity().type() != EntityType.PERSON) {
            return false;
        }
        Mention m = in.get(0);
        int before = aside[0];
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        Mention last = before > 0 ? index.at(before - 1) : null;
        return last == null && text.substring(aside[0], m.start()).replace(",", "").isBlank()
                && text.substring(m.end(), aside[1]).replace(",", "").isBlank();
    }

    /**
     * The name right before a relative word that opens a clause of words, with no punctuation and no reporting word of
     * its own, running to the cue at token {@code cue} within {@value #MAX_RELATIVE_ASIDE} tokens ({@code A rescue
     * worker who asked not to be named for fear of reprisals said}), or null.
     */
    private static Mention beforeARelativeClause(ClaimLexicon lex, EntityIndex index, List<Token> tokens, int cue) {
        for (int k = cue - 1; k >= 1 && cue - k <= MAX_RELATIVE_ASIDE; k--) {
            if (!tokens.get(k).isWord() || lex.cues().longestAt(tokens, k, cue) != null) {
                return null;
            }
            if (lex.links(Link.RELATIVE).longestAt(tokens, k, k + 1) != null) {
                Mention m = index.at(tokens.get(k - 1).start());
                return m != null && m.end() == tokens.get(k - 1).end() ? m : null;
            }
        }
        return null;
    }

    /**
     * True when the name ending at {@code end} owns a noun after it and a list word stands between that noun and the
     * reporting word at {@code cue} ({@code rejects Islamabad's figures and claims}): the name is in the object of
     * the verb before, and the reporting word shares that verb's subject.
     */
    private static boolean possessorInAnObject(ClaimLexicon lex, List<Token> tokens, int end, int cue) {
        int k = Token.indexAt(tokens, end);
        if (k >= cue || !tokens.get(k).isPossessive()) {
            return false;
        }
        for (int i = k + 2; i < cue; i++) {
            if (lex.links(Link.SEPARATOR).longestAt(tokens, i, i + 1) != null) {
                return true;
            }
        }
        return false;
    }

    private static Mention nearestBefore(EntityIndex index, String text, Sentence s, List<Token> tokens, int at,
                                         List<DateMention> dates, int[] aside) {
        int from = tokens.get(Math.max(0, at - MAX_SEARCH)).start(); // dates and brackets may stand between
        List<Mention> ms = index.actorsIn(text, Math.max(s.start(), from), tokens.get(at).start());
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention m = ms.get(i);
            if (aside != null && m.start() >= aside[0] && m.end() <= aside[1]) {
                continue;
            }
            int gap = wordsBetween(tokens, m.end(), tokens.get(at).start(), dates);
            if (aside != null && m.end() <= aside[0] && aside[1] <= tokens.get(at).start()) {
                gap -= wordsBetween(tokens, aside[0], aside[1], dates);
            }
            if (gap > MAX_GAP) {
                return null; // the nearest is too far: any earlier one is farther
            }
            if (i > 0 && qualifiedByCountry(ms.get(i - 1), m, tokens, dates)) {
                return ms.get(i - 1); // 'Pasukan Dukungan Cepat (RSF) Sudan mengklaim': Sudan's RSF claims
            }
            return m;
        }
        return null;
    }

    private static Mention nearestAfter(ClaimLexicon lex, EntityIndex index, String text, Sentence s,
                                        List<Token> tokens, int at,
                                        List<DateMention> dates) {
        if (at >= tokens.size()) {
            return null;
        }
        List<Mention> ms = index.actorsIn(text, tokens.get(at).start(), s.end());
        Mention titled = holderAfterRole(text, tokens.get(at).start(), ms);
        if (titled == null) {
            titled = holderAfterListedTitle(lex, tokens, at, ms);
        }
        if (titled != null) {
            return titled; // 'disampaikan Kepala Kantor Pencarian dan Pertolongan (Basarnas) Manado, Hendrik Sumual'
        }
        if (!ms.isEmpty() && wordsBetween(tokens, tokens.get(at).start(), ms.get(0).start(), dates)
                - capitalisedRun(tokens, at, ms.get(0).start()) <= MAX_GAP
                && !commaBetween(tokens, tokens.get(at).start(), ms.get(0).start())
                && !thatBetween(lex, tokens, tokens.get(at).start(), ms.get(0).start())) {
            Mention first = ms.get(0);
            Mention holder = ms.size() > 1 && first.entity().type() == EntityType.LOCATION
                    && ms.get(1).entity().type() == EntityType.PERSON ? ms.get(1) : null;
            if (holder == null) {
                return first;
            }
            // 'disampaikan Kapolres Makassar AKBP Arya ...': the office's place, then its holder named in capitals
            int rank = capitalisedRun(tokens, Token.indexAt(tokens, first.end()), holder.start());
            // 'diumumkan Bupati Cianjur, Herman Suryadinata, saat ...': the office's place, a comma, its holder
            boolean commaThenHolder = first.end() < holder.start()
                    && text.substring(first.end(), holder.start()).strip().equals(",")
                    && holder.entity().role() != null
                    && holder.entity().role().endsWith(text.substring(first.start(), first.end()));
            return rank > 0 && rank <= MAX_GAP || commaThenHolder ? holder : first;
        }
        return null;
    }

    /**
     * The person among {@code ms} after a title whose name lists its parts with commas, from token {@code at} up to
     * the person's name ({@code disampaikan Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul
     * Muhari}, {@code Kepala Kantor Pencarian dan Pertolongan (Basarnas) Surabaya, Ahmad Fauzi Rachman}):
     * capitalised words, brackets, commas and the words that join a list's last item, a comma among them, the words
     * before the first comma no name of their own; or null.
     */
    private static Mention holderAfterListedTitle(ClaimLexicon lex, List<Token> tokens, int at, List<Mention> ms) {
        Mention person = null;
        for (Mention m : ms) {
            if (m.entity().type() == EntityType.PERSON) {
                person = m;
                break;
            }
        }
        if (person == null || at >= tokens.size() || !tokens.get(at).isCapitalized()
                || person.start() - tokens.get(at).start() > MAX_ROLE_CHARS) {
            return null;
        }
        boolean comma = false;
        for (int k = at; k < tokens.size() && tokens.get(k).end() <= person.start(); k++) {
            Token t = tokens.get(k);
            boolean join = lex.links(Link.LIST_JOIN).longestAt(tokens, k, k + 1) != null;
            if (t.text().equals(",") && !comma && k > at
                    && isAName(ms, tokens.get(at).start(), tokens.get(k - 1).end())) {
                return null; // 'versi TPNPB, Stevanus', 'dikutip dari Anadolu Agency, Wali Kota ...': a name, another
            }
            comma |= t.text().equals(",");
            boolean bracket = t.text().equals("(") || t.text().equals(")"); // '(Basarnas)'
            if (!t.text().equals(",") && !join && !bracket && !(t.isWord() && t.isCapitalized())) {
                return null;
            }
        }
        return comma ? person : null;
    }

    /** True when a mention of {@code ms} runs from offset {@code start} to offset {@code end}: the words are a name. */
    private static boolean isAName(List<Mention> ms, int start, int end) {
        return ms.stream().anyMatch(m -> m.start() == start && m.end() == end);
    }

    /**
     * The person among {@code ms} whose role is the whole text from offset {@code from} up to their name, but a
     * comma or a rank after it: the source is the office's holder, not a body or place named inside the office.
     */
    private static Mention holderAfterRole(String text, int from, List<Mention> ms) {
        for (Mention m : ms) {
            if (m.start() - from > MAX_ROLE_CHARS) {
                return null;
            }
            String role = m.entity().role();
            if (m.entity().type() != EntityType.PERSON || role == null || role.isBlank()) {
                continue;
            }
            String between = text.substring(from, m.start()).strip();
            if (between.startsWith(role.strip()) && between.length() <= role.strip().length() + RANK_CHARS) {
                return m;
            }
        }
        return null;
    }

    /** The news outlet named right after a country that qualifies it ({@code kantor berita negara Rusia, TASS}). */
    private static Mention outletAfter(EntityIndex index, String text, Sentence s, Mention place) {
        for (Mention m : index.actorsIn(text, place.end(), Math.min(s.end(), place.end() + OUTLET_REACH))) {
            return EntityIndex.isOutlet(m.entity()) ? m : null;
        }
        return null;
    }

    /**
     * The words of the capitalised run from token {@code at} that ends right at {@code end}: the rest of a name the
     * entity stage knows only the end of ({@code menurut Misi Pemantau Hak Asasi Manusia PBB}); 0 otherwise.
     */
    private static int capitalisedRun(List<Token> tokens, int at, int end) {
        int n = 0;
        for (int k = at; k < tokens.size() && tokens.get(k).end() <= end; k++) {
            if (!tokens.get(k).isWord() || !tokens.get(k).isCapitalized()) {
                return 0;
            }
            n++;
        }
        return n;
    }

    /** True when a THAT word opens a clause between two offsets: 'told lawmakers that X ...' names no relay X. */
    private static boolean thatBetween(ClaimLexicon lex, List<Token> tokens, int from, int to) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= from && t.end() <= to && lex.links(Link.THAT).longestAt(tokens, i, i + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a comma after offset {@code from} opens a noun phrase of words that runs to the verb at token {@code
     * verb} ({@code ..., a medical group said}, {@code ... the farm of John Mwangi near Narok, officials said}, {@code
     * ..., the agency said}): that phrase, not the name before the comma, is the subject. Not a pronoun ({@code ..., he
     * said}), which the rules of pronouns read, nor a relative one ({@code X, who said}: X speaks).
     */
    private static boolean indefiniteSubject(ClaimLexicon lex, List<Token> tokens, int from, int verb) {
        for (int k = verb - 1; k > 0 && tokens.get(k).start() >= from; k--) {
            if (!tokens.get(k).isWord()) {
                return tokens.get(k).text().equals(",") && k + 1 < verb
                        && (lex.links(Link.INDEFINITE).longestAt(tokens, k + 1, k + 2) != null
                        || lex.links(Link.PRONOUN).find(tokens, k + 1, verb).isEmpty()
                        && lex.links(Link.RELATIVE).find(tokens, k + 1, verb).isEmpty());
            }
        }
        return false;
    }

    /**
     * True when a comma stands between two offsets: the source named after a cue comes before the clause's comma
     * ({@code Menurut Staf Umum, Rusia kehilangan ...}: Rusia is what the source speaks of, not the source).
     */
    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to && t.text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code country} is a country written right after another actor's name, which it qualifies. */
    private static boolean qualifiedByCountry(Mention actor, Mention country, List<Token> tokens,
                                              List<DateMention> dates) {
        Entity c = country.entity();
        return c.type() == EntityType.LOCATION && c.country() != null && actor.entity().type() != EntityType.LOCATION
                && actor.end() <= country.start() && wordsBetween(tokens, actor.end(), country.start(), dates) == 0;
    }

    /**
     * Tokens lying wholly between two offsets; a sentence mark in between counts as a long way. Words in brackets
     * and dates do not count: {@code RSF pada Senin (10/6) mengklaim} is as near as {@code RSF pada Senin mengklaim}.
     */
    private static int wordsBetween(List<Token> tokens, int from, int to, List<DateMention> dates) {
        int n = 0;
        int depth = 0;
        for (Token t : tokens) {
            if (t.start() < from || t.end() > to) {
                continue;
            }
            String w = t.text();
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (w.equals(".") || w.equals(";")) {
                n += 100;
            } else if (depth == 0 && !w.equals(",") && !DateSpans.covers(dates, t)) {
                n++; // commas around an aside ('Russia's Defense Ministry, for its part, claimed') do not count
            }
        }
        return n;
    }


    /** {@code dilansir Kantor Berita Antara}: the capitalised words right after a relay word, when no entity. */
    private static String capitalisedRun(List<Token> tokens, int at) {
        List<String> words = new ArrayList<>();
        for (int i = at; i < tokens.size() && words.size() < 4; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.isCapitalized()) {
                break;
            }
            words.add(t.text());
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }
}
