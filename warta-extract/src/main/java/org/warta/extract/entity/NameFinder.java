package org.warta.extract.entity;

import static org.warta.extract.entity.NameLexicon.Kind.CONNECTOR;
import static org.warta.extract.entity.NameLexicon.Kind.CREDIT;
import static org.warta.extract.entity.NameLexicon.Kind.OFFICE_OF;
import static org.warta.extract.entity.NameLexicon.Kind.ORG_END;
import static org.warta.extract.entity.NameLexicon.Kind.ORG_HEAD;
import static org.warta.extract.entity.NameLexicon.Kind.ORG_TAIL;
import static org.warta.extract.entity.NameLexicon.Kind.PARTICLE;
import static org.warta.extract.entity.NameLexicon.Kind.PLACE_CUE;
import static org.warta.extract.entity.NameLexicon.Kind.PLACE_HEAD;
import static org.warta.extract.entity.NameLexicon.Kind.PLACE_TAIL;
import static org.warta.extract.entity.NameLexicon.Kind.TITLE;
import static org.warta.extract.entity.NameLexicon.Kind.REPORTING;
import static org.warta.extract.entity.NameLexicon.Kind.SHARED_TAIL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.warta.extract.quantity.SpelledNumbers;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;
import org.warta.model.EntityType;

/**
 * Finds the names in one sentence, left to right: a title followed by a name ({@code Presiden Rusia Vladimir
 * Putin}), a dictionary name or state body (longest match), or a run of capitalised words typed by its head words
 * and context ({@link NameTyper}). Capitalisation counts for nothing in a headline-case sentence, nor for words
 * that are never names.
 */
final class NameFinder {
    /** Words of a place's name that a title may stand before ({@code Kapolres Way Kanan}). */
    private static final int MAX_NAMED_PLACE_WORDS = 4;
    /** Words of a rank before a name that an appositive after it may replace as the role ('Lt. Col.'). */
    private static final int MAX_RANK_WORDS = 3;
    private static final int MAX_ROLE_TOKENS = 16;
    /** Words of an office in lower case between a title and the comma before its holder. */
    private static final int MAX_OFFICE_WORDS = 8;
    private static final int MAX_ORG_WORDS = 8;
    /** Most words on either side of a connector whose organisation's last words both sides share. */
    private static final int MAX_SHARED_TAIL = 3;
    private static final Pattern AFFIXED = Pattern.compile("(me|ber|di|ter|per|pe|ke|se).*|.*(kan|nya|lah|kah)");
    private final ActorDictionary dictionary;
    private final NameLexicon lexicon;
    private final NameTyper typer;

    NameFinder(ActorDictionary dictionary, NameLexicon lexicon) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.typer = new NameTyper(lexicon);
    }

    /**
     * The names in {@code sentence}; {@code lowerCase} holds the words the article also writes in lower case,
     * which are common words, not names, when they start a sentence; {@code places} the last words of places the
     * article has named, which after a title belong to the role ({@code Bupati Sukamaju Hendra}); {@code hits} and
     * {@code words} the sentence's dictionary and word-list matches, looked up once and shared with the tagger's clues;
     * {@code indonesian} whether Indonesian verb shapes after a name make it a subject.
     */
    List<Mention> find(String text, Sentence sentence, DictionaryHits hits, LexiconHits words,
                       LowerCaseWords lowerCase, Set<String> places, boolean indonesian) {
        List<Token> tokens = sentence.tokens();
        boolean headline = isHeadline(tokens);
        List<Mention> out = new ArrayList<>();
        List<int[]> defined = AcronymDefinitions.in(tokens);
        int i = 0;
        while (i < tokens.size()) {
            int credit = words.phraseAt(i, CREDIT);
            if (credit > 0) {
                i = credited(tokens, hits, words, i + credit, out); // 'Reporting by X in Kyiv and Y; Editing by Z'
                continue;
            }
            ActorDictionary.Match m = hits.named(i);
            int title = words.titleAt(i);
            int longForm = definedEnd(defined, i);
            if (longForm > 0 && opensAName(tokens, i) && (m == null || m.length() < longForm - i)
                    && title != longForm - i) {
                // not a title's long form ('District Police Officer (DPO) Sajjad ...'): the title goes on to its holder
                out.add(Mention.name(tokens.get(i).start(), tokens.get(longForm - 1).end(), EntityType.ORGANIZATION,
                        null, 3)); // 'Hill Tribes Joint Action Committee (HTJAC)'
                i = longForm;
                continue;
            }
            if (title == 0 && startsNext(defined, i) && lexicon.isCommon(tokens.get(i))) {
                i++; // 'The Hill Tribes Joint Action Committee (HTJAC)': not the outlet 'The Hill'
                continue;
            }
            if (title > 0 && (m == null || m.length() <= title || m.actor().type() == EntityType.PERSON)) {
                int next = titled(tokens, hits, words, i, title, headline, places, out);
                if (next > i) {
                    boolean named = !out.isEmpty() && out.get(out.size() - 1).end() == tokens.get(next - 1).end()
                            && out.get(out.size() - 1).type() == EntityType.PERSON;
                    i = named ? appositive(tokens, words, next, out) : next; // 'Capt. X, a spokesperson for ...'
                    continue;
                }
                if (m == null) {
                    i += title; // an office without a name ('Kepala Desa') is no name
                    if (i < tokens.size() && tokens.get(i).isCapitalized()
                            && DefiniteNouns.standard().isHead(tokens.get(i).text())) {
                        i++; // 'the General Staff': nor is an organisation's noun after a rank
                    }
                    continue;
                }
            }
            if (m != null) {
                int body = headline ? 0 : placedBody(tokens, hits, words, i, m, lowerCase, indonesian);
                if (body > 0) {
                    // 'Sudan Doctors Network', 'Israel Prison Service', 'Mambasa General Hospital': a place that
                    // opens an organisation's own name is part of it
                    int first = DefiniteNouns.standard().isDeterminer(tokens.get(i)) ? i + 1 : i; // 'The Sudan'
                    String name = text.substring(tokens.get(first).start(), tokens.get(body - 1).end());
                    Actor placed = Actor.placed(m.actor().country(), name);
                    out.add(Mention.name(tokens.get(first).start(), tokens.get(body - 1).end(),
                            EntityType.ORGANIZATION, placed, 2));
                    i = appositive(tokens, words, body, out);
                    continue;
                }
                out.add(Mention.name(tokens.get(i).start(), tokens.get(i + m.length() - 1).end(), m.actor().type(),
                        m.actor(), 3));
                i = appositive(tokens, words, i + m.length(), out);
                continue;
            }
            int len = headline ? 0 : capitalisedRun(tokens, hits, words, i, lowerCase);
            Mention typed = len > 0 && !quotedTitle(tokens, i, i + len) ? typer.type(tokens, i, i + len, indonesian)
                    : null;
            if (typed != null) {
                out.add(typed);
                i = appositive(tokens, words, i + len, out);
                continue;
            }
            if (len > 0) {
                i += len;
                continue;
            }
            i++;
        }
        return coordinated(text, out);
    }

    /**
     * The token after an English organisation's name that a dictionary place {@code m} at token {@code at} opens: the
     * place, then a capitalised run with no dictionary actor in it that the typer reads as an organisation by its
     * head, tail or last word ({@code Sudan Doctors Network}, {@code Chaman Chamber of Commerce}); 0 when there is
     * none, in Indonesian text (whose bodies put their place last) or after a possessive ({@code Ukraine's ...}).
     */
    private int placedBody(List<Token> tokens, DictionaryHits hits, LexiconHits words, int at,
                           ActorDictionary.Match m, LowerCaseWords lowerCase, boolean indonesian) {
        int after = at + m.length();
        if (indonesian || m.actor().type() != EntityType.LOCATION || after >= tokens.size()
                || !tokens.get(after).isCapitalized() || hits.named(after) != null
                || words.phraseAt(after, TITLE) > 0) {
            return 0;
        }
        int len = capitalisedRun(tokens, hits, words, after, lowerCase);
        if (len < 2) {
            return 0; // 'Gaza Health' is no body; one word after a place is its own name ('Kyiv Independent'?)
        }
        for (int k = after; k < after + len; k++) {
            if (hits.named(k) != null) {
                return 0;
            }
        }
        Mention typed = typer.type(tokens, after, after + len, false);
        return typed != null && typed.type() == EntityType.ORGANIZATION && typed.start() == tokens.get(after).start()
                ? after + len : 0;
    }

    /**
     * The journalists a credits line names from token {@code at}, after its opening words ({@code Reporting by Olena
     * Marchuk in Kyiv and Anna Pruss; Editing by Tom Ashworth}): each name is a person's, even in a line without a
     * stop, which is no headline; a place after 'in' is where they filed from and is left to the dictionary. Returns
     * the token after the last name read.
     */
    private int credited(List<Token> tokens, DictionaryHits hits, LexiconHits words, int at, List<Mention> out) {
        int j = at;
        while (j < tokens.size()) {
            ActorDictionary.Match place = hits.named(j);
            int run = place != null && place.actor().type() != EntityType.PERSON ? 0
                    : personRun(tokens, hits, words, j);
            if (run == 0) {
                return j;
            }
            out.add(Mention.name(tokens.get(j).start(), tokens.get(j + run - 1).end(), EntityType.PERSON,
                    place != null ? place.actor() : null, 2));
            j += run;
            if (j < tokens.size() && words.is(j, PLACE_CUE) && j + 1 < tokens.size() && hits.named(j + 1) != null) {
                ActorDictionary.Match filed = hits.named(j + 1); // 'in Kyiv'
                out.add(Mention.name(tokens.get(j + 1).start(), tokens.get(j + filed.length()).end(),
                        filed.actor().type(), filed.actor(), 3));
                j += 1 + filed.length();
            }
            if (j < tokens.size() && (tokens.get(j).text().equals(",") || words.is(j, SHARED_TAIL))) {
                j++; // the next name of the same credit ('and', 'dan', '&')
            } else {
                return j; // ';' and the next credit's words, or the line's end
            }
        }
        return j;
    }

    /** Tokens of an office's name that lists its parts, before the body it belongs to ('Pusat Data, Informasi'). */
    private static final int MAX_LISTED_OFFICE = 12;

    /**
     * The first token of a dictionary organisation that ends an office's name listing its parts with commas, from
     * token {@code at} ({@code Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB}): capitalised words, commas and
     * the words that join a list's last item, a comma among them and a word of the office after the last, then the
     * body (no rank); {@code at} when there is none.
     */
    private static int listedOfficesBody(List<Token> tokens, DictionaryHits hits, LexiconHits words, int at) {
        boolean comma = false;
        boolean wordAfterComma = false; // 'Pusat Data, Informasi dan Komunikasi ... BNPB', not 'Desa X, Amaq Sahnun'
        for (int k = at; k < Math.min(tokens.size(), at + MAX_LISTED_OFFICE); k++) {
            ActorDictionary.Match m = hits.named(k);
            if (m != null && m.actor().type() == EntityType.ORGANIZATION && words.phraseAt(k, TITLE) == 0) {
                return comma && wordAfterComma ? k : at;
            }
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                comma = true;
                wordAfterComma = false;
            } else if (t.isWord() && t.isCapitalized() && words.phraseAt(k, TITLE) == 0) {
                wordAfterComma |= comma;
            } else if (!words.is(k, SHARED_TAIL)) {
                return at; // a rank ('..., AKP X'), a lower-case word: no office listed here
            }
        }
        return at;
    }

    /** The token after the long name defined by an acronym that starts at token {@code at}, or 0. */
    private static int definedEnd(List<int[]> defined, int at) {
        for (int[] d : defined) {
            if (d[0] == at) {
                return d[1];
            }
        }
        return 0;
    }

    /** True when no capitalised word of a name stands right before token {@code i}. */
    private boolean opensAName(List<Token> tokens, int i) {
        return i == 0 || !tokens.get(i - 1).isCapitalized() || lexicon.isCommon(tokens.get(i - 1));
    }

    /** True when a long name defined by an acronym starts right after token {@code at}. */
    private static boolean startsNext(List<int[]> defined, int at) {
        for (int[] d : defined) {
            if (d[0] == at + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names in one list ({@code Jawa, Bali dan Lombok}) are of one kind: a guessed name next to a known one in a
     * list takes the known one's type.
     */
    private static List<Mention> coordinated(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k + 1 < out.size(); k++) {
                Mention a = out.get(k);
                Mention b = out.get(k + 1);
                int joint = Math.max(a.end(), b.start());
                if (!isListJoint(text, a.end(), joint) || Tokenizer.possessiveAt(text, b.end())) {
                    continue; // 'Salaheddine Sidhoum, Algeria's leading activist': an appositive, not a list
                }
                if (a.evidence() == 0 && b.evidence() == 0 && a.actor() == null && b.actor() == null) {
                    // two guesses in one list: a list of names, kept though each is one word
                    out.set(k, Mention.name(a.start(), a.end(), a.type(), null, 1));
                    out.set(k + 1, Mention.name(b.start(), b.end(), b.type(), null, 1));
                    continue;
                }
                boolean conjoined = !text.substring(a.end(), joint).strip().equals(",");
                if (a.type() == b.type()) {
                    continue;
                } else if (!conjoined && a.actor() != null && b.evidence() == 0 && appositiveAfter(text, b)) {
                    continue; // 'the mayor of Saint-Marc, Jean Baptiste, said': a name set off by commas, no list
                } else if (surer(a, b, conjoined)) {
                    out.set(k + 1, Mention.name(b.start(), b.end(), a.type(), null, 1));
                } else if (surer(b, a, conjoined)) {
                    out.set(k, Mention.name(a.start(), a.end(), b.type(), null, 1));
                }
            }
        }
        return out;
    }

    /**
     * True when guessed name {@code b} of two words or more is followed by a comma and a lower-case word that joins no
     * list ({@code , said}, {@code , di posko}): set off by commas after another name, it is an appositive.
     */
    private static boolean appositiveAfter(String text, Mention b) {
        if (text.substring(b.start(), b.end()).indexOf(' ') < 0) {
            return false;
        }
        int k = b.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || text.charAt(k) != ',') {
            return false;
        }
        k++;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        int end = k;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > k && Character.isLowerCase(text.charAt(k)) && !isListJoint(text, k, end);
    }

    /** True when {@code text[from..to)}, stripped, is a comma, 'dan', 'and', 'atau', 'serta', ', dan' or ', and'. */
    private static boolean isListJoint(String text, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start > 5) {
            return false; // longer than any joint, and folding never shortens: spared lower-casing a long gap
        }
        String between = NameKey.fold(text.substring(start, end));
        return between.equals(",") || between.equals("dan") || between.equals("and") || between.equals(", dan")
                || between.equals("atau") || between.equals("serta") || between.equals(", and");
    }

    private static boolean sure(Mention m) {
        return m.actor() != null || m.evidence() >= 2;
    }

    /**
     * True when {@code a}'s type is better founded than {@code b}'s: {@code a} is sure and {@code b} is not, or,
     * joined by a conjunction, {@code a} is a place by its context and {@code b} a bare guess (the place word
     * before a list types all of it: {@code in the villages of Khiam and Kfar Kila}; a comma alone is as often an
     * appositive: {@code Strauss Zelnick, CEO of Take-Two}).
     */
    private static boolean surer(Mention a, Mention b, boolean conjoined) {
        return sure(a) && !sure(b) || conjoined && a.type() == EntityType.LOCATION && a.evidence() >= 1
                && b.evidence() == 0 && b.actor() == null;
    }

    /** A title, the countries or organisations it belongs to, then a person's name; returns the next token. */
    private int titled(List<Token> tokens, DictionaryHits hits, LexiconHits words, int at, int titleLen,
                       boolean headline, Set<String> places, List<Mention> out) {
        Sector sector = lexicon.titleSector(tokens, at, at + titleLen);
        int j = at + titleLen;
        List<Mention> owners = new ArrayList<>();
        boolean placed = false; // the office's place is one the article named: whoever follows is surely its holder
        while (j < tokens.size()) {
            if (j == at + titleLen && inBrackets(tokens, j) && words.phraseAt(j + 1, TITLE) == 1
                    && !NameTyper.isAcronym(tokens.get(j + 1).text())) {
                j += 3; // the title's short word in brackets ('Kepala Pelaksana (Kalak) BPBD ...'): more of the title
                continue;
            }
            if (j == at + titleLen && inBrackets(tokens, j) && NameTyper.isAcronym(tokens.get(j + 1).text())) {
                // the title's own acronym ('District Police Officer (DPO) Sajjad Ahmed Gandapur'): the holder's, so
                // that 'the DPO said' later is that person
                owners.add(Mention.name(tokens.get(j + 1).start(), tokens.get(j + 1).end(), EntityType.PERSON, null, 2));
                j += 3;
                continue;
            }
            int bodyAt = listedOfficesBody(tokens, hits, words, j);
            if (bodyAt > j) {
                // 'Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari': an office whose name
                // lists its parts with commas, to the body it belongs to, is the role; the holder follows
                ActorDictionary.Match body = hits.named(bodyAt);
                j = bodyAt + body.length();
                owners.add(Mention.name(tokens.get(bodyAt).start(), tokens.get(j - 1).end(), body.actor().type(),
                        body.actor(), 3));
                break;
            }
            int more = words.phraseAt(j, TITLE);
            ActorDictionary.Match owner = hits.named(j);
            if (more > 0 && (owner == null || owner.length() <= more)) {
                sector = sector != null ? sector : lexicon.titleSector(tokens, j, j + more); // 'spokesman Brig. Gen.'
                j += more;
                continue;
            }
            if (owner == null && nameWord(words, j) && NameTyper.isAcronym(tokens.get(j).text())
                    && j + 1 < tokens.size() && nameWord(words, j + 1)) {
                owners.add(Mention.name(tokens.get(j).start(), tokens.get(j).end(), EntityType.ORGANIZATION, null, 1));
                j++;
                continue;
            }
            if (owner == null && nameWord(words, j) && words.is(j, ORG_HEAD) && j + 1 < tokens.size()
                    && (NameTyper.isAcronym(tokens.get(j + 1).text()) || hits.named(j + 1) != null)) {
                j++; // 'Kepala Kantor SAR Padang Andi Saputra': the office's head word, then its name, is the role
                continue;
            }
            int office = owner == null ? officeAfterTitle(tokens, hits, words, j) : j;
            if (office > j) {
                // 'Komandan Divisi Infanteri ke-4, Mayor Jenderal Ronaldo Dizon': an organisation's name, then a
                // comma, is the office the title belongs to; whoever holds it is named after the comma
                owners.add(knownInside(tokens, hits, j, office)); // 'Kepala Penerangan Komando Operasi TNI Habema'
                j = office;
                while (j < tokens.size() && lexicon.isOrdinal(tokens.get(j))) {
                    j++;
                }
                int tail = pastOfficeTail(tokens, hits, j); // '... (Kadispenad) Brigjen', '(Basarnas) Manado,'
                owners.addAll(namesInOffice(tokens, hits, words, j, tail));
                j = tail;
                while (j < tokens.size() && words.phraseAt(j, TITLE) > 0) { // the holder's rank ('... Kombes')
                    sector = sector != null ? sector : lexicon.titleSector(tokens, j, j + words.phraseAt(j, TITLE));
                    j += words.phraseAt(j, TITLE);
                }
                break;
            }
            int named = owner == null ? namedPlace(tokens, j, places) : 0;
            if (named > 0) {
                // 'kata Kapolres Way Kanan' after 'Kabupaten Way Kanan': the office's place, which the article named,
                // is no one's name
                owners.add(Mention.name(tokens.get(j).start(), tokens.get(j + named - 1).end(), EntityType.LOCATION,
                        null, 2));
                j += named;
                continue;
            }
            int place = owner == null ? headedPlace(tokens, hits, words, j, places,
                    j == at + titleLen && words.phraseAt(j - 1, PLACE_HEAD) == 1) : j; // 'Kepala Desa' ends with one
            if (place > j) {
                // 'Kepala Desa Sidamulih Kidul Sutarno', 'BPBD Kabupaten Banjarnegara Agus Priyono Wibowo': a place
                // word, then a place the article has named, is the office's place; the name after it, the holder's
                owners.add(Mention.name(tokens.get(j).start(), tokens.get(place - 1).end(), EntityType.LOCATION, null,
                        2));
                placed = true;
                j = place;
                continue;
            }
            if (!owners.isEmpty() && j + 3 < tokens.size() && inBrackets(tokens, j)
                    && NameTyper.isAcronym(tokens.get(j + 1).text())
                    && headedPlace(tokens, hits, words, j + 3, places, false) > j + 3) {
                j += 3; // the office's acronym after its name, then its place ('... (BPBD) Kabupaten Banjarnegara')
                continue;
            }
            if (owner == null && nameWord(words, j) && places.contains(NameKey.fold(tokens.get(j)))) {
                owners.add(Mention.name(tokens.get(j).start(), tokens.get(j).end(), EntityType.LOCATION, null, 1));
                j++;
                continue;
            }
            if (owner == null || owner.actor().type() == EntityType.PERSON) {
                break;
            }
            owners.add(Mention.name(tokens.get(j).start(), tokens.get(j + owner.length() - 1).end(),
                    owner.actor().type(), owner.actor(), 3));
            j += owner.length();
        }
        int roleEnd = j;
        ActorDictionary.Match person = j < tokens.size() ? hits.named(j) : null;
        int len = person != null && person.actor().type() == EntityType.PERSON ? person.length()
                : headline ? 0 : personRun(tokens, hits, words, j);
        if (len == 1 && person == null && DefiniteNouns.standard().isHead(tokens.get(j).text())
                || len >= 1 && person == null && (words.is(j + len - 1, ORG_END) || words.is(j + len - 1, ORG_TAIL))) {
            len = 0; // 'the General Staff', 'Beledweyne General Hospital': an organisation's noun after a rank
        }
        int rank = len > 0 && person == null && j + len < tokens.size() ? words.phraseAt(j + len, TITLE) : 0;
        int holder = rank > 0 && !headline && lexicon.titleSector(tokens, j + len, j + len + rank) != null
                ? personRun(tokens, hits, words, j + len + rank) : 0; // a rank, not 'Bu' in 'Kolonel Naw Bu Lahtaw'
        if (holder > 0) {
            // 'Kapolres Sukoharjo AKBP Danang Kusumo Wardhana': the office's place, then the holder's rank and name
            sector = sector != null ? sector : lexicon.titleSector(tokens, j + len, j + len + rank);
            j += len + rank;
            roleEnd = j;
            len = holder;
        }
        int officeFrom = j;
        if (len == 0 && !headline && roleEnd == at + titleLen) {
            j = bodyOffice(tokens, hits, words, j); // 'Juru bicara militer untuk operasi di Kivu Utara, Letkol X'
            roleEnd = j;
        }
        if (len == 0 && !headline && roleEnd > at + titleLen && j + 1 < tokens.size()
                && tokens.get(j).text().equals(",")) {
            // 'Kepala BPBD Sukamaju, Rini Astuti, mengatakan': the name follows its role after a comma, past a rank
            // ('Kepala Penerangan Kodam XVII/Cenderawasih, Letkol Inf Rudi Hartono Simbolon')
            int k = j + 1;
            while (k < tokens.size() && words.phraseAt(k, TITLE) > 0) {
                k += words.phraseAt(k, TITLE);
            }
            int run = personRun(tokens, hits, words, k);
            if (run > 0 && (k + run == tokens.size() || !tokens.get(k + run).isWord())
                    && !(run == 1 && words.phraseAt(k, ORG_TAIL) == 1)) { // not 'for Dräger, Inc.,'
                out.addAll(owners);
                out.addAll(namesInOffice(tokens, hits, words, officeFrom, roleEnd)); // 'for the Sudanese army,'
                Sector held = sector != null || k == j + 1 ? sector : lexicon.titleSector(tokens, j + 1, k); // the rank's
                int first = bodyNounsBefore(tokens, at); // 'The army spokesperson in the division, Musa Yakasai,'
                out.add(Mention.name(tokens.get(k).start(), tokens.get(k + run - 1).end(), EntityType.PERSON, null, 2)
                        .withRole(tokens.get(first).start(), tokens.get(k > j + 1 ? k - 1 : roleEnd - 1).end(), held));
                return k + run;
            }
        }
        if (len == 0) {
            if (owners.isEmpty()) {
                return at;
            }
            out.addAll(owners);
            return roleEnd;
        }
        out.addAll(owners);
        int roleStart = bodyNounsBefore(tokens, at); // 'ministry spokeswoman Lusine Grigoryan'
        if (roleStart > 0 && dictionary.countryAt(tokens, roleStart - 1, true) != null) {
            roleStart = roleStart - 1; // 'Russian Foreign Minister Sergei Lavrov', 'Armenian foreign ministry spokesman'
        } else if (roleStart == at) {
            roleStart = placeBefore(tokens, words, at, out);
        }
        Mention name = person != null && person.actor().type() == EntityType.PERSON
                ? Mention.name(tokens.get(j).start(), tokens.get(j + len - 1).end(), EntityType.PERSON,
                        person.actor(), 3)
                : Mention.name(tokens.get(j).start(), tokens.get(j + len - 1).end(), EntityType.PERSON, null,
                        placed ? 3 : 2);
        out.add(name.withRole(tokens.get(roleStart).start(), tokens.get(roleEnd - 1).end(), sector));
        return j + len;
    }

    /**
     * The first token of a known place written right before a title, past place-tail words ({@code Kursk Oblast
     * Governor Alexander Khinshtein}): the place is part of the role and gives the person their country; {@code at}
     * when there is none.
     */
    private static int placeBefore(List<Token> tokens, LexiconHits words, int at, List<Mention> out) {
        int k = at - 1;
        while (k >= 0 && words.is(k, PLACE_TAIL) && tokens.get(k).isCapitalized()) {
            k--;
        }
        if (k < 0 || out.isEmpty()) {
            return at;
        }
        for (Mention place : out) {
            if (place.type() == EntityType.LOCATION && place.actor() != null && place.end() >= tokens.get(k).end()
                    && place.end() <= tokens.get(at - 1).end()) { // 'Kursk Oblast': the tail may be the place's own
                int first = k;
                while (first > 0 && tokens.get(first - 1).start() >= place.start()) {
                    first--;
                }
                return first;
            }
        }
        return at;
    }

    /**
     * The start of a body's noun in lower case right before a title, with a word before it ({@code [ministry]
     * spokeswoman}, {@code [foreign ministry] spokesman}, {@code [army] spokesman}): part of the role, naming whose
     * office it is; {@code at} when none.
     */
    private static int bodyNounsBefore(List<Token> tokens, int at) {
        DefiniteNouns nouns = DefiniteNouns.standard();
        if (at < 1 || !lowerWord(tokens.get(at - 1))
                || !nouns.isHead(tokens.get(at - 1).text()) && !nouns.isArmed(tokens.get(at - 1).text())) {
            return at;
        }
        for (int k = Math.max(0, at - 1 - MAX_RANK_WORDS); k < at - 1; k++) {
            if (NameLexicon.standard().phraseAt(tokens, k, TITLE) == at - 1 - k) {
                return k; // 'juru bicara militer Brigjen X': the title before the noun is the role's too
            }
        }
        return at >= 2 && lowerWord(tokens.get(at - 2)) && !NameLexicon.standard().isCommon(tokens.get(at - 2))
                ? at - 2 : at - 1;
    }

    private static boolean lowerWord(Token t) {
        return t.isWord() && !t.isCapitalized();
    }

    /** After a person's name, {@code , Perwakilan Khusus ... NATO} up to the next comma or the end is a role. */
    private int appositive(List<Token> tokens, LexiconHits words, int after, List<Mention> out) {
        Mention last = out.get(out.size() - 1);
        boolean guessed = last.actor() == null && last.evidence() < 2;
        if (last.type() != EntityType.PERSON && !guessed || last.hasRole() && !rankOnly(tokens, last)
                || after + 1 >= tokens.size() || !tokens.get(after).text().equals(",")) {
            return after;
        }
        boolean lower = !tokens.get(after + 1).isCapitalized(); // ', army spokesman in South Kivu,'
        int end = after + 1;
        Sector sector = null;
        boolean titled = false;
        while (end < tokens.size() && end - after <= MAX_ROLE_TOKENS && (tokens.get(end).isWord()
                || tokens.get(end).isPossessive())) { // 'a spokesperson for Ukraine's Southern Defense Forces'
            int t = words.phraseAt(end, TITLE);
            if (t > 0 && !titled && (!lower || end - after <= 2)) {
                titled = true;
                sector = lexicon.titleSector(tokens, end, end + t);
            }
            end += Math.max(t, 1);
        }
        boolean closes = end == tokens.size() || !tokens.get(end).isWord() && !tokens.get(end).isPossessive();
        if (titled && closes && end > after + 1) {
            Mention person = guessed ? Mention.name(last.start(), last.end(), EntityType.PERSON, null, 2) : last;
            out.set(out.size() - 1, person.withRole(tokens.get(after + 1).start(), tokens.get(end - 1).end(),
                    sector != null ? sector : last.roleSector())); // 'Capt. X, a spokesperson for ...': the rank's
        }
        return after;
    }

    /**
     * True when {@code m}'s role is a rank of a few words right before the name ({@code Capt. Dmytro Lysenko}): an
     * appositive after the name says more ({@code , a spokesperson for Ukraine's Southern Defense Forces,}).
     */
    private static boolean rankOnly(List<Token> tokens, Mention m) {
        if (m.roleEnd() > m.start() || m.start() - m.roleEnd() > 1) {
            return false;
        }
        int words = 0;
        for (Token t : tokens) {
            if (t.start() >= m.roleStart() && t.end() <= m.roleEnd() && t.isWord()) {
                words++;
            }
        }
        return words <= MAX_RANK_WORDS;
    }

    /**
     * The organisation of an office's words {@code [from, to)}: a dictionary organisation that ends them ({@code
     * Penerangan Komando Operasi TNI Habema}: the command, the words before it are the title's), else the whole run.
     */
    private static Mention knownInside(List<Token> tokens, DictionaryHits hits, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            ActorDictionary.Match m = hits.named(k);
            if (m != null && m.actor().type() == EntityType.ORGANIZATION && k + m.length() == to
                    && tokens.get(k - 1).isWord()) { // not the part after a slash ('Satgas Indobatt .../UNIFIL')
                return Mention.name(tokens.get(k).start(), tokens.get(to - 1).end(), EntityType.ORGANIZATION,
                        m.actor(), 3);
            }
        }
        return Mention.name(tokens.get(from).start(), tokens.get(to - 1).end(), EntityType.ORGANIZATION, null, 2);
    }

    private static boolean holdsAnOrgHead(LexiconHits words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.phraseAt(k, ORG_HEAD) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma that ends an office written in lower case after a title, opening with a body's noun ({@code militer},
     * {@code kepolisian}, {@code police}) and running on in words, none of them reporting ({@code juru bicara militer
     * untuk operasi di Kivu Utara,}) or with a word that ties the title to what it serves ({@code a spokesperson for
     * the UN human rights office,}): the name after the comma holds that office. {@code at} when there is none.
     */
    private static int bodyOffice(List<Token> tokens, DictionaryHits hits, LexiconHits words, int at) {
        if (at >= tokens.size() || !tokens.get(at).isWord() || tokens.get(at).isCapitalized()
                || !DefiniteNouns.standard().isHead(tokens.get(at).text()) && !words.is(at, OFFICE_OF)) {
            return at;
        }
        int counted = 0; // a known name counts as one word ('the Office of the UN High Commissioner for Human Rights')
        for (int k = at + 1; k < tokens.size() && counted < MAX_OFFICE_WORDS; k++, counted++) {
            if (tokens.get(k).text().equals(",")) {
                return k;
            }
            if (!tokens.get(k).isWord() || words.is(k, REPORTING)) {
                return at;
            }
            if (hits.named(k) != null) {
                k += hits.named(k).length() - 1;
            }
        }
        return at;
    }

    /**
     * The names inside an office written after a title, {@code [from, to)}: known ones, and runs of capitalised words
     * typed as names are ({@code a spokesperson for the Gran Grif gang,}); the holder after the comma is read apart.
     */
    private List<Mention> namesInOffice(List<Token> tokens, DictionaryHits hits, LexiconHits words, int from, int to) {
        List<Mention> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            ActorDictionary.Match known = hits.named(k);
            if (known != null && known.actor().type() != EntityType.PERSON && k + known.length() <= to) {
                out.add(Mention.name(tokens.get(k).start(), tokens.get(k + known.length() - 1).end(),
                        known.actor().type(), known.actor(), 3));
                k += known.length();
                continue;
            }
            int end = k;
            while (end < to && tokens.get(end).isWord() && tokens.get(end).isCapitalized() && hits.named(end) == null) {
                end++;
            }
            Mention typed = end > k ? typer.type(tokens, k, end, false) : null;
            if (typed != null && typed.type() == EntityType.PERSON && typed.evidence() == 0
                    && words.phraseAt(k, TITLE) == 0) { // 'spokesperson of Operation Hadin Kai,': a body, not a person
                typed = Mention.name(typed.start(), typed.end(), EntityType.ORGANIZATION, null, 1);
            }
            if (typed != null) {
                out.add(typed);
            }
            k = Math.max(end, k + 1);
        }
        return out;
    }

    /**
     * The end of an organisation's name that starts at {@code at} with its head word and runs on in capitals (names
     * joined by a slash: {@code Satgas Indobatt Konga XXIII-S/UNIFIL}) up to a comma or a lower-case word, past an
     * ordinal ({@code ke-4}); {@code at} when there is none, or when a capitalised word follows it (the holder's name
     * may be part of the run).
     */
    private int officeAfterTitle(List<Token> tokens, DictionaryHits hits, LexiconHits words, int at) {
        if (!nameWord(words, at)) {
            return at;
        }
        int end = at + 1;
        while (end < tokens.size()) {
            if (nameWord(words, end) && words.phraseAt(end, TITLE) == 0 && (hits.named(end) == null
                    || hits.named(end).actor().type() != EntityType.PERSON)) {
                end++;
            } else if (tokens.get(end).text().equals("/") && end + 1 < tokens.size() && nameWord(words, end + 1)) {
                end++;
            } else if (words.is(end, CONNECTOR) && end + 1 < tokens.size() && nameWord(words, end + 1)
                    && hits.named(end + 1) == null) {
                end++; // 'Kantor Pencarian dan Pertolongan'
            } else {
                break;
            }
        }
        int after = end;
        while (after < tokens.size() && lexicon.isOrdinal(tokens.get(after))) {
            after++;
        }
        after = pastOfficeTail(tokens, hits, after);
        if (end > at + 1 && after < tokens.size() && words.phraseAt(after, TITLE) > 0 && holdsAnOrgHead(words, at, end)
                && personRun(tokens, hits, words, after + words.phraseAt(after, TITLE)) >= 2) {
            return end; // 'Direktur Reserse Narkoba Polda Sumut Kombes Yudhi Pranata': the office, a rank, a name
        }
        if (end <= at + 1 || after >= tokens.size() || !tokens.get(after).text().equals(",")) {
            return at;
        }
        if (words.is(at, ORG_HEAD)) {
            return end;
        }
        // 'Kepala Administrasi Militer Regional Donetsk, Ihor Kovalchuk, mengatakan': without an organisation's
        // word, the run is an office only when a name of two words or more stands alone between commas after it
        int name = personRun(tokens, hits, words, after + 1);
        int next = after + 1 + name;
        return name >= 2 && next < tokens.size() && !tokens.get(next).isWord() ? end : at;
    }

    /**
     * The token after an office's short form in brackets and the known place it serves, either or both ({@code
     * (Basarnas) Manado}), from token {@code at}; {@code at} when neither stands there.
     */
    private static int pastOfficeTail(List<Token> tokens, DictionaryHits hits, int at) {
        int k = pastBracketedAcronym(tokens, at);
        ActorDictionary.Match place = k < tokens.size() ? hits.named(k) : null;
        return place != null && place.actor().type() == EntityType.LOCATION && k + place.length() < tokens.size()
                && tokens.get(k + place.length()).text().equals(",") ? k + place.length() : k;
    }

    /**
     * The token after an office's short form in round brackets at {@code at}, one capitalised word ({@code (DPO)},
     * {@code (Kadispenad)}), else {@code at}.
     */
    private static int pastBracketedAcronym(List<Token> tokens, int at) {
        return inBrackets(tokens, at) && tokens.get(at + 1).isCapitalized() ? at + 3 : at;
    }

    /** True when one word stands in round brackets from token {@code at}: {@code (}, the word, {@code )}. */
    private static boolean inBrackets(List<Token> tokens, int at) {
        return at + 2 < tokens.size() && tokens.get(at).text().equals("(") && tokens.get(at + 1).isWord()
                && tokens.get(at + 2).text().equals(")");
    }

    /**
     * The number of words from {@code at}, two or more, that are the whole name of a place the article has named
     * ({@code Way Kanan} of {@code Kabupaten Way Kanan}), the longest; 0 when none. One word is left to the rules
     * that read single places.
     */
    private static int namedPlace(List<Token> tokens, int at, Set<String> places) {
        StringBuilder key = new StringBuilder();
        int best = 0;
        for (int k = at; k < tokens.size() && k - at < MAX_NAMED_PLACE_WORDS && tokens.get(k).isWord()
                && tokens.get(k).isCapitalized(); k++) {
            key.append(k > at ? " " : "").append(NameKey.fold(tokens.get(k)));
            if (k > at && places.contains(key.toString())) {
                best = k - at + 1;
            }
        }
        return best;
    }

    /**
     * The token after a place written with its place word ({@code Desa}, {@code Kabupaten}; {@code headBefore}: the
     * title's last word is that place word, as in {@code Kepala Desa}) whose last word the article has already named
     * as a place and after which a name follows; {@code at} when there is none. Without the earlier mention the
     * place's end is a guess ('Kepala Desa Sukamaju Sutarno'), and no place is read.
     */
    private int headedPlace(List<Token> tokens, DictionaryHits hits, LexiconHits words, int at, Set<String> places,
                            boolean headBefore) {
        int head = headBefore ? 0 : words.phraseAt(at, PLACE_HEAD);
        if (!headBefore && (head == 0 || !tokens.get(at).isCapitalized())) {
            return at;
        }
        int end = at;
        for (int k = at + head; k < tokens.size() && nameWord(words, k) && words.phraseAt(k, TITLE) == 0; k++) {
            if (places.contains(NameKey.fold(tokens.get(k))) && personRun(tokens, hits, words, k + 1) >= 1) {
                end = k + 1;
            }
        }
        return end;
    }

    /** Capitalised words after a title: a person's name, with particles ({@code bin}, {@code van}) inside. */
    private int personRun(List<Token> tokens, DictionaryHits hits, LexiconHits words, int at) {
        int j = at;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if (nameWord(words, j) && !words.isNoun(j) && !NameTyper.isDerivedNoun(t.text())
                    && words.phraseAt(j, TITLE) == 0 && (j == at
                    || hits.named(j) == null || hits.named(j).actor().type() == EntityType.PERSON)) {
                j++;
            } else if (j > at && words.is(j, PARTICLE) && j + 1 < tokens.size()
                    && nameWord(words, j + 1)) {
                j++;
            } else if (j > at && lexicon.particleCompound(t.text())) {
                j++; // 'Khalid al-Nour'
            } else if (j > at && nameWord(words, j) && placeWordEndingTheName(tokens, hits, words, j)) {
                j++; // 'Police Colonel Arnel Santiago declined': a surname that is also a city's name
                break;
            } else {
                break;
            }
        }
        return j - at;
    }

    /**
     * True when token {@code j}, after a name's first words, is a one-word place of the dictionary that ends the
     * capitalised run before a lower-case word that is no title: the holder's surname ({@code Arnel Santiago
     * declined}), not the place of an office before its holder ({@code Direktur RSUD Sayang Cianjur dr Rina}).
     */
    private static boolean placeWordEndingTheName(List<Token> tokens, DictionaryHits hits, LexiconHits words, int j) {
        ActorDictionary.Match place = hits.named(j);
        return place != null && place.length() == 1 && place.actor().type() == EntityType.LOCATION
                && (j + 1 == tokens.size() || !tokens.get(j + 1).isCapitalized() && words.phraseAt(j + 1, TITLE) == 0);
    }

    /** A run of capitalised words that may be a name; 0 when the word at {@code at} cannot start one. */
    private int capitalisedRun(List<Token> tokens, DictionaryHits hits, LexiconHits words, int at,
                               LowerCaseWords lowerCase) {
        Token first = tokens.get(at);
        if (first.text().equals("The") && at + 1 < tokens.size() && nameWord(words, at + 1)
                && words.phraseAt(at + 1, TITLE) == 0 && hits.named(at + 1) == null
                && !NameTyper.isAcronym(tokens.get(at + 1).text())) { // 'The PCG said': the acronym alone
            int rest = capitalisedRun(tokens, hits, words, at + 1, lowerCase);
            if (rest == 1 && DefiniteNouns.standard().isHead(tokens.get(at + 1).text())) {
                return 0; // 'The Army said', 'The Police said': a body's noun, which DefiniteNouns reads, no name
            }
            return rest > 0 ? rest + 1 : 0; // English names of bands, papers, groups: 'The Clash'
        }
        int head = Math.max(words.phraseAt(at, ORG_HEAD), words.phraseAt(at, PLACE_HEAD));
        boolean namedAfterHead = head > 0 && at + head < tokens.size() && nameWord(words, at + head);
        if (head == 0 && words.isNoun(at) && nameWord(words, at)) {
            return orgTailedRun(tokens, words, at); // 'National News Agency', else no name
        }
        if (!nameWord(words, at) && !namedAfterHead) {
            return 0;
        }
        if (!first.isCapitalized() && words.phraseAt(at, ORG_HEAD) > 0) {
            return 0; // a lower-case organisation word ('partai') is a common noun
        }
        if (!first.isCapitalized() && head > 0 && (words.phraseAt(at + head, PLACE_HEAD) > 0
                || words.phraseAt(at + head, ORG_HEAD) > 0)) {
            return 0; // 'hutan Gunung Sahuwai': the name has its own head; the lower-case word is a common noun
        }
        boolean headed = head > 0;
        // 'Centre for Volcanology and Geological Hazard Mitigation': a body's noun, then a preposition (no
        // conjunction) and a name word, heads an organisation's name as an organisation's first word does
        boolean orgHeaded = words.phraseAt(at, ORG_HEAD) > 0 || first.isCapitalized()
                && DefiniteNouns.standard().isHead(first.text()) && at + 2 < tokens.size()
                && words.is(at + 1, CONNECTOR) && !words.is(at + 1, SHARED_TAIL) && nameWord(words, at + 2);
        boolean afterPerson = false; // a building named after a person ends with the name and its place
        int j = at + Math.max(head, 1);
        int shared; // the last words a run shares with the organisation's name after a conjunction
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            boolean inside = nameWord(words, j) && (headed || !words.isNoun(j)) || t.isNumeric() && headed;
            boolean newHead = !headed && (words.phraseAt(j, ORG_HEAD) > 0
                    || words.phraseAt(j, PLACE_HEAD) > 0);
            boolean lastWord = j + 1 == tokens.size() || !nameWord(words, j + 1);
            if (newHead && t.isCapitalized() && words.is(j, ORG_END) && lastWord) {
                // 'Interior Ministry', 'Central Bank of Nigeria': the head ends the name ('LDR Bank Mandiri' starts one)
                headed = orgHeaded = true;
                j++;
                continue;
            }
            if (newHead && t.isCapitalized() && words.is(j, PLACE_TAIL) && lastWord) {
                j++; // 'Bryansk Region': a word that may start a place's name ends this one
                break;
            }
            if (inside && !newHead && (headed || hits.named(j) == null || anotherPersonsSurname(tokens, hits, at, j,
                    lowerCase)) && words.phraseAt(j, TITLE) == 0) {
                j++;
            } else if (j + 1 < tokens.size() && nameWord(words, j + 1) && (words.is(j, PARTICLE)
                    || orgHeaded && !afterPerson && words.is(j, CONNECTOR))) { // 'RSUD dr. X Ambon dan Puskesmas'
                j++;
            } else if (orgHeaded && !afterPerson && prepositionAndArticle(tokens, words, j)
                    && !organisationOfItsOwn(tokens, hits, j + 2)) {
                j += 2; // 'Committee for the Defence of Human Rights', 'Office for the Coordination of ...'
            } else if (!headed && j > at && (shared = sharedTail(tokens, hits, words, at, j)) > 0) {
                j += 1 + shared; // 'Disaster and Dyke Management Authority'
                break;
            } else if (headed && j == at + head && words.phraseAt(j, TITLE) > 0
                    && lexicon.isHonorific(tokens, j, j + words.phraseAt(j, TITLE))
                    && j + words.phraseAt(j, TITLE) < tokens.size() && nameWord(words, j + words.phraseAt(j, TITLE))) {
                afterPerson = true;
                j += words.phraseAt(j, TITLE); // 'RSUD dr. Hendrikus Fernandez': named after a person, an honorific
                // right after the head ('Divisi Humas Polri Brigjen X' is an office and its holder)
            } else if (!headed && j > at && lexicon.particleCompound(t.text())) {
                j++; // 'Ahmed al-Sharaa'
            } else if (!headed && j > at && tokens.get(j).isDoubleQuote() && nicknameEnd(tokens, words, j) > j) {
                j = nicknameEnd(tokens, words, j); // 'Wendy “Ti Bouki” Charles' (the mark checked first: cheap)
            } else {
                break;
            }
        }
        if (headed && j - at == head) {
            return 0; // a head word alone ('Desa', 'Stadion') is no name
        }
        if (j - at == 1 && !headed && commonWordStartsSentence(tokens, at, lowerCase)) {
            return 0;
        }
        return j - at;
    }

    /**
     * True when tokens {@code j} and {@code j + 1} are two connectors, neither a conjunction that may join two names,
     * before a name word: a preposition and an article inside an organisation's name ({@code for the}, {@code of the}).
     */
    private static boolean prepositionAndArticle(List<Token> tokens, LexiconHits words, int j) {
        return j + 2 < tokens.size() && words.is(j, CONNECTOR) && words.is(j + 1, CONNECTOR)
                && !words.is(j, SHARED_TAIL) && !words.is(j + 1, SHARED_TAIL) && nameWord(words, j + 2);
    }

    /**
     * True when token {@code k} starts an organisation's name of its own, an acronym or one the dictionary knows:
     * what comes before it is a part of that organisation ({@code the South Bastar Division Committee of the CPI}).
     */
    private static boolean organisationOfItsOwn(List<Token> tokens, DictionaryHits hits, int k) {
        ActorDictionary.Match m = hits.named(k);
        return NameTyper.isAcronym(tokens.get(k).text()) || m != null && m.actor().type() == EntityType.ORGANIZATION;
    }

    /**
     * The index after a nickname in quotation marks inside a person's name ({@code Wendy “Ti Bouki” Charles}): an
     * opening mark, one to three capitalised words, the closing mark, and a capitalised name word after it; {@code at}
     * when there is none.
     */
    private static int nicknameEnd(List<Token> tokens, LexiconHits words, int at) {
        if (!tokens.get(at).isDoubleQuote()) {
            return at;
        }
        int k = at + 1;
        while (k < tokens.size() && k - at <= 3 && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k == at + 1 || k + 1 >= tokens.size() || !tokens.get(k).isDoubleQuote() || !nameWord(words, k + 1)) {
            return at;
        }
        return k + 1;
    }

    /**
     * The length of a run of capitalised words from {@code at} that ends in an organisation's last word ({@code
     * National News Agency}, {@code Democratic Party}), common nouns allowed; 0 when none does.
     */
    private int orgTailedRun(List<Token> tokens, LexiconHits words, int at) {
        int found = 0;
        for (int j = at; j < tokens.size() && j - at < MAX_ORG_WORDS; j++) {
            if (!nameWord(words, j)) {
                if (j > at && words.is(j, CONNECTOR) && j + 1 < tokens.size() && nameWord(words, j + 1)) {
                    continue; // 'National Disaster Risk Reduction and Management Authority'
                }
                break;
            }
            if (j > at && lexicon.phraseEndingAt(tokens, j + 1, ORG_TAIL) > 0) {
                found = j + 1 - at;
            }
        }
        return found;
    }

    /**
     * The length of an organisation's last words after the connector at {@code joint} that the words {@code [at,
     * joint)} share ({@code Disaster and Dyke Management Authority}, {@code Fire and Rescue Department}); 0 when
     * those words name something whole by themselves: a known name, an organisation's last word, an acronym
     * ({@code Elite Force and Counter-Terrorism Department}, {@code Army and Jammu and Kashmir Police} are two), or
     * when the last words run longer than {@link #MAX_SHARED_TAIL} or take a connector of their own.
     */
    private int sharedTail(List<Token> tokens, DictionaryHits hits, LexiconHits words, int at, int joint) {
        if (!words.is(joint, SHARED_TAIL) || joint - at > MAX_SHARED_TAIL
                || lexicon.phraseEndingAt(tokens, joint, ORG_TAIL) > 0) {
            return 0;
        }
        for (int k = at; k < joint; k++) {
            if (hits.named(k) != null || words.is(k, ORG_END) || NameTyper.isAcronym(tokens.get(k).text())) {
                return 0;
            }
        }
        int tail = orgTailedRun(tokens, words, joint + 1);
        for (int k = joint + 1; k < joint + 1 + tail; k++) {
            if (words.is(k, CONNECTOR)) {
                return 0;
            }
        }
        return tail <= MAX_SHARED_TAIL ? tail : 0;
    }

    /** True when token {@code at} is a sentence's first word (after an opening mark, if any). */
    static boolean startsSentence(List<Token> tokens, int at) {
        return at == 0 || at == 1 && !tokens.get(0).isWord();
    }

    /** True when the sentence starts at {@code at} with a word that reads as a common word, capitalised by place. */
    private static boolean commonWordStartsSentence(List<Token> tokens, int at, LowerCaseWords lowerCase) {
        String word = tokens.get(at).text();
        return startsSentence(tokens, at) && (looksLikeCommonWord(word) || lowerCase.contains(NameKey.fold(word))
                || spelledNumber(word)); // 'Thirty-seven terrorists were neutralised'
    }

    /**
     * A compound number in words ({@code Thirty-seven}); not a reduplicated word ({@code Anak-anak}), which Indonesian
     * writes with a hyphen far more often, so the number reader is asked only about the rest.
     */
    private static boolean spelledNumber(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen <= 0 || word.regionMatches(true, 0, word, hyphen + 1, Math.max(hyphen, word.length() - hyphen - 1))
                && word.length() == 2 * hyphen + 1) {
            return false;
        }
        return SpelledNumbers.value(word) != null;
    }

    /**
     * True when the dictionary's match at {@code j}, inside a run of capitalised words from {@code at}, is one word
     * naming a person while the run starts with another first name: {@code Jimmie Johnson} is not Boris Johnson,
     * {@code Ahmad Widodo} not Joko Widodo, so the run reads on as a name of its own. A run that starts the sentence
     * with a common word and nothing else ({@code Ketika Widodo tiba}) or holds another of the person's own names
     * ({@code Susilo B. Yudhoyono}) leaves the word to the dictionary.
     */
    private static boolean anotherPersonsSurname(List<Token> tokens, DictionaryHits hits, int at, int j,
                                                 LowerCaseWords lowerCase) {
        ActorDictionary.Match m = hits.named(j);
        if (j == at || m.length() != 1 || m.actor().type() != EntityType.PERSON) {
            return false;
        }
        int from = commonWordStartsSentence(tokens, at, lowerCase) ? at + 1 : at; // no first name, that word
        for (int k = from; k < j; k++) {
            if (lowerCase.contains(NameKey.fold(tokens.get(k)))) {
                return false; // a word the article also writes in lower case is no given name ('Make Trump ...')
            }
        }
        return m.actor().surnameOfAnother(tokens, from, j);
    }

    /** A run that fills a pair of quote marks on its own is a title of a work ({@code film "Laskar Pelangi"}). */
    private static boolean quotedTitle(List<Token> tokens, int from, int to) {
        return from > 0 && to < tokens.size() && tokens.get(from - 1).isDoubleQuote()
                && tokens.get(to).isDoubleQuote();
    }

    private static boolean nameWord(LexiconHits words, int at) {
        Token t = words.token(at);
        return t.isWord() && (t.isCapitalized() || words.isParticleCompound(at)) && !words.isCommon(at)
                && !isRomanNumeralOrLetter(t.text());
    }

    /** One letter, or a Roman numeral of I, V and X ({@code II}, {@code XIV}). */
    private static boolean isRomanNumeralOrLetter(String w) {
        if (w.length() == 1) {
            return true;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != 'I' && c != 'V' && c != 'X') {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** Indonesian affixed words (me-, ber-, di-, ter-, -kan, -an, -nya) at a sentence start are rarely names. */
    private static boolean looksLikeCommonWord(String word) {
        String w = NameKey.fold(word);
        return w.length() >= 6 && AFFIXED.matcher(w).matches();
    }

    /**
     * Most longer words capitalised and no full stop at the end: a headline or title-case line, where capitals do
     * not mark names.
     */
    static boolean isHeadline(List<Token> tokens) {
        String last = tokens.get(tokens.size() - 1).text();
        if (last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"") || last.equals("\u201D")) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Token t : tokens) {
            if (t.isWord() && !t.isNumeric() && t.text().length() > 3) {
                words++;
                if (t.isCapitalized()) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps * 4 >= words * 3;
    }
}
