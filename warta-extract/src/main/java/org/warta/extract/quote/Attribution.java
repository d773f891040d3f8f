package org.warta.extract.quote;

import static org.warta.extract.quote.CueLexicon.Kind.ADDRESSEE;
import static org.warta.extract.quote.CueLexicon.Kind.ADJUNCT;
import static org.warta.extract.quote.CueLexicon.Kind.BASE;
import static org.warta.extract.quote.CueLexicon.Kind.LEAD;
import static org.warta.extract.quote.CueLexicon.Kind.CHANNEL;
import static org.warta.extract.quote.CueLexicon.Kind.OCCASION;
import static org.warta.extract.quote.CueLexicon.Kind.CLITIC;
import static org.warta.extract.quote.CueLexicon.Kind.COMPLEMENT;
import static org.warta.extract.quote.CueLexicon.Kind.DEMONSTRATIVE;
import static org.warta.extract.quote.CueLexicon.Kind.DESCRIPTION;
import static org.warta.extract.quote.CueLexicon.Kind.DETERMINER;
import static org.warta.extract.quote.CueLexicon.Kind.JOINER;
import static org.warta.extract.quote.CueLexicon.Kind.JUDGEMENT;
import static org.warta.extract.quote.CueLexicon.Kind.POST;
import static org.warta.extract.quote.CueLexicon.Kind.RELATIVE;
import static org.warta.extract.quote.CueLexicon.Kind.THAT;
import static org.warta.extract.quote.CueLexicon.Kind.TO;
import static org.warta.extract.quote.CueLexicon.Kind.VERB;

import java.util.List;
import org.warta.extract.date.DateSpans;
import org.warta.extract.segment.Segmenter;
import org.warta.extract.segment.Token;
import org.warta.model.DateMention;
import org.warta.model.EntityType;

/**
 * Who a reporting cue points to. After a quotation: {@code , kata X}, {@code , ujarnya} (the last speaker),
 * {@code , X said}, {@code , said X}. Before one: {@code X mengatakan,}, {@code X said:}, {@code kata X:}.
 * Adverbs between a speaker and the verb ({@code X juga mengatakan}) are skipped.
 */
final class Attribution {
    private static final int MAX_NAME_TOKENS = 8;
    /** How far a title may run, commas included, before the person it names. */
    private static final int MAX_TITLE_TOKENS = 16;
    /** Words a role and a name may take between a quotation and its reporting verb. */
    private static final int MAX_TITLED = 8;
    private static final int MAX_GAP = 2;
    /** Words between a reporting verb and the quotation it introduces ('told reporters in Kyiv: "..."'). */
    private static final int MAX_COMPLEMENT = 6;
    /** Lower-case words a relative clause may hold before its name ('yang dikelola Hamas'). */
    private static final int MAX_RELATIVE = 3;
    /** Words of the means between a speaker and the verb ('melalui kanal Telegram-nya'). */
    private static final int MAX_CHANNEL = 5;
    /** Tokens an appositive between a speaker and the verb may take ({@code , army spokesman in South Kivu,}). */
    private static final int MAX_APPOSITIVE = 10;
    /** How far into its sentence a subject described by an appositive may start ('Salah satu korban selamat, X'). */
    private static final int MAX_LEAD_IN = 1;
    /** Words of a title that may stand before a subject at a sentence's start ('Letnan Kolonel Oleh'). */
    private static final int MAX_TITLE_WORDS = 6;
    /** Tokens a verb of judgement may stand back from the quotation it introduces ('dismissed the group's claims as'). */
    private static final int MAX_JUDGED = 10;
    /** Words of the noun a place's name stands beside, after an adjunct ('in the capital, Sanaa'). */
    private static final int MAX_PLACE_NOUN_WORDS = 3;
    private final CueLexicon cues;
    private final Speakers speakers;
    private final List<DateMention> dates;

    /** A cue and what it points to: a mention, or (follow) the last speaker. */
    record Found(Speakers.Placed speaker, Token cue, boolean follow) {
    }

    Attribution(CueLexicon cues, Speakers speakers, List<DateMention> dates) {
        this.cues = cues;
        this.speakers = speakers;
        this.dates = dates;
    }

    /** The cue starting at or just after {@code at} (past one comma) and its speaker, or null. */
    Found after(List<Token> tokens, int at) {
        int k = at;
        if (k < tokens.size() && tokens.get(k).text().equals(",")) {
            k++;
        }
        if (k + 1 < tokens.size() && cues.is(tokens.get(k), LEAD)
                && (cues.is(tokens.get(k + 1), BASE) || cues.is(tokens.get(k + 1), VERB))) {
            k++; // '"...," demikian pernyataan Kemenhan Rusia'
        }
        if (k >= tokens.size()) {
            return null;
        }
        Token cue = tokens.get(k);
        if (cues.is(cue, CLITIC)) {
            return new Found(speakers.covering(cue.start(), cue.end()), cue, true);
        }
        if ((cues.is(cue, BASE) || cues.is(cue, VERB)) && !cues.is(cue, ADDRESSEE)) {
            Speakers.Placed s = titledNameAfter(tokens, k + 1);
            if (s == null || s.entity().type() != EntityType.PERSON) {
                Speakers.Placed named = personAfterPost(tokens, k + 1);
                s = named != null ? named : s;
            }
            if (s != null && spokenTo(tokens, k + 1, s)) {
                s = null; // 'kata seorang petugas penyelamat kepada kantor berita Reuters': Reuters was told
            }
            if (s == null && describedBefore(tokens, k + 1)) {
                s = speakers.lastPersonIn(0, cue.start()); // 'tutur pria berusia 58 tahun itu'
            }
            if (s != null || cues.is(cue, BASE)) {
                return new Found(s, cue, false); // 'kata wanita yang ...': speech, its speaker unnamed
            }
        }
        Speakers.Placed subject = speakers.startingAt(cue.start());
        if (subject == null && cues.is(cue, DETERMINER) && k + 1 < tokens.size()) {
            subject = speakers.startingAt(tokens.get(k + 1).start()); // '..., the Interior Ministry said'
        }
        for (int j = k + 1; subject == null && j < tokens.size() && j <= k + MAX_TITLE_WORDS; j++) {
            Token before = tokens.get(j - 1); // '"...," Captain Didier Kalonda, army spokesman ..., told AFP'
            if (!(before.isWord() && before.isCapitalized() || before.text().equals("."))) {
                break;
            }
            Speakers.Placed named = speakers.startingAt(tokens.get(j).start());
            subject = named != null && named.entity().type() == EntityType.PERSON ? named : null;
        }
        if (subject != null) {
            Found f = verbAfter(tokens, pastAppositive(tokens, indexAfter(tokens, k, subject.span().end())), subject);
            if (f != null) {
                return f;
            }
        }
        Found posted = subject == null ? postThenName(tokens, k) : null;
        return posted != null ? posted : titledSpeaker(tokens, k);
    }

    /** {@code speaker} with the reporting verb at token {@code v} or a few adverbs on; null when none stands there. */
    private Found verbAfter(List<Token> tokens, int v, Speakers.Placed speaker) {
        for (int gap = 0; v < tokens.size() && gap <= MAX_GAP; gap++, v++) {
            if (cues.is(tokens.get(v), VERB) || cues.is(tokens.get(v), BASE)) {
                return new Found(speaker, tokens.get(v), false);
            }
            if (!isAdverbLike(tokens.get(v))) {
                break;
            }
        }
        return null;
    }

    /**
     * A speaker named after the quotation by a post that a POST word opens, a comma and the name, then the reporting
     * verb ({@code "...," a member of the network, Omer Siddig, told Al Jazeera}; {@code an army spokesperson,
     * Lieutenant Colonel X, said}); null when the words at token {@code k} are not so.
     */
    private Found postThenName(List<Token> tokens, int k) {
        if (k >= tokens.size() || !cues.is(tokens.get(k), POST)) {
            return null; // ', three of them in serious condition, Tkachuk said': no post, the speech goes on
        }
        Speakers.Placed p = personAfterPost(tokens, k);
        if (p == null) {
            return null;
        }
        int v = indexAfter(tokens, k, p.span().end());
        if (v < tokens.size() && tokens.get(v).text().equals(",")) {
            v++;
        }
        return verbAfter(tokens, v, p);
    }

    /** True when a TO word stands between token {@code from} and the name {@code s} ('kepada kantor berita X'). */
    private boolean spokenTo(List<Token> tokens, int from, Speakers.Placed s) {
        for (int i = from; i < tokens.size() && tokens.get(i).start() < s.span().start(); i++) {
            if (cues.is(tokens.get(i), TO)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after an appositive between commas that starts at {@code at} ({@code Captain Didier Kalonda, army
     * spokesman in South Kivu, told AFP}); {@code at} itself when none does.
     */
    private static int pastAppositive(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).text().equals(",")) {
            return at;
        }
        for (int k = at + 1; k < tokens.size() && k <= at + MAX_APPOSITIVE; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                return k + 1;
            }
            if (!t.isWord() && !joinsWords(t)) {
                return at;
            }
        }
        return at;
    }

    /** A mark inside a name or title: {@code AFC/M23}, {@code Al-Qassam}. */
    private static boolean joinsWords(Token t) {
        return t.text().equals("/") || t.text().equals("-") || t.text().equals(".");
    }

    /**
     * {@code "...," Ukrainian army spokesman Viktor Trehubov told ...}: a role, then the person, then the reporting
     * verb; the speaker is the last person named before the verb.
     */
    private Found titledSpeaker(List<Token> tokens, int k) {
        for (int v = k + 1; v < tokens.size() && v <= k + MAX_TITLED; v++) {
            Token t = tokens.get(v);
            if (!t.isWord() && !joinsWords(t)) {
                return null;
            }
            if (cues.is(t, VERB)) {
                Speakers.Placed who = speakers.lastPersonIn(tokens.get(k).start(), t.start());
                return who == null ? null : new Found(who, t, false);
            }
        }
        return null;
    }

    /**
     * The subject of a verb of judgement a few words before the quotation opening at token {@code open}, in the same
     * sentence: whose words those are ({@code Garba dismissed the group's claims as "pure lies ..."}, {@code the group
     * called the accusation "fabrications ..."}); null when there is none or its subject is no speaker.
     */
    Found judgedBefore(List<Token> tokens, int open) {
        for (int k = open - 1; k >= 0 && open - k <= MAX_JUDGED; k--) {
            String t = tokens.get(k).text();
            if (Segmenter.isTerminal(t) || t.equals(";")) {
                return null; // the sentence (or clause) before
            }
            if (cues.is(tokens.get(k), JUDGEMENT)) {
                Speakers.Placed subject = subjectBefore(tokens, k);
                return subject == null ? null : new Found(subject, tokens.get(k), false);
            }
        }
        return null;
    }

    /** The cue ending just before token {@code at} (past a comma or colon) and its speaker, or null. */
    Found before(List<Token> tokens, int at) {
        int k = at - 1;
        boolean marked = k >= 0 && (tokens.get(k).text().equals(",") || tokens.get(k).text().equals(":"));
        if (marked) {
            k--;
        }
        if (k >= 0 && cues.is(tokens.get(k), THAT)) { // 'bahwa', 'that' (quote/cues.tsv)
            k--;
            marked = true; // 'told reporters in Kyiv that "..."': the quotation opens the clause
        }
        if (k < 0) {
            return null;
        }
        Token last = tokens.get(k);
        if (cues.is(last, VERB) || cues.is(last, BASE)) {
            Speakers.Placed subject = subjectBefore(tokens, k);
            if (subject != null) {
                return new Found(subject, last, false);
            }
        }
        if (cues.is(last, CLITIC)) {
            return new Found(speakers.covering(last.start(), last.end()), last, true);
        }
        Found complemented = marked ? verbBeforeComplement(tokens, k) : null;
        if (complemented != null) {
            return complemented;
        }
        // kata X: "..." / said X: "..."
        Speakers.Placed named = speakers.endingAt(last.end());
        if (named != null) {
            int c = k;
            while (c >= 0 && tokens.get(c).start() >= named.span().start()) {
                c--;
            }
            if (c >= 0 && (cues.is(tokens.get(c), BASE) || cues.is(tokens.get(c), VERB))) {
                return new Found(named, tokens.get(c), false);
            }
        }
        return null;
    }

    /**
     * The reporting verb, and its subject, of a complement that ends at token {@code end} before a quotation ({@code
     * Zelensky told reporters: "..."}, {@code X said in a statement: "..."}, {@code Jokowi mengatakan kepada wartawan,
     * "..."}), the quotation after a comma, a colon or 'that': the verb stands at most {@value #MAX_COMPLEMENT} words
     * back, all of them words and none opening a clause ('that'), and a COMPLEMENT word follows it, or it takes an
     * addressee; null otherwise.
     */
    private Found verbBeforeComplement(List<Token> tokens, int end) {
        for (int v = end - 1; v >= 0 && end - v <= MAX_COMPLEMENT && tokens.get(v + 1).isWord(); v--) {
            Token verb = tokens.get(v);
            if (!verb.isWord() || cues.is(verb, BASE) || cues.is(verb, THAT)) {
                return null; // 'said in a statement that its troops "eliminated ..."': a clause, not a complement
            }
            if (cues.is(verb, VERB)) {
                if (!cues.is(verb, ADDRESSEE) && !cues.is(tokens.get(v + 1), COMPLEMENT)) {
                    return null; // 'X said the army "..."': no complement, the quotation is the army's words
                }
                Speakers.Placed subject = subjectBefore(tokens, v);
                return subject == null ? null : new Found(subject, verb, false);
            }
        }
        return null;
    }

    /** The speaker named right after a cue: the first person (else organisation) before the clause ends. */
    Speakers.Placed nameAfter(List<Token> tokens, int from) {
        int words = wordsFrom(tokens, from);
        return words == from ? null : speakers.firstIn(tokens.get(from).start(), tokens.get(words - 1).end());
    }

    /**
     * As {@link #nameAfter}, but after a quotation's cue a title may run long and hold commas before the person it
     * names ({@code kata Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Rahmadi Siregar}).
     */
    private Speakers.Placed titledNameAfter(List<Token> tokens, int from) {
        int to = from;
        while (to < tokens.size() && to - from < MAX_TITLE_TOKENS
                && (titleWord(tokens.get(to)) || titleGoesOn(tokens, to))) {
            to++;
        }
        if (to > wordsFrom(tokens, from)) {
            Speakers.Placed first = speakers.firstIn(tokens.get(from).start(), tokens.get(to - 1).end());
            if (first != null && first.entity().type() == EntityType.PERSON) {
                return first;
            }
        }
        return nameAfter(tokens, from);
    }

    /**
     * The person named after a post and a comma, before the next comma or the sentence's end ({@code kata juru bicara
     * komando regional NPA, Ka Ariel Montalban, seperti dilansir Reuters}; {@code kata Komandan Divisi Infanteri ke-4,
     * Mayor Jenderal Ronaldo Dizon, dalam ...}); null when the words after the cue hold no such comma, or the words
     * after it no person.
     */
    private Speakers.Placed personAfterPost(List<Token> tokens, int from) {
        int comma = from;
        while (comma < tokens.size() && comma - from < MAX_TITLE_TOKENS && (tokens.get(comma).isWord()
                || joinsWords(tokens.get(comma)) || tokens.get(comma).isPossessive())) { // 'the agency's director,'
            comma++;
        }
        if (comma == from || comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        int end = comma + 1;
        while (end < tokens.size() && end - comma <= MAX_NAME_TOKENS && tokens.get(end).isWord()) {
            end++;
        }
        Speakers.Placed p = speakers.firstIn(tokens.get(comma + 1).start(), tokens.get(end - 1).end());
        return p != null && p.entity().type() == EntityType.PERSON && !p.refersBack() ? p : null;
    }

    /**
     * True when the words from {@code from} describe someone named before: a noun for a person, then words, then a
     * demonstrative ({@code pria berusia 58 tahun itu}), all before any mark.
     */
    private boolean describedBefore(List<Token> tokens, int from) {
        if (from >= tokens.size() || !cues.is(tokens.get(from), DESCRIPTION)) {
            return false;
        }
        for (int i = from + 1; i < tokens.size() && i - from <= MAX_NAME_TOKENS && tokens.get(i).isWord(); i++) {
            if (cues.is(tokens.get(i), DEMONSTRATIVE)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the run of words (at most {@value #MAX_NAME_TOKENS}) that starts at {@code from}. */
    private static int wordsFrom(List<Token> tokens, int from) {
        int to = from;
        while (to < tokens.size() && to - from < MAX_NAME_TOKENS && tokens.get(to).isWord()) {
            to++;
        }
        return to;
    }

    /** A word a long title is made of: capitalised, a number, or a joiner of cues.tsv ({@code dan}, {@code of}). */
    private boolean titleWord(Token t) {
        return t.isWord() && (t.isCapitalized() || Character.isDigit(t.text().charAt(0)) || cues.is(t, JOINER));
    }

    /** A comma inside a title: one before a capitalised word, or a joiner and a capitalised word. */
    private boolean titleGoesOn(List<Token> tokens, int comma) {
        if (!tokens.get(comma).text().equals(",") || comma + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(comma + 1);
        if (next.isCapitalized()) {
            return true;
        }
        return cues.is(next, JOINER) && comma + 2 < tokens.size() && tokens.get(comma + 2).isCapitalized();
    }

    /**
     * The speaker ending just before the verb at {@code verb}, past a few adverbs, and past the day Indonesian news
     * writes there ({@code X pada Senin (10/6) mengatakan}, {@code X, Selasa (11/6), menegaskan}): dates, words in
     * brackets and the commas around them do not count.
     */
    Speakers.Placed subjectBefore(List<Token> tokens, int cue) {
        int verb = pastChannel(tokens, cue);
        Speakers.Placed described = beforeAppositive(tokens, verb);
        if (described != null) {
            return described;
        }
        int k = verb - 1;
        int gap = 0;
        Speakers.Placed where = null;
        boolean placeDescribes = false; // the place names a noun before it ('northwest of the capital Addis Ababa')
        while (k >= 0 && gap <= MAX_GAP) {
            Speakers.Placed p = speakers.endingAt(tokens.get(k).end());
            int first = p == null ? -1 : indexAfter(tokens, 0, p.span().start());
            int adjunct = p == null ? -1 : adjunctBefore(tokens, first);
            if (p != null && where == null && p.entity().type() == EntityType.LOCATION && adjunct > 0) {
                where = p; // 'X di Jayapura, Rabu, mengatakan': where X spoke; the speaker when X is no name
                placeDescribes = adjunct < first - 1 && !tokens.get(first - 1).text().equals(",");
                k = pastChannel(tokens, adjunct) - 1; // 'X dalam keterangan tertulis di Jakarta, Jumat, menyebutkan'
                continue;
            }
            if (p != null && p.entity().type() != EntityType.ORGANIZATION && adjunct > 0) {
                Speakers.Placed person = personBeforeAdjuncts(tokens, adjunct);
                if (person != null) {
                    return person; // 'A doctor at the hospital in Bol said', Bol read as a name of a person
                }
            }
            if (p != null) {
                return qualifiedActor(tokens, relativeHead(tokens, p));
            }
            Speakers.Placed bracketed = bracketedBody(tokens, k);
            if (bracketed != null && where == null) {
                return bracketed; // 'Misi penjaga perdamaian PBB di Kongo (MONUSCO) dalam pernyataan tertulis menyebut'
            }
            int past = pastTimeWords(tokens, k);
            if (past < k) {
                k = past;
                continue;
            }
            if (!(tokens.get(k).text().equals(",") && gap == 0) // 'Rini Astuti, mengatakan'
                    && !isAdverbLike(tokens.get(k))) {
                return placeDescribes ? null : where;
            }
            if (!(where != null && cues.is(tokens.get(k), ADJUNCT))) {
                gap++; // 'A doctor at the hospital in Bol said': where the speaker works, one adjunct after another
            }
            k--;
        }
        return k < 0 && !placeDescribes ? where : null; // words run on before the place: a subject too far back to tell
    }

    /**
     * The person named before where they work, which ends at token {@code k}: before an adjunct a few words back
     * ({@code A medical source at Bol hospital}), or null.
     */
    private Speakers.Placed personBeforeWhere(List<Token> tokens, int k) {
        for (int j = k; j >= 1 && k - j <= MAX_TITLE_WORDS; j--) {
            if (!tokens.get(j).isWord()) {
                return null;
            }
            if (cues.is(tokens.get(j), ADJUNCT)) {
                return personBeforeAdjuncts(tokens, j);
            }
        }
        return null;
    }

    /**
     * The person named right before the adjunct at token {@code adjunct}, or before another adjunct that opens the
     * few lower-case words before it ({@code A doctor at the hospital in Bol}: the doctor), or null.
     */
    private Speakers.Placed personBeforeAdjuncts(List<Token> tokens, int adjunct) {
        for (int k = adjunct; k >= 1 && adjunct - k <= MAX_PLACE_NOUN_WORDS + 1; k--) {
            Token w = tokens.get(k);
            if (!w.isWord() || w.isCapitalized()) {
                return null;
            }
            if (cues.is(w, ADJUNCT)) {
                Speakers.Placed p = speakers.endingAt(tokens.get(k - 1).end());
                if (p != null) {
                    return p.entity().type() == EntityType.PERSON && !p.refersBack() ? p : null;
                }
            }
        }
        return null;
    }

    /**
     * The adjunct word ('di', 'in', 'of') right before the name at token {@code first}, or before a few lower-case words
     * and a comma before it ('in the capital, Sanaa') or without one ('of the capital Addis Ababa'); -1 when none.
     */
    private int adjunctBefore(List<Token> tokens, int first) {
        int k = first - 1;
        if (k > 0 && tokens.get(k).text().equals(",")) {
            for (int j = k - 1; j > 0 && k - j <= MAX_PLACE_NOUN_WORDS && tokens.get(j).isWord()
                    && !tokens.get(j).isCapitalized(); j--) {
                if (cues.is(tokens.get(j), ADJUNCT)) {
                    return j < k - 1 ? j : -1;
                }
            }
            return -1;
        }
        if (k > 0 && cues.is(tokens.get(k), ADJUNCT)) {
            return k;
        }
        for (int j = k; j > 0 && k - j < MAX_PLACE_NOUN_WORDS && tokens.get(j).isWord()
                && !tokens.get(j).isCapitalized(); j--) {
            if (cues.is(tokens.get(j - 1), ADJUNCT)) {
                return j - 1; // 'northwest of the capital Addis Ababa, said'
            }
        }
        return -1;
    }

    /**
     * The start of the means a speaker spoke through, standing right before the verb at {@code verb} ({@code melalui
     * kanal Telegram-nya mengklaim}): a channel word and a few words after it; {@code verb} when there is none.
     */
    private int pastChannel(List<Token> tokens, int verb) {
        for (int j = verb - 1; j >= 1 && verb - j <= MAX_CHANNEL; j--) {
            if (!tokens.get(j).isWord()) {
                return verb;
            }
            if (cues.is(tokens.get(j), CHANNEL)) {
                return j;
            }
            if (cues.is(tokens.get(j), OCCASION) && lowerCaseWords(tokens, j + 1, verb)) {
                return j; // 'dalam pernyataannya menyebut'; not 'saat Presiden Hassan Rouhani mengatakan'
            }
        }
        return verb;
    }

    /**
     * The organisation named alone in the brackets that close at token {@code k} after words that are no name
     * ({@code Misi penjaga perdamaian PBB di Kongo (MONUSCO)}), or null.
     */
    private Speakers.Placed bracketedBody(List<Token> tokens, int k) {
        if (k < 2 || !tokens.get(k).text().equals(")") || !tokens.get(k - 2).text().equals("(")) {
            return null;
        }
        Speakers.Placed p = speakers.endingAt(tokens.get(k - 1).end());
        Speakers.Placed before = k >= 3 ? speakers.endingAt(tokens.get(k - 3).end()) : null;
        boolean namedBefore = before != null && before.entity().type() != EntityType.LOCATION; // 'X (ISPR)': X speaks
        return p != null && !namedBefore && p.span().start() == tokens.get(k - 1).start()
                && p.entity().type() == EntityType.ORGANIZATION ? p : null;
    }

    /** True when the tokens {@code [from, to)} are all lower-case words. */
    private static boolean lowerCaseWords(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).isWord() || tokens.get(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person or organisation named before a lower-case appositive that ends with a comma just before the verb
     * ({@code Rahman Tuasikal (41), warga Desa Hila, mengaku}; {@code Pasukan Demokratik Suriah (SDF), aliansi
     * pimpinan Kurdi yang tulang punggungnya adalah YPG, membantah}), past a bracket after the name; null otherwise.
     */
    private Speakers.Placed beforeAppositive(List<Token> tokens, int verb) {
        int close = verb - 1;
        if (close < 1 || !tokens.get(close).text().equals(",")) {
            return null;
        }
        int open = close - 1;
        while (open >= 0 && close - open <= MAX_APPOSITIVE * 2 && (tokens.get(open).isWord()
                || tokens.get(open).isPossessive())) { // 'a spokesman for the government's armed forces'
            open--;
        }
        if (open < 1 || open == close - 1 || !tokens.get(open).text().equals(",")
                || !Character.isLowerCase(tokens.get(open + 1).text().codePointAt(0))) {
            return null;
        }
        int k = open - 1;
        if (tokens.get(k).text().equals(")")) {
            while (k >= 0 && !tokens.get(k).text().equals("(")) {
                k--;
            }
            k--;
        }
        Speakers.Placed p = k >= 0 ? speakers.endingAt(tokens.get(k).end()) : null;
        if (p == null || p.entity().type() == EntityType.LOCATION) {
            p = k >= 0 ? personBeforeWhere(tokens, k) : null; // 'A doctor at the hospital in Kalat, who ..., said'
        }
        if (p == null) {
            return null;
        }
        int first = indexAfter(tokens, 0, p.span().start());
        return first <= MAX_LEAD_IN || tokens.get(first - 1).text().equals(",") && first <= MAX_LEAD_IN + 6
                || titledAtStart(tokens, first) ? p : null;
    }

    /** Only capitalised words (a rank, a first name) stand before token {@code first}: 'Letnan Kolonel Oleh X'. */
    private static boolean titledAtStart(List<Token> tokens, int first) {
        if (first > MAX_TITLE_WORDS) {
            return false;
        }
        for (int k = 0; k < first; k++) {
            boolean abbreviated = k > 0 && tokens.get(k).text().equals(".") // 'Brig. Gen.'
                    && tokens.get(k - 1).isWord();
            if (!abbreviated && (!tokens.get(k).isWord() || !tokens.get(k).isCapitalized())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name a relative clause holding {@code p} is about ({@code Kementerian Kesehatan yang dikelola Hamas itu
     * menyebut}: the ministry), or {@code p} when no relative word stands a few lower-case words before it.
     */
    private Speakers.Placed relativeHead(List<Token> tokens, Speakers.Placed p) {
        int first = indexAfter(tokens, 0, p.span().start());
        for (int j = first - 1; j >= 1 && first - j <= MAX_RELATIVE; j--) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.isCapitalized()) {
                return p;
            }
            if (cues.is(t, RELATIVE) && j < first - 1) { // 'yang' right before a name is no clause on another
                Speakers.Placed head = speakers.endingAt(tokens.get(j - 1).end());
                return head != null && head.entity().type() != EntityType.LOCATION ? head : p;
            }
        }
        return p;
    }

    /**
     * The actor a country qualifies when it is written right after that actor's name ({@code Pasukan Dukungan Cepat
     * (RSF) Sudan}: Sudan's RSF speaks); {@code p} itself otherwise.
     */
    private Speakers.Placed qualifiedActor(List<Token> tokens, Speakers.Placed p) {
        if (p.entity().type() != EntityType.LOCATION || p.entity().country() == null) {
            return p;
        }
        int first = indexAfter(tokens, 0, p.span().start());
        int before = first - 1;
        Speakers.Placed bracketed = null;
        if (before >= 1 && tokens.get(before).text().equals(")")) {
            bracketed = speakers.endingAt(tokens.get(before - 1).end()); // 'Kantor ... (Basarnas) Ambon'
            while (before >= 0 && !tokens.get(before).text().equals("(")) {
                before--;
            }
            before--;
        }
        Speakers.Placed actor = before >= 0 ? speakers.endingAt(tokens.get(before).end()) : null;
        if (actor == null || actor.entity().type() == EntityType.LOCATION || actor.refersBack()) {
            actor = bracketed;
        }
        return actor != null && actor.entity().type() != EntityType.LOCATION && !actor.refersBack() ? actor : p;
    }

    /**
     * The index before the dates, bracketed words and their commas that end at token {@code k}; {@code k} itself
     * when none does.
     */
    private int pastTimeWords(List<Token> tokens, int k) {
        int i = k;
        boolean any = false;
        while (i >= 0) {
            Token t = tokens.get(i);
            if (t.text().equals(")")) {
                int open = i;
                while (open >= 0 && !tokens.get(open).text().equals("(")) {
                    open--;
                }
                if (open < 0) {
                    break;
                }
                i = open - 1;
                any = true;
            } else if (inDate(t)) {
                i--;
                any = true;
            } else if (t.text().equals(",") && i > 0 && inDate(tokens.get(any ? i + 1 : i - 1))) {
                i--; // the commas around a date ('Katz, Selasa (11/6), menegaskan'), not around a clause
            } else {
                break;
            }
        }
        return any ? i : k;
    }

    /** True when a date mention lies within {@code [from, to)} (offsets). */
    boolean dateWithin(int from, int to) {
        for (DateMention d : dates) {
            if (d.start() >= from && d.end() <= to) {
                return true;
            }
        }
        return false;
    }

    boolean inDate(Token t) {
        return DateSpans.covers(dates, t);
    }

    private static int indexAfter(List<Token> tokens, int from, int offset) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    /** A short lower-case word between a subject and its verb ({@code juga}, {@code also}, {@code kembali}). */
    private static boolean isAdverbLike(Token t) {
        return t.isWord() && !t.isCapitalized() && t.text().length() <= 9;
    }
}
