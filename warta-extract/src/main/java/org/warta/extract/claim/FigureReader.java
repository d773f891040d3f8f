package org.warta.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.extract.claim.ClaimLexicon.Link;
import org.warta.extract.claim.ClaimLexicon.Voice;
import org.warta.extract.date.DateSpans;
import org.warta.extract.segment.Token;
import org.warta.model.Count;
import org.warta.model.ObjectCategory;
import org.warta.model.Predicate;
import org.warta.model.Quantity;

/**
 * Reads the figures a predicate governs in one sentence: the figure right after an active predicate (after lead
 * words such as {@code telah}, {@code at least}), or right before a passive or stative one (after auxiliaries such
 * as {@code were}, {@code yang}), then the further items of a coordinated list ({@code 130 tank ..., 200 artileri
 * ..., dan enam zona observasi}). A figure counted in money, percent, years or votes is never a claim.
 */
final class FigureReader {
    private static final Set<Predicate> HUMAN = Set.of(Predicate.KILLED, Predicate.WOUNDED,
            Predicate.KILLED_OR_WOUNDED, Predicate.ARRESTED, Predicate.CAPTURED, Predicate.MISSING,
            Predicate.DISPLACED, Predicate.AFFECTED);
    /** Words of a NONE phrase before a figure of one ({@code not a single}). */
    private static final int MAX_NONE_WORDS = 3;
    /** Words of an AMONG phrase ('were among the'). */
    private static final int MAX_AMONG_WORDS = 3;
    private static final int MAX_OWN_UNIT = 6;
    /** Words naming a thing before the word that gives its weight ({@code sabu} of {@code sabu seberat}). */
    private static final int MAX_MEASURED_WORDS = 3;
    /** Words of its clause a predicate may take before the part of its figure ('killed in X since Thursday, including'). */
    private static final int MAX_SUBSET_GAP = 10;
    /** Words between a reference to the figure before and its verb of reaching ({@code Angka itu kemudian naik}). */
    private static final int MAX_UPDATE_WORDS = 3;
    /** Words of a phrase that opens a sentence before its part ('Hingga Minggu malam,'). */
    private static final int MAX_OPENING_WORDS = 4;
    /** Words between a speech word and the 'that' after it ('said in a statement on Telegram that'). */
    private static final int MAX_SPEECH_WORDS = 6;
    /** Words of a speaker's aside between a figure and its predicate ({@code , kata dia,}). */
    private static final int MAX_ASIDE_WORDS = 3;
    /** Words of an aside that opens with a reporting word and names its speaker ({@code , tambah Khaing Min Lwin,}). */
    private static final int MAX_CUE_ASIDE_WORDS = 6;
    /** Nouns between a figure and the 'of' that makes the next figure say where they come from. */
    private static final int MAX_QUALIFIED_NOUNS = 2;
    /** Words of a list's item of one thing after its article ({@code , a Presbyterian church}). */
    private static final int MAX_ONE_ITEM_WORDS = 4;
    /** Words of the same figure in other units between commas ({@code , or about 380 families,}). */
    private static final int MAX_RESTATED_WORDS = 5;
    /** Words of an appositive that names the counted one by one ('seorang sersan ... dan seorang kapten ...'). */
    private static final int MAX_APPOSITIVE_WORDS = 16;
    /** Words a singular determiner reaches over to its person noun and its qualifiers ('seorang anggota polisi'). */
    private static final int MAX_SINGULAR_WORDS = 5;
    /** Words of a phrase that says where the counted come from, before their predicate ('dari sisa jaringan ...'). */
    private static final int MAX_ORIGIN_WORDS = 14;
    /** Lower-case words a list's first item without a number may take ('membakar bangunan pustu dan enam rumah'). */
    private static final int MAX_BARE_ITEM_WORDS = 3;
    /** Words of a relative clause on the counted people before their predicate ('yang mencoba melerai'). */
    private static final int MAX_RELATIVE_WORDS = 9;
    /** Words of a place's name in a list of parts ({@code Kalimantan Timur (1)}). */
    private static final int MAX_PLACE_WORDS = 4;
    /** Words of a place between a counted noun and its predicate ('15 rumah di sekitar kantor polisi rusak'). */
    private static final int MAX_LOCATIVE_WORDS = 5;
    /** Tokens from a reporting word to the count it reports with a participle after ('recorded at least 32 ...'). */
    private static final int MAX_REPORTED_GAP = 4;
    /** Tokens of a place named with its units, commas included ('di Desa X, Kecamatan Y, Kabupaten Z, Jawa Barat,'). */
    private static final int MAX_ADMINISTRATIVE_PLACE_TOKENS = 14;
    static final Set<ObjectCategory> PERSONS = Set.of(ObjectCategory.PEOPLE, ObjectCategory.PERSONNEL,
            ObjectCategory.CIVILIANS);
    private static final Set<ObjectCategory> EQUIPMENT = Set.of(ObjectCategory.ARMOURED_VEHICLE,
            ObjectCategory.ARTILLERY, ObjectCategory.AIR_DEFENCE, ObjectCategory.AIRCRAFT, ObjectCategory.HELICOPTER,
            ObjectCategory.DRONE, ObjectCategory.SHIP, ObjectCategory.RADAR);

    private final ClaimLexicon lex;
    private final String text;
    private final List<Token> tokens;
    /** Words a toll's noun may take before its verb of reaching ({@code korban tewas ... mencapai}). */
    private static final int MAX_TOLL_GAP = 20;
    /** Words a count noun may stand before its toll's predicate ({@code jumlah warga Palestina yang tewas}). */
    private static final int MAX_TOLL_COUNT_WORDS = 5;
    private final List<Item> items = new ArrayList<>();
    /** Sums of money, counted as no figure but read as a list's item ({@code uang tunai Rp 1,3 miliar, 42 unit ponsel}). */
    private final List<Item> money = new ArrayList<>();
    /** Single things of arms read inside the list of the predicate read last ({@code ..., a tank, ...}). */
    private final List<Figure> listed = new ArrayList<>();
    private final List<org.warta.model.DateMention> dates;

    /** A counted item with its token range {@code [from, to)} covering number and noun phrase. */
    private record Item(Quantity q, int from, int numberTo, int to) {
    }

    FigureReader(ClaimLexicon lex, String text, List<Token> tokens, List<Quantity> quantities,
                 List<org.warta.model.DateMention> dates) {
        this.lex = lex;
        this.text = text;
        this.tokens = tokens;
        this.dates = dates;
        for (Quantity q : quantities) {
            Item it = item(q);
            if (it != null && !notCounted(it)) {
                items.add(it);
            } else if (it != null && isMoney(it)) {
                money.add(it);
            }
        }
    }

    /**
     * True when the first figure after token {@code to} counts something other than bodies ({@code had earlier
     * reported six dead}): a word that counts only bodies leaves it to the other predicates of the sentence.
     */
    boolean countsOtherThanBodiesAfter(int to, Set<Integer> used) {
        return Boolean.FALSE.equals(nextItemNames(to, used, Link.CORPSE));
    }

    /**
     * True when the first counted item not yet taken after token {@code to} counts things, not people: a noun of a
     * thing past its number ({@code menemukan 5 pucuk senjata}, not {@code menemukan satu warga}).
     */
    boolean countsThingsAfter(int to, Set<Integer> used) {
        Item it = nextItem(to, used);
        ObjectCategory c = it == null ? null : nounCategory(it.numberTo(), it.to());
        return c != null && !PERSONS.contains(c);
    }

    /**
     * True when the first counted item not yet taken after token {@code to} counts patients, the wounded or bodies
     * ({@code menerima 14 pasien}, {@code had received 64 injured persons}, {@code received 17 bodies}).
     */
    boolean countsPatientsAfter(int to, Set<Integer> used) {
        return Boolean.TRUE.equals(nextItemNames(to, used, Link.PATIENT, Link.CORPSE));
    }

    /**
     * Whether the words of the first counted item not yet taken after token {@code to}, past its number, hold a word
     * of one of {@code links}; null when no such item follows.
     */
    private Boolean nextItemNames(int to, Set<Integer> used, Link... links) {
        Item it = nextItem(to, used);
        if (it == null) {
            return null;
        }
        for (Link link : links) {
            if (!lex.links(link).find(tokens, it.numberTo(), it.to()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The first counted item not yet taken after token {@code to}, or null. */
    private Item nextItem(int to, Set<Integer> used) {
        List<Integer> next = after(to, used);
        return next.isEmpty() ? null : items.get(next.get(0));
    }

    /** Figures governed by a predicate at tokens {@code [from, to)}; {@code used} holds items already taken. */
    List<Figure> read(int from, int to, ClaimLexicon.PredicateWord word, Set<Integer> used) {
        listed.clear();
        List<Integer> chosen = new ArrayList<>();
        List<Integer> embedded = List.of();
        boolean before = false;
        Voice v = word.voice();
        Figure one = null;
        int adjective = v == Voice.ACTIVE && word.predicate() == Predicate.WOUNDED ? countedBy(from, to, used) : -1;
        if (adjective >= 0) { // 'had received 11 wounded soldiers', '27 injured passengers had been brought in'
            chosen = List.of(adjective);
        } else if (v == Voice.ACTIVE || v == Voice.LOSS) {
            boolean participle = v == Voice.ACTIVE && participleAfterACount(from, to);
            chosen = participle ? List.of() : after(to, used);
            if (!chosen.isEmpty() && weighsOneThing(to, items.get(chosen.get(0)))) {
                chosen = List.of(); // 'menyita sebuah bom rakitan seberat 20 kilogram': one bomb, of that weight
            }
            if (chosen.isEmpty() && v == Voice.ACTIVE && !HUMAN.contains(word.predicate())) {
                // 'shot down an Israeli F-35 fighter jet and three drones'; anything but people is seized ('a revolver')
                one = oneThingAt(to, word.predicate() == Predicate.SEIZED);
                if (one != null) {
                    chosen = after(firstTokenAtOrAfter(one.objectEnd()), used, Link.SEPARATOR);
                }
            }
            if (chosen.isEmpty() && one == null) {
                // 'reported three rebels killed.': a participle with nothing after it to act on says what befell them
                chosen = before(from, used, !participle && !endsItsClause(to));
                before = true;
            }
        } else {
            chosen = before(from, used, false);
            before = true;
        }
        List<Integer> withParts = (chosen.isEmpty() || before && partAside(chosen.get(0))) && one == null
                ? wholeBeforeItsParts(from, used) : List.of();
        if (!withParts.isEmpty()) {
            // 'At least 47 civilians, including 11 women and six children, were killed'
            chosen = withParts.subList(0, 1);
            embedded = withParts.subList(1, withParts.size());
            before = true;
        } else if (chosen.isEmpty() && v != Voice.ACTIVE && v != Voice.LOSS) {
            chosen = after(to, used);
            before = false;
        }
        if (chosen.isEmpty() && isToll(from, to)) {
            chosen = tollAfter(to, used);
            before = false;
        }
        if (before && embedded.isEmpty() && !chosen.isEmpty()) {
            int part = partBeforeAmong(chosen.get(0), used); // 'Sembilan anak-anak termasuk di antara 43 korban tewas'
            embedded = part >= 0 ? List.of(part) : embedded;
        }
        List<Integer> parts = chosen.isEmpty() ? List.of() // 'sembilan orang tewas, termasuk dua anak'
                : !embedded.isEmpty() ? embedded
                : subsetsAfter(before ? to : items.get(chosen.get(chosen.size() - 1)).to(), used);
        List<Figure> out = new ArrayList<>();
        if (one != null) {
            out.add(one);
        }
        for (int i : chosen) {
            used.add(i);
            out.add(figure(items.get(i), word.predicate(), before));
        }
        if (!before) {
            out.addAll(listed); // '170 servicemen, a tank, two pickup trucks and a US-made M777 howitzer'
        }
        // '216 drones over 14 regions, including 61 over Bryansk Oblast'
        out.addAll(parts(parts, out.isEmpty() ? null : out.get(out.size() - 1), word.predicate(), before, used));
        if (!out.isEmpty()) {
            int last = chosen.isEmpty() ? firstTokenAtOrAfter(out.get(0).objectEnd())
                    : Math.max(to, items.get(chosen.get(chosen.size() - 1)).to());
            out.addAll(colonParts(out.get(out.size() - 1), last, used, word.predicate()));
        } else if (v == Voice.PASSIVE || v == Voice.STATIVE) {
            // 'Para terduga yang ditangkap tersebar di: Jawa Tengah (5 orang), ...'
            out.addAll(colonParts(null, to, used, word.predicate()));
        }
        if (out.isEmpty() && HUMAN.contains(word.predicate())) {
            Figure person = v == Voice.ACTIVE ? singularAfter(to, word.predicate()) : null;
            int wordStart = tokens.get(from).start();
            int wordEnd = tokens.get(to - 1).end();
            // 'a prisoner', 'seorang pengungsi': a noun that is the predicate word itself says nothing befell one
            out.addAll(person != null ? List.of(person) : singularBefore(from, word.predicate()).stream()
                    .filter(f -> f.objectEnd() <= wordStart || f.objectEnd() > wordEnd).toList());
            if (person != null) { // 'killed a soldier and three rebels': the figures joined after the person
                int end = firstTokenAtOrAfter(person.objectEnd());
                PhraseMatcher.Match<Link> and = end < tokens.size()
                        ? lex.links(Link.SEPARATOR).longestAt(tokens, end, tokens.size()) : null;
                List<Integer> joined = and != null && tokens.get(and.from()).isWord() ? after(and.to(), used)
                        : List.of();
                for (int i : joined) {
                    used.add(i);
                    out.add(figure(items.get(i), word.predicate(), false));
                }
            }
        } else if (before && !chosen.isEmpty() && HUMAN.contains(word.predicate())) {
            // 'Five suspected NPA rebels and a soldier were killed': the person joined to the last figure
            for (int k = items.get(chosen.get(chosen.size() - 1)).to(); k + 1 < from; k++) {
                PhraseMatcher.Match<Link> and = lex.links(Link.SEPARATOR).longestAt(tokens, k, from);
                if (and != null) {
                    Figure person = singularAt(and.to(), word.predicate(), true);
                    if (person != null && covered(firstTokenAtOrAfter(person.objectEnd()), from, Link.AUX)) {
                        out.add(person);
                    }
                    break;
                }
            }
            Figure first = personJoinedBefore(items.get(chosen.get(0)).from(), word.predicate());
            if (first != null) {
                out.add(0, first); // 'A soldier and three suspected members of the Abu Sayyaf Group were killed'
            }
        }
        Set<Integer> starts = new java.util.HashSet<>(); // a thing both listed and a part ('including a ...') once
        out.removeIf(f -> !starts.add(f.countStart()));
        return out;
    }

    /**
     * The token after a short opening phrase closed by a comma ('Hingga Minggu malam, sembilan di antaranya ...'), no
     * figure in it, or after an opening quotation mark ('"Lima di antaranya ditangkap ...," kata Erlangga'); 0 when
     * the sentence opens otherwise.
     */
    private int pastAnOpening() {
        int open = !tokens.isEmpty() && tokens.get(0).isDoubleQuote() ? 1 : 0;
        for (int k = open + 1; k < tokens.size() && k <= open + MAX_OPENING_WORDS; k++) {
            if (tokens.get(k).text().equals(",")) {
                return k + 1;
            }
            if (!tokens.get(k - 1).isWord() || itemAt(k - 1) >= 0) {
                return open;
            }
        }
        return open;
    }

    /**
     * The token right after the first word that says its source spoke before it ({@code said}, {@code mengatakan}),
     * a comma after it ({@code mengatakan, sembilan dari 14 orang}) and the 'that' closing its clause within a few
     * words ({@code said in a statement on Telegram that}); -1 when the sentence has no such word.
     */
    static int pastSpeech(ClaimLexicon lex, List<Token> tokens) {
        for (PhraseMatcher.Match<ClaimLexicon.Cue> c : lex.cues().find(tokens)) {
            if (c.value() != ClaimLexicon.Cue.SOURCE_BEFORE && c.value() != ClaimLexicon.Cue.TOLD) {
                continue; // 'told reporters outside the compound that 14 of the dead ...' as 'said'
            }
            for (int k = c.to(); k < tokens.size() && k <= c.to() + MAX_SPEECH_WORDS && tokens.get(k).isWord(); k++) {
                PhraseMatcher.Match<Link> that = lex.links(Link.THAT).longestAt(tokens, k, tokens.size());
                if (that != null) {
                    return that.to();
                }
            }
            return c.to() < tokens.size() && tokens.get(c.to()).text().equals(",") ? c.to() + 1 : c.to();
        }
        return -1;
    }

    /**
     * The figures of an update that opens a sentence ({@code Angka itu naik menjadi sekitar 430 orang ..., termasuk
     * 97 anak-anak}, {@code The figure later rose to 45}): a reference to the figure before, a verb of reaching
     * within a few words, then the new figure and its parts; each counts what {@code earlier} counted unless it
     * names its own noun. An EARLIER phrase there instead ({@code Angka ini naik dari 2.850 jiwa}, {@code The figure
     * was up from five}) gives the figure the one before replaced. A sentence that opens with a subset word, or with a figure and 'of them', and has no
     * predicate of its own gives parts of {@code earlier} ({@code Di antaranya lima anak-anak.}, {@code Sembilan di
     * antaranya adalah anak-anak.}). Empty when the sentence opens otherwise.
     */
    List<Figure> update(Figure earlier, Set<Integer> used) {
        PhraseMatcher.Match<Link> subset = lex.links(Link.SUBSET).longestAt(tokens, 0, tokens.size());
        if (subset == null) { // 'Of the injured, 12 were in serious condition.'
            PhraseMatcher.Match<Link> of = lex.links(Link.OF_THEM).longestAt(tokens, 0, tokens.size());
            subset = of != null && of.to() < tokens.size() && tokens.get(of.to()).text().equals(",")
                    ? new PhraseMatcher.Match<>(of.from(), of.to() + 1, of.value()) : null;
        }
        if (subset != null && itemAt(pastAux(subset.to())) >= 0) { // '... 14 orang. Di antaranya lima anak-anak.'
            List<Integer> parts = after(pastAux(subset.to()), used, Link.LEAD);
            return parts.isEmpty() || predicateIn(subset.to(), tokens.size()) ? List.of()
                    : parts(parts, earlier, Predicate.AFFECTED, false, used);
        }
        Figure single = oneOfThem(earlier); // 'One of them, a 47-year-old cook, suffered a head wound'
        if (single != null) {
            return List.of(single);
        }
        int first = itemAt(pastAnOpening());
        first = first >= 0 ? first : itemAt(pastSpeech(lex, tokens)); // 'Unmiss, which said nine of the dead were'
        PhraseMatcher.Match<Link> ofThem = null;
        for (int k = first < 0 ? tokens.size() : items.get(first).numberTo(); ofThem == null && first >= 0
                && k <= items.get(first).to() && k < tokens.size(); k++) { // 'Five of the injured': 'of the' the unit
            ofThem = lex.links(Link.OF_THEM).longestAt(tokens, k, tokens.size());
        }
        if (ofThem != null && !used.contains(first)) {
            // '... 47 korban luka. Sembilan di antaranya adalah anak-anak.', 'Five of the injured are children.';
            // with a predicate of its own the part suffered that ('12 rumah terbakar. Tiga di antaranya hangus'); it
            // counts what the whole counts, its own words being the 'of them'
            used.add(first);
            return List.of(partOf(earlier, items.get(first).q()));
        }
        int whole = first < 0 || used.contains(first) ? -1 : partitiveWhole(first, earlier);
        if (whole >= 0) { // '... menangkap 14 orang. Sembilan dari 14 orang tersebut telah ditetapkan sebagai tersangka'
            used.add(first);
            used.add(whole);
            return List.of(partOf(earlier, items.get(first).q()));
        }
        PhraseMatcher.Match<Link> ref = lex.links(Link.CLAIM_REFERENCE).longestAt(tokens, 0, tokens.size());
        if (ref == null) {
            return List.of();
        }
        for (int i = ref.to(); i < tokens.size() && i <= ref.to() + MAX_UPDATE_WORDS; i++) {
            if (!tokens.get(i).isWord()) {
                return List.of();
            }
            PhraseMatcher.Match<Link> verb = lex.links(Link.TOLL).longestAt(tokens, i, tokens.size());
            PhraseMatcher.Match<Link> was = verb != null ? null
                    : lex.links(Link.EARLIER).longestAt(tokens, i, tokens.size());
            if (was != null) { // 'Angka ini naik dari 2.850 jiwa ...', 'The figure was up from five': the earlier one
                List<Integer> before = after(was.to(), used);
                if (before.isEmpty()) {
                    return List.of();
                }
                used.add(before.get(0));
                return List.of(ownOrTheEarliers(before.get(0), earlier));
            }
            if (verb == null) {
                continue;
            }
            List<Integer> held = after(i, used);
            List<Integer> chosen = held.isEmpty() ? after(verb.to(), used) : held;
            if (chosen.isEmpty()) {
                return List.of();
            }
            List<Integer> parts = subsetsAfter(items.get(chosen.get(chosen.size() - 1)).to(), used);
            List<Figure> out = new ArrayList<>();
            for (int k : chosen) {
                used.add(k);
                out.add(ownOrTheEarliers(k, earlier));
            }
            out.addAll(parts(parts, out.get(out.size() - 1), Predicate.AFFECTED, false, used));
            return out;
        }
        return List.of();
    }

    /**
     * The figure of item {@code k} in an update of {@code earlier}: what it counts when it names a noun of its own,
     * else what {@code earlier} counted ({@code Angka itu naik menjadi 45}).
     */
    private Figure ownOrTheEarliers(int k, Figure earlier) {
        Figure own = figure(items.get(k), Predicate.AFFECTED, false);
        return own.categoryGuessed() || own.objectText().isBlank() ? partOf(earlier, items.get(k).q()).whole() : own;
    }

    /**
     * One of the figure before, opening a sentence: 'one' (links.tsv ONE) and an 'of them' phrase ({@code One of them,
     * ...}), or 'salah satu' and a toll noun ({@code Salah satu korban ...}); null otherwise ('Satu korban lain
     * ditemukan' is one more, not one of them).
     */
    private Figure oneOfThem(Figure earlier) {
        int at = tokens.size() > 1 && lex.links(Link.SALAH).longestAt(tokens, 0, 1) != null ? 1 : 0;
        PhraseMatcher.Match<Link> one = lex.links(Link.ONE).longestAt(tokens, at, Math.min(tokens.size(), at + 1));
        if (one == null || one.to() >= tokens.size() || earlier == null || earlier.count().value() == null
                || earlier.count().value() < 2) {
            return null;
        }
        PhraseMatcher.Match<Link> of = lex.links(Link.OF_THEM).longestAt(tokens, one.to(), tokens.size());
        of = of != null || at == 0 ? of : lex.links(Link.TOLL_NOUN).longestAt(tokens, one.to(), tokens.size());
        if (of == null) {
            return null;
        }
        Token t = tokens.get(at);
        return new Figure(Count.exact(1), tokens.get(0).start(), t.end(), t.end(), earlier.objectText(),
                earlier.category(), earlier.before(), earlier.categoryGuessed(), true, true);
    }

    /**
     * The item after a partitive word that follows item {@code first} and restates the figure before ({@code Sembilan
     * dari 14 orang tersebut} after 14 arrested, {@code two of the three injured}): -1 when there is none.
     */
    private int partitiveWhole(int first, Figure earlier) {
        Double value = earlier.count().value();
        int at = items.get(first).numberTo();
        PhraseMatcher.Match<Link> of = at < tokens.size() ? lex.links(Link.PARTITIVE).longestAt(tokens, at,
                tokens.size()) : null;
        int whole = of == null ? -1 : itemAt(of.to());
        return whole >= 0 && value != null && value.equals(items.get(whole).q().count().value()) ? whole : -1;
    }

    /** The token after the auxiliary words from token {@code at} ('among them were'). */
    private int pastAux(int at) {
        int k = at;
        PhraseMatcher.Match<Link> aux;
        while (k < tokens.size() && (aux = lex.links(Link.AUX).longestAt(tokens, k, tokens.size())) != null) {
            k = aux.to();
        }
        return k;
    }

    /** True when a claim predicate stands in tokens {@code [from, to)}. */
    private boolean predicateIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (lex.predicates().longestAt(tokens, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> after(int to, Set<Integer> used) {
        return after(to, used, Link.LEAD);
    }

    /** The items from token {@code to}: the first after words of role {@code first}, the rest after separators. */
    private List<Integer> after(int to, Set<Integer> used, Link first) {
        List<Integer> out = new ArrayList<>();
        int at = to;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.from() < at || used.contains(i)) {
                continue;
            }
            if (!out.isEmpty() && it.from() == at && it.q().category() == null && it.q().unit() != null) {
                at = it.to(); // 'dua howitzer 105 mm, empat mortir': the calibre of the item before, no item
                continue;
            }
            // 'membakar bangunan pustu dan enam rumah'; not '... two wounded personnel and zero killed', a figure with
            // a predicate of its own
            // nor '64 injured persons, nine of whom ...': a part of the figure before
            boolean afterABareItem = out.isEmpty() && first == Link.LEAD && bareItemBefore(at, it.from())
                    && !(it.to() < tokens.size() && lex.predicates().longestAt(tokens, it.to(), tokens.size()) != null)
                    && lex.links(Link.OF_THEM).longestAt(tokens, it.numberTo(), tokens.size()) == null;
            if (!covered(at, it.from(), out.isEmpty() ? first : Link.SEPARATOR) && !afterABareItem) {
                int past = out.isEmpty() ? -1 : pastOneThings(at, it.from());
                if (past != it.from()) {
                    break;
                }
            }
            out.add(i);
            at = nounTail(it.to(), tokens.size()); // '143 personel lainnya, termasuk 12 perwira'
        }
        if (!out.isEmpty()) {
            pastOneThings(at, tokens.size()); // '... and a US-made M777 howitzer'
        }
        return out;
    }

    /**
     * True when tokens {@code [at, to)} are a list's first item without a number, lower-case nouns only, and the
     * separator before the figure at {@code to} ({@code membakar bangunan pustu dan enam rumah warga}, {@code destroyed
     * bridges and two schools}): the figure is still what the predicate acts on.
     */
    private boolean bareItemBefore(int at, int to) {
        PhraseMatcher.Match<Link> sep = null;
        int k = at;
        while (k < to && k - at < MAX_BARE_ITEM_WORDS) {
            int sum = moneyEndAt(k);
            if (sum > k) {
                k = sum; // 'menyita uang tunai Rp 1,3 miliar, 42 unit ponsel': a sum is no figure, the list goes on
            } else if (nounWord(k)) {
                k++;
            } else {
                break;
            }
        }
        if (k > at && k < to) {
            sep = lex.links(Link.SEPARATOR).longestAt(tokens, k, to);
        }
        return sep != null && sep.to() == to
                && lex.links(Link.SUBSET).find(tokens, at, to).isEmpty(); // not ', including 2 officers'
    }

    /**
     * Reads single things of arms inside a list from token {@code at}, each after a separator ({@code 170
     * servicemen, a tank, two pickup trucks and a US-made M777 howitzer}) into {@link #listed}; the token after the
     * last one and the separator after it, or -1 when none stands there.
     */
    private int pastOneThings(int at, int limit) {
        int k = at;
        List<Figure> found = new ArrayList<>();
        while (k < limit) {
            PhraseMatcher.Match<Link> sep = separatorAt(k);
            Figure one = sep == null ? null : oneThingAt(sep.to(), true);
            if (one == null) {
                break;
            }
            found.add(one);
            k = firstTokenAtOrAfter(one.objectEnd());
            PhraseMatcher.Match<Link> next = separatorAt(k);
            if (k < limit && next != null && next.to() <= limit && limit < tokens.size()) {
                k = next.to();
            }
        }
        if (found.isEmpty()) {
            return -1;
        }
        listed.addAll(found);
        return k;
    }

    /**
     * The parts named right after a predicate that follows its figure ({@code sembilan orang tewas, termasuk dua
     * anak dan tiga perempuan}): a subset word, then items joined by words without a comma; a comma ends the part
     * ({@code termasuk dua anak, dan 27 orang lainnya luka-luka}).
     */
    private List<Integer> subsetsAfter(int to, Set<Integer> used) {
        List<Integer> out = new ArrayList<>();
        int at = subsetWordAfter(to);
        if (at < 0) {
            return partOfThem(to, used);
        }
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.from() < at || used.contains(i)) {
                continue;
            }
            if (!covered(at, it.from(), Link.SEPARATOR) && !(out.isEmpty() && at == it.from())
                    || !out.isEmpty() && text.substring(tokens.get(at).start(), tokens.get(it.from()).start()).contains(",")) {
                break;
            }
            out.add(i);
            at = it.to();
        }
        return out;
    }

    /**
     * The figure right after a comma that an OF_THEM phrase follows ({@code 19 orang meninggal dunia, enam di antaranya
     * anak-anak}, {@code 19 people were killed, six of them children}): a part of the figure before; empty when none.
     */
    private List<Integer> partOfThem(int to, Set<Integer> used) {
        int comma = commaClosing(to);
        int i = comma < 0 ? -1 : itemAt(comma + 1);
        if (i < 0 || used.contains(i)) {
            return List.of();
        }
        for (int j = items.get(i).numberTo(); j <= items.get(i).to() && j < tokens.size(); j++) {
            PhraseMatcher.Match<Link> m = lex.links(Link.OF_THEM).longestAt(tokens, j, tokens.size());
            if (m != null) {
                return List.of(i);
            }
        }
        return List.of();
    }

    /**
     * The parts of a figure listed by place after a colon that closes its clause ({@code 47 drones over six
     * regions: 18 over Belgorod Region, 11 over Kursk Region and one over Rostov Region}, {@code 17 tersangka di
     * tujuh provinsi: lima di Jawa Barat, empat di Jawa Tengah, ...}): at least two items, each a bare number (or
     * one counting what the figure counts) with a place after a locative word, joined by separators, or places with
     * their numbers in brackets ({@code tersebar di: Jawa Tengah (5 orang), Jawa Timur (4), ...}). Each part
     * counts what the figure counts.
     */
    private List<Figure> colonParts(Figure whole, int from, Set<Integer> used, Predicate predicate) {
        int colon = -1;
        for (int k = from; k < tokens.size() && k < from + MAX_SUBSET_GAP; k++) {
            String w = tokens.get(k).text();
            if (w.equals(":")) {
                colon = k;
                break;
            }
            if (!tokens.get(k).isWord() && !w.equals(",") || lex.predicates().longestAt(tokens, k, k + 1) != null
                    || startsAnItem(k)) {
                return List.of();
            }
        }
        List<Integer> parts = new ArrayList<>();
        int at = colon + 1;
        for (int i = 0; colon >= 0 && i < items.size(); i++) {
            Item it = items.get(i);
            if (it.from() < at) {
                continue;
            }
            ObjectCategory own = it.to() > it.numberTo() || whole == null ? nounCategory(it.numberTo(), it.to())
                    : whole.category();
            if (used.contains(i) || whole != null && own != whole.category() || !(parts.isEmpty() ? it.from() == at
                    : covered(at, it.from(), Link.SEPARATOR))) {
                break;
            }
            int place = placeAfter(it.to());
            if (place < 0) {
                break;
            }
            parts.add(i);
            at = place;
        }
        if (parts.size() < 2 && colon >= 0) {
            parts = bracketedParts(colon + 1, used);
        }
        if (parts.size() < 2) {
            return List.of();
        }
        return parts(parts, whole, predicate, whole == null || whole.before(), used);
    }

    /**
     * Parts listed as places with their numbers in brackets from token {@code at} ({@code tersebar di: Jawa Tengah
     * (5 orang), Jawa Timur (4), ... dan Kalimantan Timur (1)}).
     */
    private List<Integer> bracketedParts(int at, Set<Integer> used) {
        List<Integer> parts = new ArrayList<>();
        while (at < tokens.size()) {
            int open = at;
            while (open < tokens.size() && open - at < MAX_PLACE_WORDS && tokens.get(open).isWord()
                    && tokens.get(open).isCapitalized()) {
                open++;
            }
            int part = open > at && open < tokens.size() && tokens.get(open).text().equals("(")
                    ? itemAt(open + 1) : -1;
            if (part < 0 || used.contains(part)) {
                break;
            }
            int close = items.get(part).to();
            while (close < tokens.size() && close - open < MAX_PLACE_WORDS && !tokens.get(close).text().equals(")")) {
                close++;
            }
            if (close >= tokens.size() || !tokens.get(close).text().equals(")")) {
                break;
            }
            parts.add(part);
            at = close + 1;
            PhraseMatcher.Match<Link> sep;
            for (sep = separatorAt(at); sep != null; sep = separatorAt(at)) {
                at = sep.to();
            }
        }
        return parts;
    }

    /**
     * The item of a bare number right before a predicate at tokens {@code [from, to)} used as an adjective of the
     * person noun after it ({@code 11 wounded soldiers}), widened to that noun; -1 when there is none, when the number
     * is not the first of a list ({@code 23 bodies and 41 wounded people}), follows an article or when another
     * predicate says what befell the noun ({@code Two injured persons succumbed}).
     */
    private int countedBy(int from, int to, Set<Integer> used) {
        int i = -1;
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            i = it.to() == from && it.numberTo() == from && !used.contains(k) ? k : i;
        }
        int at = i < 0 ? 0 : items.get(i).from();
        if (i < 0 || to >= tokens.size() || at > 0 && (lex.links(Link.SEPARATOR).longestAt(tokens, at - 1, at) != null
                || lex.links(Link.ARTICLE).longestAt(tokens, at - 1, at) != null)) {
            return -1; // 'The three wounded soldiers were in stable condition': the three said before
        }
        int end = to;
        while (end < ownUnitEnd(to) && lex.predicates().longestAt(tokens, end, tokens.size()) == null
                && lex.links(Link.AUX).longestAt(tokens, end, tokens.size()) == null) {
            end++;
        }
        PhraseMatcher.Match<ClaimLexicon.PredicateWord> next = lex.predicates().longestAt(tokens, pastAux(end),
                tokens.size());
        if (end == to || personCategory(to, end) == null
                || next != null && next.value().predicate() != Predicate.WOUNDED) {
            return -1;
        }
        items.set(i, new Item(items.get(i).q(), items.get(i).from(), to, end));
        return i;
    }

    /** The index of the item that starts at token {@code k}, or -1. */
    private int itemAt(int k) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).from() == k) {
                return i;
            }
        }
        return -1;
    }

    /** The figures of the part items {@code parts} of {@code whole}: a part with a noun of its own counts that. */
    private List<Figure> parts(List<Integer> parts, Figure whole, Predicate p, boolean before, Set<Integer> used) {
        List<Figure> out = new ArrayList<>();
        for (int i : parts) {
            used.add(i);
            Item it = items.get(i);
            out.add(it.to() > it.numberTo() || whole == null ? ownPart(figure(it, p, before).asPart(), whole)
                    : partOf(whole, it.q()));
        }
        return out;
    }

    /**
     * A part that names its own noun counts what its whole counts when that noun names no category of its own
     * ({@code 11 bodies, four of them teenagers}: people, not other things).
     */
    private static Figure ownPart(Figure own, Figure whole) {
        boolean unnamed = own.categoryGuessed() || own.category() == ObjectCategory.OTHER;
        return whole != null && unnamed && whole.category() != ObjectCategory.OTHER && !whole.categoryGuessed()
                ? own.countingAs(whole.category()) : own;
    }

    /** A part of figure {@code whole} given by a bare number: it counts what the whole counts. */
    private static Figure partOf(Figure whole, Quantity q) {
        return new Figure(q.count(), q.start(), q.end(), q.end(), whole.objectText(), whole.category(),
                whole.before(), whole.categoryGuessed(), false, true);
    }

    private PhraseMatcher.Match<Link> separatorAt(int at) {
        return at < tokens.size() ? lex.links(Link.SEPARATOR).longestAt(tokens, at, tokens.size()) : null;
    }

    /** The token after a place named right after a locative word at token {@code at} ('over Kursk Region'), or -1. */
    private int placeAfter(int at) {
        PhraseMatcher.Match<Link> loc = at < tokens.size() ? lex.links(Link.LOCATIVE).longestAt(tokens, at,
                tokens.size()) : null;
        if (loc == null) {
            return -1;
        }
        int k = loc.to();
        while (k < tokens.size() && k - loc.to() < 4 && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k > loc.to() ? k : -1;
    }

    /** True when item {@code i} opens an aside of how many of the figure before are whom (', nine of them women,'). */
    private boolean partAside(int i) {
        return partAsideAt(items.get(i).from()) && items.get(i).from() > 0
                && tokens.get(items.get(i).from() - 1).text().equals(",");
    }

    /** True when a figure starts at token {@code at} and 'of them' follows its number ('nine of them children'). */
    private boolean partAsideAt(int at) {
        int i = itemAt(at);
        return i >= 0 && lex.links(Link.OF_THEM).longestAt(tokens, items.get(i).numberTo(), tokens.size()) != null;
    }

    /**
     * A figure whose parts stand between commas before its predicate ({@code At least 47 civilians, including 11
     * women and six children, were killed}): the figure's item, then the parts' items; empty when the words before
     * the predicate at {@code from} are not so.
     */
    private List<Integer> wholeBeforeItsParts(int from, Set<Integer> used) {
        int close = from - 1;
        while (close > 0 && !tokens.get(close).text().equals(",") && tokens.get(close).isWord()) {
            close--;
        }
        if (close <= 0 || !tokens.get(close).text().equals(",") || !covered(close + 1, from, Link.AUX)) {
            return List.of();
        }
        for (int open = close - 1; open > 0 && close - open <= MAX_SUBSET_GAP * 2; open--) {
            if (!tokens.get(open).text().equals(",")) {
                continue;
            }
            PhraseMatcher.Match<Link> subset = lex.links(Link.SUBSET).longestAt(tokens, open + 1, close);
            int whole = -1;
            if (subset == null && firstTokenAtOrAfter(tokens.get(open).end()) == open + 1 && partAsideAt(open + 1)) {
                subset = new PhraseMatcher.Match<>(open + 1, open + 1, Link.SUBSET); // ', nine of them children,'
            }
            for (int i = 0; i < items.size(); i++) {
                if (!used.contains(i) && nounTail(items.get(i).to(), open) == open) {
                    whole = i;
                }
            }
            if (subset == null || whole < 0) {
                return List.of();
            }
            List<Integer> out = new ArrayList<>(List.of(whole));
            int at = subset.to();
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                if (it.from() < at || it.to() > close || used.contains(i)) {
                    continue;
                }
                if (!(out.size() == 1 ? it.from() == at : covered(at, it.from(), Link.SEPARATOR))) {
                    break;
                }
                out.add(i);
                at = it.to();
            }
            return out; // 'four civilians, including a 10-year-old boy, were wounded': the whole, with no counted part
        }
        return List.of();
    }

    /**
     * The token after the subset word that follows the predicate ending at {@code to}, past the words of its clause
     * ({@code killed in Um Kadada since Thursday, including ...}) but before any other figure or mark of a new
     * clause; -1 when there is none.
     */
    private int subsetWordAfter(int to) {
        for (int k = to; k < tokens.size() && k < to + MAX_SUBSET_GAP; k++) {
            PhraseMatcher.Match<Link> m = lex.links(Link.SUBSET).longestAt(tokens, k, tokens.size());
            if (m != null) {
                return pastAux(m.to()); // 'Among them were 12 children'
            }
            if (!endsPredicateClause(k, false)) {
                return -1; // 'killed 5 soldiers and wounded many, including ...': the part is another predicate's
            }
        }
        return -1;
    }

    /**
     * The comma that closes a predicate's clause from token {@code to} ({@code tewas dalam serangan itu, tiga di
     * antaranya anak-anak}): words and dates only before it, no figure and no other predicate; -1 when none.
     */
    private int commaClosing(int to) {
        for (int k = to; k < tokens.size() && k < to + MAX_SUBSET_GAP; k++) {
            if (tokens.get(k).text().equals(",")) {
                return k;
            }
            if (!endsPredicateClause(k, true)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when token {@code k} may stand in a predicate's clause after its figure: a word, a comma or a date, not
     * a figure nor another predicate; a period before a subset word too ({@code 14 orang. Di antaranya}) unless
     * {@code commaOnly}.
     */
    private boolean endsPredicateClause(int k, boolean commaOnly) {
        Token t = tokens.get(k);
        boolean stopBeforeSubset = !commaOnly && t.text().equals(".") && k + 1 < tokens.size()
                && lex.links(Link.SUBSET).longestAt(tokens, k + 1, tokens.size()) != null;
        return (t.isWord() || t.text().equals(",") || inDate(t) || stopBeforeSubset) && !startsAnItem(k)
                && lex.predicates().longestAt(tokens, k, tokens.size()) == null;
    }

    private boolean startsAnItem(int k) {
        return itemAt(k) >= 0;
    }

    /**
     * True when a conjunction stands right before token {@code at}: a figure after it shares the auxiliary of the
     * clause before ('1,247 people were killed and 710 others injured').
     */
    private boolean afterAConjunction(int at) {
        return at > 0 && tokens.get(at - 1).isWord() && lex.links(Link.SEPARATOR).longestAt(tokens, at - 1, at) != null;
    }

    /** True when a subset word ends right before token {@code at} ('termasuk dua anak'). */
    private boolean opensASubset(int at) {
        for (int i = Math.max(0, at - 3); i < at; i++) {
            PhraseMatcher.Match<Link> m = lex.links(Link.SUBSET).longestAt(tokens, i, at);
            if (m != null && m.to() == at) {
                return true;
            }
        }
        return false;
    }

    /** A toll's noun: {@code korban tewas}, {@code korban jiwa}, {@code death toll}. */
    boolean isToll(int from, int to) {
        for (int i = Math.max(0, from - 1); i < to; i++) {
            if (lex.links(Link.TOLL_NOUN).longestAt(tokens, i, i + 1) != null) {
                return true;
            }
        }
        for (int i = from - 1; i >= 0 && i >= from - MAX_TOLL_COUNT_WORDS; i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.isNumeric()) {
                return false;
            }
            if (lex.links(Link.TOLL_COUNT).longestAt(tokens, i, i + 1) != null) {
                return true; // 'jumlah warga Palestina yang tewas ... mencapai', 'the number of people killed'
            }
        }
        return false;
    }

    /**
     * A toll's figure after what it counts: {@code korban tewas dari pihak Palestina sudah mencapai 2.102 orang},
     * {@code the death toll from the floods has risen to 45}: a verb of reaching within the clause, then the figure.
     */
    private List<Integer> tollAfter(int to, Set<Integer> used) {
        for (int i = to; i < tokens.size() && i < to + MAX_TOLL_GAP; i++) {
            String w = tokens.get(i).text();
            int placeEnd = w.equals(",") ? placeBetweenCommas(i) : -1;
            if (placeEnd > 0) { // '... di Kabupaten Mamuju, Sulawesi Barat, bertambah menjadi 19 orang'
                for (int next; (next = placeBetweenCommas(placeEnd)) > 0; ) {
                    placeEnd = next; // '..., Kabupaten Pekalongan, Jawa Tengah, bertambah menjadi tujuh orang'
                }
                i = placeEnd;
                continue;
            }
            if (w.equals(",") || w.equals(";") || w.equals(".") || lex.predicates().longestAt(tokens, i,
                    tokens.size()) != null) {
                return List.of();
            }
            PhraseMatcher.Match<Link> verb = lex.links(Link.TOLL).longestAt(tokens, i, tokens.size());
            for (PhraseMatcher.Match<Link> next; verb != null && verb.to() < tokens.size()
                    && (next = lex.links(Link.TOLL).longestAt(tokens, verb.to(), tokens.size())) != null; ) {
                verb = next; // 'sudah menembus angka 2 ribu orang': the last of the verbs
            }
            if (verb != null) { // the quantity finder may hold the verb in its span ('mencapai 2.102')
                List<Integer> held = after(i, used);
                return revisedToll(held.isEmpty() ? after(verb.to(), used) : held, used);
            }
        }
        return List.of();
    }

    /**
     * A toll's figures and, when another toll verb follows them, the figures it gives ({@code sebelumnya disebut 27
     * orang kini dikoreksi menjadi 19 orang}): the earlier toll and the one that replaces it.
     */
    private List<Integer> revisedToll(List<Integer> first, Set<Integer> used) {
        if (first.isEmpty()) {
            return first;
        }
        int k = items.get(first.get(first.size() - 1)).to();
        PhraseMatcher.Match<Link> aux;
        while (k < tokens.size() && (aux = lex.links(Link.AUX).longestAt(tokens, k, tokens.size())) != null) {
            k = aux.to(); // 'kini', 'now'
        }
        PhraseMatcher.Match<Link> next = k < tokens.size() ? lex.links(Link.TOLL).longestAt(tokens, k, tokens.size())
                : null;
        if (next == null) {
            return first;
        }
        List<Integer> all = new ArrayList<>(first);
        all.addAll(after(next.to(), used));
        return all;
    }

    /**
     * The index of the comma that closes a name of capitalised words or a date after the comma at {@code comma}
     * ({@code , Sulawesi Barat,}, a place's region in apposition; {@code , December 21,}); -1 when none does.
     */
    private int placeBetweenCommas(int comma) {
        for (int k = comma + 1; k < tokens.size() && k <= comma + MAX_PLACE_WORDS + 1; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                return k > comma + 1 ? k : -1;
            }
            if (!(t.isWord() && t.isCapitalized() || t.isNumeric())) {
                return -1; // a place or a date ('on Sunday, December 21, has climbed to eight')
            }
        }
        return -1;
    }

    private List<Integer> before(int from, Set<Integer> used, boolean needAux) {
        List<Integer> out = new ArrayList<>();
        int at = from;
        for (int i = items.size() - 1; i >= 0; i--) {
            Item it = items.get(i);
            if (it.to() > at || used.contains(i)) {
                continue;
            }
            boolean first = out.isEmpty();
            if (first && (restates(it.from()) || ageAfterName(it) || ageAfterWord(it))) {
                used.add(i); // ', or about 380 families,': the figure before in other units; 'RS (41)', 'aged 27': ages
                continue;
            }
            int end = first ? nounTail(it.to(), at) : it.to();
            if (!covered(end, at, first ? Link.AUX : Link.SEPARATOR)
                    || (first && needAux && (end == at || relativeOnly(end, at)) && !afterAConjunction(it.from())
                    && !afterAmong(it.from()))
                    || !first && opensASubset(it.from())) {
                break; // a part of a figure before ('termasuk dua anak') is not this predicate's
            }
            if (end > it.to()) {
                it = new Item(it.q(), it.from(), it.numberTo(), end);
                items.set(i, it);
            }
            int owner = first ? qualified(i) : -1;
            if (owner >= 0) { // '1.800 warga dari empat desa telah mengungsi': the villages say whose, not what
                used.add(i);
                i = owner;
                it = items.get(i);
            }
            out.add(0, i);
            at = it.from();
        }
        return out;
    }

    /** True when item {@code it} is a bare number in brackets right after a name ({@code RS (41)}): an age. */
    private boolean ageAfterName(Item it) {
        int from = it.from();
        return from >= 2 && it.to() == from + 1 && it.to() == it.numberTo() && ageInBrackets(from)
                && tokens.get(from - 2).isWord() && tokens.get(from - 2).isCapitalized();
    }

    /** True when item {@code it} is a bare number right after an age word ({@code aged 27}, {@code berusia 16}). */
    private boolean ageAfterWord(Item it) {
        int from = it.from();
        return from >= 1 && lex.links(Link.AGE).longestAt(tokens, from - 1, from) != null;
    }

    /** True when the number at token {@code k} stands alone in brackets ({@code (41)}). */
    private boolean ageInBrackets(int k) {
        return k >= 1 && k + 1 < tokens.size() && tokens.get(k).isNumeric() && tokens.get(k - 1).text().equals("(")
                && tokens.get(k + 1).text().equals(")");
    }

    /**
     * True when tokens {@code [from, to)} are only relative pronouns ('yang', 'who'): before an active verb they make
     * the figure its subject ({@code lima sesi olahraga yang membakar 300 kalori}), not what it acts on.
     */
    private boolean relativeOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.links(Link.RELATIVE).longestAt(tokens, k, k + 1) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when an English participle at tokens {@code [from, to)} stands right after a count and before 'and' and
     * another count ({@code reported two killed and 19 injured}), or before a place after a count a source reports
     * ({@code recorded at least 32 civilians killed in armed clashes}): it says what befell the count before it, and
     * has no object.
     */
    private boolean participleAfterACount(int from, int to) {
        if (to >= tokens.size() || !lex.endsAs(tokens.get(to - 1).text(), "participle")) {
            return false;
        }
        Item count = null;
        for (Item it : items) {
            count = it.to() == from ? it : count;
        }
        if (count == null) {
            return false;
        }
        PhraseMatcher.Match<Link> sep = lex.links(Link.SEPARATOR).longestAt(tokens, to, tokens.size());
        if (sep != null && sep.to() < tokens.size()) {
            return itemAt(sep.to()) >= 0; // 'two killed and 19 injured'
        }
        // 'recorded at least 32 civilians killed in Papua'; not a headline's 'Six soldiers killed in ELN ambush'
        return lex.links(Link.LOCATIVE).longestAt(tokens, to, to + 1) != null && reportedBefore(count.from());
    }

    /** True when a reporting word of the source before it stands in the few tokens before token {@code at}. */
    private boolean reportedBefore(int at) {
        return lex.cues().find(tokens, Math.max(0, at - MAX_REPORTED_GAP), at).stream()
                .anyMatch(m -> m.value() == ClaimLexicon.Cue.SOURCE_BEFORE);
    }

    /**
     * True when the clause ends at token {@code at}, past a date and the word before it: the sentence's end or a mark
     * other than a quote mark; an English participle there has no object ({@code the army reported three rebels
     * killed.}, {@code ... killed on Thursday.}).
     */
    private boolean endsItsClause(int at) {
        int k = at;
        while (k < tokens.size() && (inDate(tokens.get(k)) || k + 1 < tokens.size() && inDate(tokens.get(k + 1))
                && tokens.get(k).isWord() && !tokens.get(k).isCapitalized())) {
            k++; // 'reported 11 junta soldiers killed on Thursday.'
        }
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return !t.isWord() && !t.isNumeric() && !t.isDoubleQuote() && !t.text().equals("(")
                && at > 0 && lex.endsAs(tokens.get(at - 1).text(), "participle")
                && lex.links(Link.AMONG).find(tokens, Math.max(0, at - MAX_AMONG_WORDS - 3), at).isEmpty();
                // 'he is among the nine wounded.': the figure says whom he is among, not who befell it
    }

    /** True when an ALTERNATIVE word ('or', 'atau') stands right before token {@code at}. */
    private boolean restates(int at) {
        return at >= 1 && lex.links(Link.ALTERNATIVE).longestAt(tokens, at - 1, at) != null;
    }

    /**
     * The token after the same figure in other units, without commas, from an ALTERNATIVE word at token {@code at}
     * ({@code 3.412 jiwa atau 986 kepala keluarga (KK) kini mengungsi}): its item and an acronym in brackets after it;
     * -1 when none stands there.
     */
    private int alternativeEnd(int at, int to) {
        if (lex.links(Link.ALTERNATIVE).longestAt(tokens, at, at + 1) == null) {
            return -1;
        }
        int i = itemAt(at + 1);
        if (i < 0 || items.get(i).to() > to) {
            return -1;
        }
        int k = items.get(i).to();
        if (k < to && tokens.get(k).text().equals("(")) {
            int close = k + 1;
            while (close < to && close - k <= MAX_ASIDE_WORDS && tokens.get(close).isWord()) {
                close++;
            }
            k = close < to && tokens.get(close).text().equals(")") ? close + 1 : k;
        }
        return k;
    }

    /**
     * True when an AMONG phrase ends right before token {@code at} and a figure ends right before it ('Nine children
     * were among the 43 killed'; not 'he is among the nine wounded').
     */
    private boolean afterAmong(int at) {
        int start = phraseEndingAt(Link.AMONG, at, MAX_AMONG_WORDS);
        return start >= 0 && items.stream().anyMatch(it -> it.to() == start);
    }

    /**
     * The first token of a phrase of role {@code role} that ends right before token {@code end} and starts at most
     * {@code words} tokens before it, the earliest start first; -1 when none does.
     */
    private int phraseEndingAt(Link role, int end, int words) {
        for (int k = Math.max(0, end - words); k < end; k++) {
            PhraseMatcher.Match<Link> m = lex.links(role).longestAt(tokens, k, end);
            if (m != null && m.to() == end) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The item right before item {@code i} and an AMONG phrase ({@code Sembilan anak-anak termasuk di antara 43
     * korban}, {@code Nine children were among the 43 dead}): a part of item {@code i}'s figure; -1 when none.
     */
    private int partBeforeAmong(int i, Set<Integer> used) {
        if (i == 0 || used.contains(i - 1)) {
            return -1;
        }
        Item it = items.get(i);
        Item part = items.get(i - 1);
        int start = phraseEndingAt(Link.AMONG, it.from(), it.from() - part.to());
        return start >= 0 && start == part.to() ? i - 1 : -1;
    }

    /**
     * The item that item {@code i} qualifies after a QUALIFIER word ({@code 1.800 warga dari empat desa}, {@code 500
     * residents of three villages}), or -1.
     */
    private int qualified(int i) {
        Item it = items.get(i);
        if (i == 0 || it.from() < 1) {
            return -1;
        }
        Item before = items.get(i - 1);
        PhraseMatcher.Match<Link> q = lex.links(Link.QUALIFIER).longestAt(tokens, before.to(), it.from());
        if (q == null && it.from() - 1 > before.numberTo() && it.from() - 1 - before.numberTo() <= MAX_QUALIFIED_NOUNS
                && wordsOnly(before.numberTo(), it.from() - 1)) {
            // 'five members of one family': a noun the quantity stage left out of the unit, then 'of'
            q = lex.links(Link.QUALIFIER).longestAt(tokens, it.from() - 1, it.from());
            return q != null && q.to() == it.from() ? i - 1 : -1;
        }
        return before.to() > before.numberTo() && q != null && q.to() == it.from() ? i - 1 : -1;
    }

    /** True when tokens {@code [from, to)} are all words, none a number. */
    private boolean wordsOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord() || tokens.get(k).isNumeric()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of a counted phrase that runs on past its unit before a passive or stative predicate: a name
     * ({@code Tiga prajurit TNI gugur}) or a word such as {@code lainnya} ({@code dua prajurit lainnya terluka}).
     */
    private int nounTail(int from, int limit) {
        int i = from;
        while (i < limit && i - from < 3 && tokens.get(i).isWord()
                && (tokens.get(i).isCapitalized() || lex.links(Link.NOUN_TAIL).longestAt(tokens, i, i + 1) != null)) {
            i++;
        }
        if (i < limit && i > 0 && tokens.get(i).isWord() && tokens.get(i - 1).isCapitalized()
                && personNoun(i)) {
            i++; // '27 Dawlah Islamiyah members': the group's name, then the noun counted
        }
        if ((i == from || tokens.get(i - 1).isCapitalized()) && bracketedName(i, limit)) {
            i += 3; // 'enam anggota ... Tentara Rakyat Baru (NPA) tewas', 'tiga anak buah kapal (ABK) terluka'
            int name = i;
            while (i < limit && i - name < 3 && tokens.get(i).isWord() && tokens.get(i).isCapitalized()) {
                i++; // 'Thahan Phran (ranger) Thailand tewas': the name goes on after its gloss
            }
        }
        return pastAPlace(i, limit);
    }

    /**
     * The end of a place phrase at token {@code i} that stands between a counted noun and its predicate at {@code
     * limit} ({@code Tiga warga di Desa Sukamaju tewas}, {@code ... at the substations were damaged}, {@code ... di
     * Myanmar kini hidup sebagai pengungsi}): where an auxiliary run to the predicate starts, or the predicate; {@code
     * i} when no such phrase stands there ('lima di antaranya' opens a part, not a place).
     */
    private int pastAPlace(int i, int limit) {
        if (i >= limit || limit >= tokens.size() || lex.links(Link.LOCATIVE).longestAt(tokens, i, i + 1) == null
                || lex.links(Link.OF_THEM).longestAt(tokens, i, limit) != null
                || lex.links(Link.SUBSET).longestAt(tokens, i, limit) != null
                || lex.predicates().longestAt(tokens, limit, tokens.size()) == null) {
            return i;
        }
        int j = placeWordsEnd(i + 1, i, limit, true);
        if (j > i + 1 && covered(j, limit, Link.AUX)) {
            return j;
        }
        j = placeWordsEnd(j, i, limit, false);
        return j == limit && j > i + 1 ? limit : i;
    }

    /** The first token from {@code j} that is no word of a place after the locative at {@code i}. */
    private int placeWordsEnd(int j, int i, int limit, boolean stopAtAux) {
        int lower = 0; // lower-case words ('di sekitar kantor polisi'); the names of a place's units are not counted
        while (j < limit && lower <= MAX_LOCATIVE_WORDS && j - i <= MAX_ADMINISTRATIVE_PLACE_TOKENS
                && (tokens.get(j).isWord() || unitComma(j, limit))
                && lex.predicates().longestAt(tokens, j, limit) == null
                && !(stopAtAux && lex.links(Link.AUX).longestAt(tokens, j, limit) != null)) {
            lower += tokens.get(j).isWord() && !tokens.get(j).isCapitalized() ? 1 : 0;
            j++;
        }
        return j;
    }

    /**
     * A comma after a capitalised place name, before the next unit's name or the predicate: Indonesian news names a
     * place with its units ('173 siswa di Kecamatan Cugenang, Kabupaten Cianjur, Jawa Barat, mengalami keracunan').
     */
    private boolean unitComma(int j, int limit) {
        return tokens.get(j).text().equals(",") && j > 0 && tokens.get(j - 1).isCapitalized()
                && (j + 1 == limit || j + 1 < limit && tokens.get(j + 1).isWord() && tokens.get(j + 1).isCapitalized());
    }

    private boolean personNoun(int k) {
        ObjectCategory c = nounCategory(k, k + 1);
        return c != null && PERSONS.contains(c);
    }

    /**
     * Tokens {@code [from, to)} are all words of the role; an empty gap is covered, except between the items of a
     * list, which a separator joins. Before a predicate's figure a period may stand too
     * ({@code korban tewas sejak Oktober 2023 mencapai 53.000 jiwa}): a since or until word and a date.
     */
    private boolean covered(int from, int to, Link role) {
        if (from >= to && role == Link.SEPARATOR) {
            return false; // two figures with nothing between are no list ('41 drones over five regions')
        }
        int i = from;
        while (i < to) {
            int aside = role == Link.AUX ? Math.max(Math.max(Math.max(asideEnd(i, to), originEnd(i, to)),
                    Math.max(conjoinedEnd(i, to), i == from ? relativeClauseEnd(i, to) : -1)),
                    Math.max(Math.max(namedEnd(i, to), alternativeEnd(i, to)), oneItemEnd(i, to)))
                    : role == Link.SEPARATOR ? itemTailEnd(i, to) : role == Link.LEAD ? measuredEnd(i, to) : -1;
            if (aside > i) {
                i = aside; // 'Dua warga lainnya, kata dia, belum diketahui keberadaannya': a speaker's aside
                continue;
            }
            PhraseMatcher.Match<Link> ofThem = role == Link.AUX && i == from
                    ? lex.links(Link.OF_THEM).longestAt(tokens, i, to) : null;
            if (ofThem != null) {
                i = ofThem.to(); // '40 warga ditangkap, 26 di antaranya masih ditahan': a part of the figure before
                continue;
            }
            if (role == Link.AUX && tokens.get(i).isDoubleQuote() && (i + 1 == to || i == from)) {
                i++; // 'had been "neutralized"': a predicate in scare quotes; '"more than 40 houses" were burnt'
                continue;
            }
            PhraseMatcher.Match<Link> m = lex.links(role).longestAt(tokens, i, to);
            if (m == null && role == Link.LEAD) {
                m = lex.links(Link.SINCE).longestAt(tokens, i, to);
                m = m != null ? m : lex.links(Link.UNTIL).longestAt(tokens, i, to);
                if (m == null && inDate(tokens.get(i))) {
                    i++;
                    continue;
                }
            }
            if (m == null) {
                return false;
            }
            i = m.to();
        }
        return true;
    }

    /**
     * True when a word for one ({@code sebuah}, {@code a}) stands at token {@code at} and the thing it names takes a
     * word that gives its weight or size right before item {@code it} ({@link #measuredEnd}): the item measures the
     * one thing, it counts nothing.
     */
    private boolean weighsOneThing(int at, Item it) {
        return at < tokens.size() && lex.links(Link.ONE).longestAt(tokens, at, at + 1) != null
                && measuredEnd(at + 1, it.from()) == it.from();
    }

    /**
     * {@code to} when tokens {@code [at, to)} are a few lower-case words naming a thing, then a word that gives its
     * weight or size before the figure ({@code menyita sabu seberat 312,5 gram}, {@code seized cocaine weighing 40
     * kilograms}); -1 otherwise.
     */
    private int measuredEnd(int at, int to) {
        for (int k = at; k < to && k - at <= MAX_MEASURED_WORDS; k++) {
            PhraseMatcher.Match<Link> m = lex.links(Link.MEASURED).longestAt(tokens, k, to);
            if (m != null) {
                return k > at && m.to() == to ? to : -1;
            }
            if (!tokens.get(k).isWord() || tokens.get(k).isCapitalized() || tokens.get(k).isNumeric()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token after what may close a list's item before the separator, from token {@code at}: an acronym in
     * brackets ({@code satu peluncur roket ganda (MLRS), dua ...}) or who made it ({@code empat howitzer M777 buatan
     * Amerika Serikat, serta ...}) or what kind it is, with or without a model's name ({@code tiga bom udara berpemandu
     * JDAM, lima roket ...}); -1 when none stands there.
     */
    private int itemTailEnd(int at, int to) {
        if (tokens.get(at).text().equals("(")) {
            for (int k = at + 1; k < to && k <= at + MAX_ASIDE_WORDS + 1; k++) {
                if (tokens.get(k).text().equals(")")) {
                    return k + 1;
                }
                if (startsAnItem(k)) {
                    return -1;
                }
            }
            return -1;
        }
        PhraseMatcher.Match<Link> maker = lex.links(Link.MAKER).longestAt(tokens, at, to);
        if (maker != null && namesEnd(maker.to(), to) > maker.to()) {
            return namesEnd(maker.to(), to);
        }
        PhraseMatcher.Match<Link> kind = lex.links(Link.DESCRIPTOR).longestAt(tokens, at, to);
        return kind == null ? -1 : namesEnd(kind.to(), to); // a kind's model name may be left out ('rakitan')
    }

    /** The token after the capitalised words from token {@code from} (a maker's or a model's name). */
    private int namesEnd(int from, int to) {
        int k = from;
        while (k < to && k - from < MAX_PLACE_WORDS && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k;
    }

    /**
     * The token after a list's item of one thing with no number, a separator and an indefinite article before a few
     * words ({@code 37 houses, a health center and a Presbyterian church were destroyed}): the list goes on to its
     * predicate past it, the one thing uncounted; -1 when none stands at token {@code at}.
     */
    private int oneItemEnd(int at, int to) {
        PhraseMatcher.Match<Link> sep = lex.links(Link.SEPARATOR).longestAt(tokens, at, to);
        if (sep == null || sep.to() >= to || lex.links(Link.ONE).longestAt(tokens, sep.to(), sep.to() + 1) == null
                && lex.links(Link.SINGULAR).longestAt(tokens, sep.to(), sep.to() + 1) == null) {
            return -1; // '..., a health center and ...', 'Dua warga dan seorang anggota polisi tewas'
        }
        int k = sep.to() + 1;
        while (k < to && k <= sep.to() + MAX_ONE_ITEM_WORDS && tokens.get(k).isWord() && !tokens.get(k).isNumeric()
                && lex.links(Link.SEPARATOR).longestAt(tokens, k, k + 1) == null
                && lex.links(Link.AUX).longestAt(tokens, k, to) == null
                && lex.links(Link.LOCATIVE).longestAt(tokens, k, k + 1) == null
                && lex.predicates().longestAt(tokens, k, to) == null) {
            k++;
        }
        int place = k > sep.to() + 1 ? pastAPlace(k, to) : -1; // '... dan sebuah sekolah dasar di sekitar pasar'
        return k > sep.to() + 1 ? Math.max(k, place) : -1;
    }

    /**
     * The token after a NAMED word at token {@code at}, the capitalised name or initials after it and an age in
     * brackets ({@code satu tersangka berinisial RS (41) tewas}, {@code a man named Ali Hassan was killed}); -1 when
     * none stands there.
     */
    private int namedEnd(int at, int to) {
        PhraseMatcher.Match<Link> named = lex.links(Link.NAMED).longestAt(tokens, at, to);
        if (named == null) {
            return -1;
        }
        int k = namesEnd(named.to(), to);
        if (k == named.to()) {
            return -1;
        }
        return k + 2 < to && ageInBrackets(k + 1) ? k + 3 : k; // '(41)': an age
    }

    /**
     * The token after a separator and a word for people at token {@code at}, another group counted with the figure's
     * ({@code 40 soldiers and members of the VDP were killed}); -1 when none stands there.
     */
    private int conjoinedEnd(int at, int to) {
        return at + 2 < to && tokens.get(at).isWord() && lex.links(Link.SEPARATOR).longestAt(tokens, at, at + 1) != null
                && tokens.get(at + 1).isWord() && !tokens.get(at + 1).isNumeric() && personNoun(at + 1) ? at + 2 : -1;
    }

    /**
     * {@code to} when a relative word at token {@code at} opens a clause on the counted people of a few words, with no
     * predicate, figure, mark or other relative word in it, that runs to the predicate ({@code Seorang warga yang
     * mencoba melerai ikut terluka}, {@code Dua warga yang sedang bekerja di ladang tewas}); -1 otherwise.
     */
    private int relativeClauseEnd(int at, int to) {
        if (to - at > MAX_RELATIVE_WORDS || to - at < 2
                || lex.links(Link.RELATIVE).longestAt(tokens, at, at + 1) == null) {
            return -1;
        }
        for (int k = at + 1; k < to; k++) {
            if (!tokens.get(k).isWord() || tokens.get(k).isNumeric()
                    || lex.links(Link.RELATIVE).longestAt(tokens, k, k + 1) != null // '... petani yang ditangkap'
                    || lex.predicates().longestAt(tokens, k, tokens.size()) != null) {
                return -1;
            }
        }
        return to;
    }

    /**
     * {@code to} when a QUALIFIER word at token {@code at} opens a phrase of words up to it that says where the
     * counted come from ({@code Dua orang DPO dari sisa jaringan kelompok teroris Mujahidin Indonesia Timur (MIT)
     * tewas}, {@code two men from the village were killed}): no figure, comma or predicate in it; -1 otherwise. It may
     * end before an aside between commas ({@code members of the VDP, a civilian militia backing the army, were
     * killed}), returning the comma.
     */
    private int originEnd(int at, int to) {
        if (lex.links(Link.QUALIFIER).longestAt(tokens, at, at + 1) == null
                || at > 0 && lex.links(Link.LEAD).longestAt(tokens, at - 1, at + 1) != null) {
            return -1; // '77 kematian lebih dari empat negara': a bound, not where they come from
        }
        for (int k = at + 1; k < to; k++) {
            if (k - at >= MAX_ORIGIN_WORDS) {
                return -1; // too long for a name
            }
            Token t = tokens.get(k);
            if (t.text().equals(",") && k > at + 1 && asideEnd(k, to) > k) {
                return k;
            }
            boolean bracket = t.text().equals("(") || t.text().equals(")");
            if (!t.isWord() && !bracket || startsAnItem(k) || lex.predicates().longestAt(tokens, k, to) != null) {
                return -1;
            }
        }
        return to;
    }

    /**
     * The token after an aside of a few words between commas that starts at token {@code at} ({@code , kata dia,},
     * {@code , he said,}) and names no figure, within {@code to}; -1 when none.
     */
    private int asideEnd(int at, int to) {
        if (!tokens.get(at).text().equals(",")) {
            return -1;
        }
        // who the counted are, one by one ('dua tentaranya, seorang sersan berusia 20 tahun dan seorang kapten berusia
        // 23 tahun, tewas'): an appositive that opens with a word for one person may run longer
        boolean persons = at + 1 < to && lex.links(Link.SINGULAR).longestAt(tokens, at + 1, at + 2) != null;
        // the same figure in other units ('nearly 2,300 people, or about 380 families, had been displaced')
        boolean restated = at + 1 < to && lex.links(Link.ALTERNATIVE).longestAt(tokens, at + 1, at + 2) != null;
        // who most of them are ('more than 50 people, mostly women and children, were abducted'); how many of them
        // are whom ('At least 41 people, nine of them children, were killed')
        persons |= at + 1 < to && lex.links(Link.MOSTLY).longestAt(tokens, at + 1, to) != null;
        boolean part = at + 2 < to && startsAnItem(at + 1)
                && lex.links(Link.OF_THEM).longestAt(tokens, at + 2, to) != null;
        persons |= part;
        // a speaker named inside the figure's clause ('Sebanyak 17 anggota AA, tambah Khaing Min Lwin, gugur')
        boolean cue = at + 1 < to && lex.cues().longestAt(tokens, at + 1, to) != null;
        int most = persons ? MAX_APPOSITIVE_WORDS : restated ? MAX_RESTATED_WORDS
                : cue ? MAX_CUE_ASIDE_WORDS : MAX_ASIDE_WORDS;
        for (int k = at + 1; k < to && k <= at + most + 1; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                return k > at + 1 ? k + 1 : -1;
            }
            boolean figures = persons || restated;
            boolean bracket = t.text().equals("(") || t.text().equals(")");
            boolean age = persons && t.isNumeric() && k > 0 && tokens.get(k - 1).text().equals("("); // 'SN (38)'
            if (!t.isWord() && !(figures && (t.isNumeric() || persons && bracket)) || startsAnItem(k) && !restated
                    && !age && !(part && k == at + 1)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean inDate(Token t) {
        return DateSpans.covers(dates, t);
    }

    private Figure figure(Item it, Predicate p, boolean before) {
        Quantity q = it.q();
        int objStart = it.numberTo() < tokens.size() && it.numberTo() < it.to() ? tokens.get(it.numberTo()).start()
                : q.end();
        int objEnd = it.to() > it.numberTo() ? tokens.get(it.to() - 1).end() : q.end();
        String objectText = objEnd > objStart ? text.substring(objStart, objEnd) : (q.unit() == null ? "" : q.unit());
        ObjectCategory cat = category(q.category());
        boolean guessed = false;
        if (cat == null) {
            cat = nounCategory(it.numberTo(), it.to());
        } else if (!PERSONS.contains(cat) && HUMAN.contains(p) && p != Predicate.AFFECTED) { // houses are flooded
            ObjectCategory person = personCategory(it.numberTo(), it.to()); // 'Empat penumpang kapal tewas'
            cat = person != null ? person : cat;
        }
        if (cat == null) { // what is affected may be land ('1.250 hektare sawah terendam'), not people
            cat = HUMAN.contains(p) && p != Predicate.AFFECTED ? ObjectCategory.PEOPLE : ObjectCategory.OTHER;
            guessed = true;
        }
        return new Figure(q.count(), q.start(), objStart, objEnd, objectText, cat, before, guessed, false, false);
    }

    /** The category of the first person noun in tokens {@code [from, to)} ('penumpang kapal': people), or null. */
    private ObjectCategory personCategory(int from, int to) {
        for (PhraseMatcher.Match<ObjectCategory> m : lex.objects().find(tokens, from, to)) {
            if (PERSONS.contains(m.value())) {
                return m.value();
            }
        }
        return null;
    }

    private ObjectCategory nounCategory(int from, int to) {
        List<PhraseMatcher.Match<ObjectCategory>> found = lex.objects().find(tokens, from, to);
        return found.isEmpty() ? null : found.get(0).value();
    }

    private static ObjectCategory category(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ObjectCategory.fromJson(name.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * One thing of arms after an active predicate, written with an indefinite article and no number ({@code an
     * Israeli F-35 fighter jet}, {@code sebuah tank}): the article (links.tsv ONE), up to four words, and a noun of
     * equipment (claim/objects.tsv) that is not plural.
     */
    private Figure oneThingAt(int at) {
        return oneThingAt(at, false);
    }

    /**
     * As {@link #oneThingAt(int)}; inside a list ({@code anyThing}) a thing of any category but people counts
     * ({@code three M16 rifles, an M60 machine gun and ...}, {@code dua sepeda motor dan satu kios}).
     */
    private Figure oneThingAt(int at, boolean anyThing) {
        if (at >= tokens.size() || lex.links(Link.ONE).longestAt(tokens, at, at + 1) == null) {
            return null;
        }
        for (int k = at + 1; k < Math.min(tokens.size(), at + 6); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() && !t.text().equals("-")) {
                return null;
            }
            if (anyThing && lex.links(Link.QUALIFIER).longestAt(tokens, k, k + 1) != null) {
                return null; // 'a quantity of ammunition', 'a cache of weapons': an amount, not one thing
            }
            // the longest listed phrase from here ('a military base')
            PhraseMatcher.Match<ObjectCategory> phrase = lex.objects().longestAt(tokens, k, tokens.size());
            ObjectCategory cat = phrase == null ? null : phrase.value();
            if (cat != null && (EQUIPMENT.contains(cat) || anyThing && !PERSONS.contains(cat))) {
                String last = tokens.get(phrase.to() - 1).text();
                if (lex.links(Link.PLURAL).longestAt(tokens, k, k + 1) != null
                        || (last.endsWith("s") && !last.endsWith("ss"))) {
                    return null;
                }
                int end = phrase.to() - 1;
                end = end + 1 < tokens.size() && nounCategory(end + 1, end + 2) == cat ? end + 1 : end; // 'fighter jet'
                int s = tokens.get(at + 1).start();
                int e = tokens.get(end).end();
                return new Figure(Count.exact(1), tokens.get(at).start(), s, e, text.substring(s, e), cat, false, false,
                        true, false);
            }
        }
        return null;
    }

    /**
     * One person joined by a conjunction right before the figure at token {@code figureFrom} ({@code A soldier and
     * three rebels were killed}; not {@code the Gwa Youth Network, about 7,500 people}), or null.
     */
    private Figure personJoinedBefore(int figureFrom, Predicate p) {
        for (int start = Math.max(0, figureFrom - MAX_SINGULAR_WORDS - 1); start < figureFrom; start++) {
            Figure person = singularAt(start, p, true);
            if (person == null) {
                continue;
            }
            int end = firstTokenAtOrAfter(person.objectEnd());
            PhraseMatcher.Match<Link> and = end < figureFrom ? lex.links(Link.SEPARATOR).longestAt(tokens, end,
                    figureFrom) : null;
            boolean conjunction = and != null && and.to() == figureFrom && tokens.get(and.from()).isWord(); // not ','
            return conjunction ? person : null;
        }
        return null;
    }

    /** {@code killed the deputy chief}: one person, from a singular determiner and a person noun. */
    private Figure singularAfter(int to, Predicate p) {
        return singularAt(to, p, false);
    }

    private List<Figure> singularBefore(int from, Predicate p) {
        for (int start = Math.max(0, from - 8); start < from; start++) {
            Figure f = singularAt(start, p, true);
            // 'Seorang balita di Palangka Raya meninggal': a place may stand before the auxiliaries
            if (f != null && covered(pastAPlace(firstTokenAtOrAfter(f.objectEnd()), from), from, Link.AUX)) {
                return List.of(f);
            }
        }
        return List.of();
    }

    private Figure singularAt(int at, Predicate p, boolean before) {
        if (at >= tokens.size() || lex.links(Link.SINGULAR).longestAt(tokens, at, at + 1) == null
                || noneEndsAt(at) || noneEndsAt(at + 1)) { // 'not a single soldier', 'tak seorang pun'
            return null;
        }
        for (int k = at + 1; k < Math.min(tokens.size(), at + MAX_SINGULAR_WORDS); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return null;
            }
            boolean classifier = classifiedPerson(at); // Indonesian 'seorang': no plural in -s ('seorang petugas')
            ObjectCategory cat = nounCategory(k, k + 1);
            if (cat == null && k == at + 1 && classifier) {
                cat = ObjectCategory.PEOPLE; // 'seorang deteni': the classifier counts persons, whatever the noun
            }
            if (cat != null && PERSONS.contains(cat)) {
                if (lex.links(Link.PLURAL).longestAt(tokens, k, k + 1) != null
                        || (!classifier && t.text().endsWith("s") && !t.text().endsWith("ss"))) {
                    return null;
                }
                int e = personNounEnd(k, at + MAX_SINGULAR_WORDS);
                if (classifier) {
                    e = classifiedNounEnd(e, at + MAX_SINGULAR_WORDS); // 'seorang sopir bus', 'seorang petugas lapas'
                }
                if (modifiesAPredicateNoun(e)) {
                    return null; // 'the civilian casualties': 'civilian' describes them, it counts no one
                }
                int s = tokens.get(at + 1).start();
                return new Figure(Count.exact(1), tokens.get(at).start(), s, e, text.substring(s, e),
                        cat, before, false, true, false);
            }
        }
        return null;
    }

    /**
     * True when token {@code at} is a classifier for persons ({@code seorang}) and the word after it a lower-case
     * word of a noun: not a word of links.tsv ({@code seorang diri}, NOT_COUNTED there) or a predicate.
     */
    private boolean classifiedPerson(int at) {
        return at + 1 < tokens.size() && lex.links(Link.PERSON_CLASSIFIER).longestAt(tokens, at, at + 1) != null
                && nounWord(at + 1);
    }

    /** The token after the sum of money that starts at token {@code k}, or {@code k} when none does. */
    private int moneyEndAt(int k) {
        for (Item m : money) {
            if (m.from() == k) {
                return Math.max(m.to(), m.numberTo());
            }
        }
        return k;
    }

    /** True when token {@code k} is a lower-case word that is no predicate and no word of links.tsv. */
    private boolean nounWord(int k) {
        Token t = tokens.get(k);
        return t.isWord() && !t.isCapitalized() && !lex.isLinkWord(t.lower())
                && lex.predicates().longestAt(tokens, k, tokens.size()) == null;
    }

    /**
     * The end of the noun phrase after a person classifier that runs to offset {@code end}: the lower-case noun
     * words that follow, within token {@code limit} ({@code seorang sopir bus}).
     */
    private int classifiedNounEnd(int end, int limit) {
        int k = firstTokenAtOrAfter(end);
        while (k < Math.min(tokens.size(), limit) && nounWord(k)) {
            end = tokens.get(k).end();
            k++;
        }
        return end;
    }

    /**
     * True when a predicate noun in the plural ('casualties') or a toll's noun ('the civilian toll') follows the person
     * noun that ends at {@code end}.
     */
    private boolean modifiesAPredicateNoun(int end) {
        int k = firstTokenAtOrAfter(end);
        PhraseMatcher.Match<ClaimLexicon.PredicateWord> m = k < tokens.size()
                ? lex.predicates().longestAt(tokens, k, tokens.size()) : null;
        if (m == null) {
            return false;
        }
        return lex.endsAs(tokens.get(m.to() - 1).text(), "plural-noun") // 'casualties', 'injuries'; not 'tewas'
                || lex.links(Link.TOLL_NOUN).longestAt(tokens, m.to() - 1, m.to()) != null; // 'the civilian toll'
    }

    /**
     * The end of a person noun at token {@code k} with the nouns and names that qualify it ({@code seorang anggota
     * polisi}, {@code seorang anggota Brimob}), within token {@code limit}.
     */
    private int personNounEnd(int k, int limit) {
        int e = k;
        PhraseMatcher.Match<ObjectCategory> phrase = lex.objects().longestAt(tokens, k, Math.min(tokens.size(), limit));
        if (phrase != null && phrase.to() - 1 > e) {
            e = phrase.to() - 1; // 'seorang warga sipil': the listed phrase, not its first word
        }
        while (e + 1 < Math.min(tokens.size(), limit)) {
            Token next = tokens.get(e + 1);
            boolean person = next.isWord() && personNoun(e + 1);
            if (next.isWord() && lex.links(Link.NOUN_TAIL).longestAt(tokens, e + 1, e + 2) != null) {
                e++; // 'Seorang tersangka lain tewas'
                break;
            }
            if (!person && !(next.isWord() && next.isCapitalized())) {
                break;
            }
            e++;
        }
        return tokens.get(e).end();
    }

    private Item item(Quantity q) {
        int from = firstTokenAtOrAfter(q.start());
        int numberTo = firstTokenAtOrAfter(q.end());
        if (from >= tokens.size() || from >= numberTo) {
            return null;
        }
        int to = numberTo;
        String unit = q.unit() == null ? "" : q.unit().strip();
        boolean unitInside = !unit.isEmpty() && q.text().length() > unit.length()
                && q.text().toLowerCase(Locale.ROOT).endsWith(unit.toLowerCase(Locale.ROOT));
        if (unitInside) {
            numberTo = firstTokenAtOrAfter(q.end() - unit.length());
            return from < numberTo ? new Item(q, from, numberTo, to) : null;
        }
        if (!unit.isEmpty()) {
            int at = q.end();
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (text.regionMatches(true, at, unit, 0, unit.length())) {
                to = firstTokenAtOrAfter(at + unit.length());
            }
        }
        if (to == numberTo) {
            to = ownUnitEnd(numberTo);
            if (to == numberTo && numberTo + 1 < tokens.size() && tokens.get(numberTo).isDoubleQuote()
                    && ownUnitEnd(numberTo + 1) > numberTo + 1) {
                numberTo++; // 'killed "more than 200" soldiers': the unit after the quotation
                to = ownUnitEnd(numberTo);
            }
        }
        for (int i = numberTo; i < to; i++) {
            if (lex.predicates().longestAt(tokens, i, tokens.size()) != null
                    || lex.links(Link.STATE).longestAt(tokens, i, i + 1) != null) {
                to = i; // '38 penumpang selamat, empat orang meninggal dunia': the survivors are no dead
                break;
            }
        }
        while (to > numberTo + 1 && lex.links(Link.SEPARATOR).longestAt(tokens, to - 1, to) != null) {
            to--; // 'killing at least 12 people and wounding 30 others': no 'and' in the counted phrase
        }
        return new Item(q, from, numberTo, to);
    }

    /** The counted noun phrase when the quantity stage gave none: words up to a stop word, list word or mark. */
    private int ownUnitEnd(int from) {
        int i = from;
        if (i + 2 < tokens.size() && tokens.get(i).isDoubleQuote() && tokens.get(i + 1).isWord()
                && tokens.get(i + 2).isDoubleQuote()) {
            return i + 3; // 'sekitar 20 "teroris" tewas': a noun in scare quotes
        }
        int marks = 0; // tokens of the marks inside a name, which count no word
        while (i < tokens.size() && i - from - marks < MAX_OWN_UNIT) {
            if (i == from && i + 1 < tokens.size() && tokens.get(i).text().equals(".")
                    && tokens.get(i + 1).start() == tokens.get(i).end() && tokens.get(i + 1).isNumeric()) {
                i += 2; // a calibre before the noun ('two .303 rifles')
                continue;
            }
            int name = nameMarkEnd(i); // 'five suspected New People's Army (NPA) rebels'
            if (name > i) {
                marks += name - i;
                i = name;
                continue;
            }
            if (i > from && tokens.get(i).isPossessive() && tokens.get(i - 1).isWord() && i + 1 < tokens.size()
                    && tokens.get(i + 1).isWord() && !tokens.get(i + 1).isCapitalized()) {
                marks++; // 'Two of the group's fighters': the noun the possessor owns
                i++;
                continue;
            }
            if (!tokens.get(i).isWord() || lex.links(Link.STOP).longestAt(tokens, i, i + 1) != null
                    || lex.links(Link.SEPARATOR).longestAt(tokens, i, i + 1) != null
                    || lex.predicates().longestAt(tokens, i, tokens.size()) != null) {
                break;
            }
            i++;
        }
        // a name the limit cut ('Three suspected members of the New People['s Army]'): read to its end
        while (i > from && i < tokens.size() && tokens.get(i - 1).isCapitalized()
                && (tokens.get(i).isWord() && tokens.get(i).isCapitalized() || nameMarkEnd(i) > i)) {
            i = Math.max(i + 1, nameMarkEnd(i));
        }
        return i;
    }

    /**
     * The token after a mark inside a name at token {@code at}: an English possessive between capitalised words
     * ({@code People's Army}), or a name in brackets after one ({@code Army (NPA)}); {@code at} otherwise.
     */
    private int nameMarkEnd(int at) {
        boolean afterName = at > 0 && tokens.get(at - 1).isCapitalized();
        if (afterName && tokens.get(at).isPossessive() && at + 1 < tokens.size()
                && tokens.get(at + 1).isCapitalized()) {
            return at + 1;
        }
        return afterName && bracketedName(at, tokens.size()) ? at + 3 : at;
    }

    /**
     * True when a capitalised word stands in brackets from token {@code i}, before {@code limit} ({@code (NPA)}), or
     * any word after a name, its gloss ({@code Thahan Phran (ranger)}).
     */
    private boolean bracketedName(int i, int limit) {
        return i + 2 < limit && tokens.get(i).text().equals("(") && tokens.get(i + 1).isWord()
                && (tokens.get(i + 1).isCapitalized() || i > 0 && tokens.get(i - 1).isCapitalized()) // '(ranger)'
                && tokens.get(i + 2).text().equals(")");
    }

    /** A share below one ({@code more than half of the dead}): a proportion, not a count of anything. */
    private static boolean fraction(Count c) {
        Double v = c == null ? null : c.value() != null ? c.value() : c.min();
        return v != null && v > 0 && v < 1;
    }

    private boolean notCounted(Item it) {
        String unit = it.q().unit() == null ? "" : it.q().unit();
        if (unit.contains("%") || it.q().text().contains("%") || isMoney(it) || fraction(it.q().count())) {
            return true;
        }
        for (int i = it.numberTo(); i < it.to(); i++) {
            if (!tokens.get(i).isCapitalized() && lex.links(Link.SCOPE).longestAt(tokens, i, i + 1) != null) {
                return true; // 'over six regions': where the figure happened, not what it counts ('United States')
            }
        }
        int end = Math.min(it.to(), it.numberTo() + 2);
        for (int i = Math.max(0, it.from() - 1); i < end; i++) {
            if (i > it.numberTo() && tokens.get(i).isCapitalized()) {
                continue; // 'empat penumpang KM Lembeh Permai': a ship's name after the noun, no kilometre
            }
            if (lex.links(Link.NOT_COUNTED).longestAt(tokens, i, end) != null) {
                return true;
            }
        }
        return deniedOne(it) || modifiesACompound(it);
    }

    /** True when item {@code it} is a sum of money ({@code $5 million}, {@code Rp 1,3 miliar}). */
    private static boolean isMoney(Item it) {
        return org.warta.extract.quantity.QuantityFinder.isMoney(it.q());
    }

    /**
     * A number that opens a hyphened compound ({@code her 45-year-old son}, {@code a 155-millimetre shell}) qualifies
     * the noun after it; it counts nothing.
     */
    private boolean modifiesACompound(Item it) {
        int end = it.q().end();
        for (int i = it.from(); i < tokens.size() && tokens.get(i).start() < end; i++) {
            Token t = tokens.get(i);
            if (t.end() > end && end > t.start() && end + 1 < t.end() && text.charAt(end) == '-'
                    && Character.isLetter(text.charAt(end + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A figure of one right after a NONE phrase: none were counted ('tidak ada satu pun anggota yang gugur'). */
    private boolean deniedOne(Item it) {
        Count c = it.q().count();
        return c != null && c.value() != null && c.value() == 1 && noneEndsAt(it.from());
    }

    /** True when a NONE phrase ends right before token {@code end}. */
    private boolean noneEndsAt(int end) {
        return phraseEndingAt(Link.NONE, end, MAX_NONE_WORDS) >= 0;
    }

    /** The index of the first token that starts at or after offset {@code offset}. */
    private int firstTokenAtOrAfter(int offset) {
        return Token.indexAt(tokens, offset);
    }
}
