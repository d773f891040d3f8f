package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.extract.lexicon.WordSet;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * Definite noun phrases that refer back to an organisation named before them ({@code the health ministry said},
 * {@code kata kementerian itu}): each joins the nearest organisation mentioned in the last few sentences whose
 * words hold the phrase's nouns, so quotes and claims find their speaker; a phrase in capitals throughout ({@code the
 * General Staff}) too, back to the article's start. Words from {@code entity/definites.tsv}.
 * Thread-safe.
 */
final class DefiniteNouns {
    /** A phrase at {@code [start, end)} that refers to the mention {@code antecedent} (an index into the found ones). */
    record Reference(int start, int end, int antecedent) {
    }

    private static final int SENTENCES_BACK = 12;
    /** Sentences after a definite phrase with no antecedent in which the body it names may be named. */
    private static final int SENTENCES_AHEAD = 2;
    private static final int MAX_MODIFIERS = 2;
    /** Words of an adverbial that may open a sentence before its subject ('Di sisi lain,'). */
    private static final int MAX_ADVERBIAL_WORDS = 3;

    private final Set<String> before = new HashSet<>();
    private final Set<String> after = new HashSet<>();
    private final Set<String> heads = new HashSet<>();
    private final Set<String> inside = new HashSet<>();
    private final Set<String> affiliations = new HashSet<>();
    private final Set<String> armed = new HashSet<>();
    private final Set<String> group = new HashSet<>();
    private final Set<String> relay = new HashSet<>();
    private final Set<String> bare = new HashSet<>();
    /** Words by which a body gives figures, besides the reporting words: 'kementerian mencatat 46 jenazah'. */
    private final Set<String> reports = new HashSet<>();
    private final Set<String> police = new HashSet<>();
    private final Set<String> ministry = new HashSet<>();
    private final Set<String> government = new HashSet<>();
    private final Set<String> speaker = new HashSet<>();
    private final Set<String> indefinite = new HashSet<>();
    private final Set<String> country = new HashSet<>();
    /** The words a phrase may open with (indefinite, bare, before and head words): one lookup turns most tokens away. */
    private final WordSet openers = new WordSet();

    private DefiniteNouns() {
        for (LexiconRow row : LexiconFile.rows("entity/definites.tsv")) {
            String form = row.column(0).toLowerCase(Locale.ROOT);
            switch (row.column(2)) {
                case "before" -> before.add(form);
                case "after" -> after.add(form);
                case "head" -> heads.add(form);
                case "inside" -> inside.add(form);
                case "affiliation" -> affiliations.add(form);
                case "armed" -> armed.add(form);
                case "group" -> group.add(form);
                case "relay" -> relay.add(form);
                case "bare" -> bare.add(form);
                case "reports" -> reports.add(form);
                case "police" -> police.add(form);
                case "ministry" -> ministry.add(form);
                case "government" -> government.add(form);
                case "speaker" -> speaker.add(form);
                case "indefinite" -> indefinite.add(form);
                case "country" -> country.add(form);
                default -> throw new org.warta.extract.lexicon.LexiconException(row, "kind '" + row.column(2)
                        + "' is unknown; expected before, after, head, inside, affiliation, armed, group, relay, bare,"
                        + " reports, police, ministry, government, speaker, indefinite or country");
            }
        }
        for (Set<String> words : List.of(indefinite, bare, before, heads)) {
            words.forEach(openers::add);
        }
    }

    static DefiniteNouns standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final DefiniteNouns STANDARD = new DefiniteNouns();
    }

    /** True for a noun that heads a phrase naming an organisation ({@code ministry}, {@code staff}); any case. */
    boolean isHead(String word) {
        return heads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a participle that, after a hyphen, makes a name a modifier ({@code run} of {@code Hamas-run}). */
    boolean isAffiliation(String word) {
        return affiliations.contains(word);
    }

    /** The references in {@code doc}; {@code usable} says which found mentions may be antecedents. */
    List<Reference> find(Document doc, List<Mention> found, java.util.function.IntPredicate usable) {
        String lowerText = null; // lower-cased on the first phrase found: most articles have none
        Set<Integer> subjects = null;
        List<Reference> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            for (int i = 0; i < t.size(); i++) {
                int[] phrase = phraseAt(t, i);
                if (phrase == null || covered(found, t.get(phrase[0]).start(), t.get(phrase[1] - 1).end())
                        || phrase[1] < t.size() && opensAnOrganisation(found, t.get(phrase[1]).start())) {
                    continue; // 'the monitoring group Deep South Watch': the name after it is the group
                }
                boolean named = Character.isUpperCase(t.get(phrase[0]).text().charAt(0)) // 'the General Staff'
                        && !isBare(t, phrase); // 'Police said' opening a sentence
                int from = named ? 0 : sentences.get(Math.max(0, si - SENTENCES_BACK)).start();
                if (lowerText == null) {
                    lowerText = doc.text().toLowerCase(Locale.ROOT);
                }
                if (subjects == null) {
                    subjects = subjects(sentences);
                }
                int antecedent = antecedent(lowerText, found, usable, from, t.get(phrase[0]).start(),
                        nouns(t, phrase), subjects);
                if (antecedent < 0 && !named) { // '..., the police said. ... a statement issued by the Manipur Police'
                    int to = sentences.get(Math.min(sentences.size() - 1, si + SENTENCES_AHEAD)).end();
                    antecedent = postcedent(lowerText, found, usable, t.get(phrase[1] - 1).end(), to,
                            nouns(t, phrase));
                }
                if (antecedent >= 0) {
                    out.add(new Reference(t.get(phrase[0]).start(), t.get(phrase[1] - 1).end(), antecedent));
                }
            }
        }
        return out;
    }

    /** True when an organisation's name (not a pronoun) starts at offset {@code start}. */
    private static boolean opensAnOrganisation(List<Mention> found, int start) {
        for (Mention m : found) {
            if (m.start() == start && m.type() == EntityType.ORGANIZATION && !m.pronoun()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Mentions for the definite phrases that name an armed force ({@code the military said}, {@code the army}, {@code
     * the junta}), the police ({@code police said}, {@code Police rejected the claim}), a government ({@code the
     * government did not respond}) or a ministry ({@code the interior ministry says}), or one who speaks for such a body
     * ({@code an army spokesperson declined to comment}), where no organisation of the article can be their
     * antecedent: the one such force, police or government the article names, before or after the phrase, else the
     * armed forces, the police, the government or that ministry of the country the article is about, the one its
     * places name most, at least twice and more often than any other ({@code QUETTA, Pakistan ... Balochistan ... the
     * military said}); none when no country stands out. Police and governments count only where they speak or answer.
     * A guess of a one-word phrase as a name ({@code Police} opening a sentence) gives way to the body; not one of
     * more words ({@code Health Ministry}), which may be another country's.
     */
    List<Mention> nationalBodiesOfTheArticle(Document doc, List<Mention> found, ActorDictionary dictionary) {
        List<Mention> out = new ArrayList<>();
        java.util.Map<Sector, java.util.Optional<Actor>> bodies = new java.util.EnumMap<>(Sector.class);
        java.util.Map<String, java.util.Optional<Actor>> ministries = new java.util.HashMap<>();
        String lowerText = null;
        List<Sentence> sentences = doc.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            for (int i = 0; i < t.size(); i++) {
                int[] phrase = phraseAt(t, i);
                if (phrase == null || (phrase[1] - phrase[0] == 1 ? coveredByAName(found, t.get(phrase[0]).start(),
                        t.get(phrase[0]).end()) : covered(found, t.get(phrase[0]).start(), t.get(phrase[1] - 1).end()))) {
                    continue;
                }
                List<String> nouns = nouns(t, phrase);
                Set<String> kind = nouns.stream().allMatch(armed::contains) ? armed
                        : nouns.stream().allMatch(police::contains) && speaks(t, phrase[0], phrase[1]) ? police
                        : nouns.stream().allMatch(government::contains) && speaks(t, phrase[0], phrase[1]) ? government
                        : null;
                boolean office = kind == null && nouns.size() > 1 && ministry.contains(nouns.get(nouns.size() - 1));
                if (kind == null && !office) {
                    continue;
                }
                if (lowerText == null) {
                    lowerText = doc.text().toLowerCase(Locale.ROOT);
                }
                if (namedAround(lowerText, sentences, si, found, t.get(phrase[0]).start(), t.get(phrase[1] - 1).end(),
                        nouns)) {
                    continue; // the body named before or just after, as find() gives it
                }
                Actor body;
                if (office) { // 'the interior ministry says' in a story from Kenya: Kenya's
                    String words = String.join(" ", nouns);
                    body = ministries.computeIfAbsent(words, k -> java.util.Optional.ofNullable(
                            ministryOf(mainCountry(found), dictionary, k))).orElse(null);
                } else {
                    Sector sector = kind == armed ? Sector.MIL : kind == police ? Sector.COP : Sector.GOV;
                    body = bodies.computeIfAbsent(sector, k -> {
                        Actor only = onlyBody(found, kind, k);
                        return java.util.Optional.ofNullable(only != null ? only
                                : bodyOf(mainCountry(found), dictionary, kind, k));
                    }).orElse(null);
                }
                if (body != null) {
                    out.add(new Mention(t.get(phrase[0]).start(), t.get(phrase[1] - 1).end(), EntityType.ORGANIZATION,
                            body, 1, -1, -1, null, false));
                }
            }
        }
        return out;
    }

    /**
     * True when an organisation of {@code found} that holds every noun is named in the last few sentences before the
     * phrase at {@code [start, end)} of sentence {@code si}, or in the next few after it: the phrase's antecedent or
     * postcedent, as {@link #find} gives it. {@code lowerText} is the document's text in lower case.
     */
    boolean namedAround(String lowerText, List<Sentence> sentences, int si, List<Mention> found, int start, int end,
                        List<String> nouns) {
        int from = sentences.get(Math.max(0, si - SENTENCES_BACK)).start();
        int to = sentences.get(Math.min(sentences.size() - 1, si + SENTENCES_AHEAD)).end();
        return antecedent(lowerText, found, k -> true, from, start, nouns, Set.of()) >= 0
                || postcedent(lowerText, found, k -> true, end, to, nouns) >= 0;
    }

    /**
     * The one body of {@code sector} whose name holds one of {@code nouns} that the article names, before or after
     * the phrase ({@code ..., the military said. ... Armed Forces of the Philippines (AFP) spokesperson ...}); null
     * when it names none or several.
     */
    private static Actor onlyBody(List<Mention> found, Set<String> nouns, Sector sector) {
        Actor only = null;
        for (Mention m : found) {
            Actor a = m.actor();
            if (m.type() == EntityType.ORGANIZATION && a != null && a.sector() == sector && holdsOne(a.name(), nouns)) {
                if (only != null && !only.key().equals(a.key())) {
                    return null;
                }
                only = a;
            }
        }
        return only;
    }

    /** The article's place mentions of a known country, counted by the country's code. */
    static java.util.Map<String, Integer> placesByCountry(List<Mention> found) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : found) {
            if (m.type() == EntityType.LOCATION && m.actor() != null && m.actor().country() != null) {
                counts.merge(m.actor().country(), 1, Integer::sum);
            } else if (m.actor() != null && m.actor().placedCountry() != null) {
                counts.merge(m.actor().placedCountry(), 1, Integer::sum); // 'Bangladesh Nationalist Party'
            }
        }
        return counts;
    }

    /** The country most of the article's places lie in, or null when none is named twice and more than the rest. */
    static String mainCountry(List<Mention> found) {
        java.util.Map<String, Integer> counts = placesByCountry(found);
        String best = null;
        int top = 0;
        int second = 0;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= 2 && top > second ? best : null;
    }

    /**
     * The dictionary's body of {@code sector} for country {@code iso}: the state-body pattern one of {@code nouns}
     * forms with the country's name ('militer {country}', '{country} police'), or null.
     */
    private static Actor bodyOf(String iso, ActorDictionary dictionary, Set<String> nouns, Sector sector) {
        Actor country = dictionary.country(iso);
        if (country == null) {
            return null;
        }
        for (String noun : new java.util.TreeSet<>(nouns)) { // the nouns of definites.tsv, in a fixed order
            // 'militer {country}', then '{country} police' of state-bodies.tsv
            for (String words : List.of(noun + " " + country.name(), country.name() + " " + noun)) {
                Actor body = namedInFull(dictionary, words);
                if (body != null && body.sector() == sector) {
                    return body;
                }
            }
        }
        return null;
    }

    /**
     * The dictionary's body that {@code words} name for country {@code iso} ('interior ministry': the state-body
     * pattern '{country}'s interior ministry'), or null.
     */
    private static Actor ministryOf(String iso, ActorDictionary dictionary, String words) {
        Actor country = iso == null ? null : dictionary.country(iso);
        if (country == null) {
            return null;
        }
        return namedInFull(dictionary, country.name() + "'s " + words);
    }

    /** The dictionary's actor that {@code words} name, all of them; null when none does. */
    private static Actor namedInFull(ActorDictionary dictionary, String words) {
        List<Token> tokens = org.warta.extract.segment.Tokenizer.standard().tokenize(words, 0, words.length());
        ActorDictionary.Match m = dictionary.longestAt(tokens, 0);
        return m != null && m.length() == tokens.size() ? m.actor() : null;
    }

    /**
     * The phrase starting at token {@code i} as {first token, end token, first noun, end of nouns}: {@code the
     * [modifiers] head} (the mention leaves out {@code the}) or {@code head [modifiers] itu}; null when none.
     */
    private int[] phraseAt(List<Token> t, int i) {
        if (!openers.contains(t.get(i).lower())) {
            return null;
        }
        if (indefinite.contains(t.get(i).lower())) {
            return speakerOfABody(t, i);
        }
        int[] pointed = heads.contains(t.get(i).lower()) ? withDemonstrative(t, i) : null;
        if (pointed != null) {
            return pointed; // 'kata kementerian itu'
        }
        if (bare.contains(t.get(i).lower()) && (!t.get(i).isCapitalized() || i == 0 || !t.get(i - 1).isWord())) {
            return bareSpeaker(t, i) ? new int[] {i, i + 1, i, i + 1} : null; // 'police said', 'Police said'
        }
        if (before.contains(t.get(i).lower()) && i + 3 < t.size() && country.contains(t.get(i + 1).lower())
                && t.get(i + 2).isPossessive()) {
            return afterDeterminer(t, i + 2); // 'the country's military said': the country the article is about
        }
        if (before.contains(t.get(i).lower()) && i + 1 < t.size()) {
            return afterDeterminer(t, i);
        }
        return null;
    }

    /**
     * The phrase of the head noun at {@code i}, a few lower-case words and a demonstrative ('kementerian itu'), or
     * null.
     */
    private int[] withDemonstrative(List<Token> t, int i) {
        for (int k = i + 1; k < t.size() && k <= i + 1 + MAX_MODIFIERS; k++) {
            if (after.contains(t.get(k).lower())) {
                return new int[] {i, k + 1, i, k};
            }
            if (k + 1 < t.size() && after.contains(t.get(k).lower() + " " + t.get(k + 1).lower())) {
                return new int[] {i, k + 2, i, k}; // 'kementerian yang sama'
            }
            if (!t.get(k).isWord() || Character.isUpperCase(t.get(k).text().charAt(0))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The phrase after an indefinite word at token {@code i} that names one who speaks for a body, as {@link
     * #phraseAt}: a head noun and a 'speaker' noun ({@code an army spokesperson said}, {@code a police official
     * declined to comment}) or the other way round ({@code seorang pejabat militer mengatakan}), which speaks or
     * answers a figure; its noun is the head. Null otherwise: {@code a police officer was killed} is no body.
     */
    private int[] speakerOfABody(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i + 1).isWord() || !t.get(i + 2).isWord() || t.get(i + 1).isCapitalized()
                || t.get(i + 2).isCapitalized()) {
            return null;
        }
        String first = t.get(i + 1).lower(), second = t.get(i + 2).lower();
        int head = heads.contains(first) && speaker.contains(second) ? i + 1
                : speaker.contains(first) && heads.contains(second) ? i + 2 : -1;
        return head >= 0 && speaks(t, i + 1, i + 3) ? new int[] {i + 1, i + 3, head, head + 1} : null;
    }

    /** The phrase after a determiner at token {@code d}: {@code [modifiers] head}, as {@link #phraseAt}; or null. */
    private int[] afterDeterminer(List<Token> t, int d) {
        boolean capitalised = t.get(d + 1).isWord() && Character.isUpperCase(t.get(d + 1).text().charAt(0));
        for (int k = d + 1; k < t.size() && k <= d + 1 + MAX_MODIFIERS; k++) {
            Token w = t.get(k);
            if (!w.isWord() || Character.isUpperCase(w.text().charAt(0)) != capitalised) {
                return null; // 'the Defense Ministry', 'the General Staff' in capitals throughout, or none
            }
            if (heads.contains(w.lower()) && !(k + 1 < t.size() && heads.contains(t.get(k + 1).lower()))) {
                return new int[] {d + 1, k + 1, d + 1, k + 1};
            }
        }
        return null;
    }

    private static List<String> nouns(List<Token> t, int[] phrase) {
        List<String> words = new ArrayList<>();
        for (int k = phrase[2]; k < phrase[3]; k++) {
            words.add(t.get(k).lower());
        }
        return words;
    }

    /**
     * True when a found mention other than a guess of these very words with no actor ({@code Police} opening a
     * sentence, read as a name) overlaps {@code [start, end)}.
     */
    private static boolean coveredByAName(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (m.start() < end && start < m.end() && !(m.start() == start && m.end() == end && m.actor() == null)) {
                return true;
            }
        }
        return false;
    }

    /** True when a found mention overlaps {@code [start, end)}. */
    static boolean covered(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest organisation mentioned in {@code [from, before)} whose words hold every noun, one that stands inside
     * another noun phrase ({@code two soldiers of the Rwandan army}) only when no other does; -1 when none. A noun
     * that any organisation outside the state answers to ({@code the group}) takes the nearest such one, also one
     * named by other words when it opened its sentence ({@code The Sudan Doctors Network said ... the group said}),
     * before one that only relayed ({@code JNIM said in a statement relayed by the SITE Intelligence Group ... The
     * group said}).
     */
    private int antecedent(String lowerText, List<Mention> found, java.util.function.IntPredicate usable,
                           int from, int before, List<String> nouns, Set<Integer> subjects) {
        int best = -1;
        int nested = -1;
        int armedOnly = -1; // a military named by other words: only when none is named with the phrase's nouns
        int relaying = -1; // named with the nouns, but as the one that relayed ('relayed by the SITE Intelligence Group')
        // the head noun, first in Indonesian, last in English ('kelompok paramiliter itu', 'the militant group')
        boolean groupNouns = group.contains(nouns.get(0)) || group.contains(nouns.get(nouns.size() - 1));
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.type() != EntityType.ORGANIZATION || m.pronoun() || m.start() < from || m.end() > before
                    || !usable.test(i)) {
                continue;
            }
            String words = lowerText.substring(m.start(), m.end());
            boolean armedNouns = nouns.stream().allMatch(armed::contains);
            boolean armedForce = armedNouns && m.actor() != null && m.actor().sector() == Sector.MIL
                    && namesAnArmedForce(m.actor().name()); // 'Military of Nigeria', not its air force
            if (armedNouns && m.actor() != null && m.actor().sector() != Sector.MIL) {
                continue; // 'the army' is no rebel group named '... Liberation Army'
            }
            boolean named = holdsEvery(words, nouns);
            if (armedForce && !named) { // 'the army' after 'Nigerian troops'
                armedOnly = armedOnly >= 0 && found.get(armedOnly).start() > m.start() ? armedOnly : i;
                continue;
            }
            boolean subject = subjects.contains(m.start()) || subjects.contains(-m.end());
            if (named || groupNouns && subject && nonState(m) && !namesAnArmedForce(words)) { // not 'The Army'
                if (groupNouns && wordBefore(lowerText, m.start(), relay)) {
                    relaying = relaying >= 0 && found.get(relaying).start() > m.start() ? relaying : i;
                } else if (isInside(lowerText, m.start())) {
                    nested = nested >= 0 && found.get(nested).start() > m.start() ? nested : i;
                } else if (best < 0 || found.get(best).start() < m.start()) {
                    best = i;
                }
            }
        }
        return best >= 0 ? best : relaying >= 0 ? relaying : nested >= 0 ? nested : armedOnly;
    }

    /**
     * True for an organisation that may be called 'the group': one of no known sector, or of a sector outside the
     * state (armed groups, parties, rights and aid groups, churches, firms); not a government body, an armed force,
     * the police, a court, a legislature, an intelligence service, an intergovernmental body or an outlet.
     */
    private static boolean nonState(Mention m) {
        Sector s = m.actor() == null ? null : m.actor().sector();
        return s == null || !STATE.contains(s);
    }

    private static final Set<Sector> STATE = java.util.EnumSet.of(Sector.GOV, Sector.MIL, Sector.COP, Sector.JUD,
            Sector.SPY, Sector.LEG, Sector.IGO, Sector.JRN);

    /**
     * The first organisation mentioned in {@code [from, to)} whose words hold every noun and that stands inside no
     * other noun phrase: the body a definite phrase with nothing before it to refer to names by anticipation, as a lead
     * does ({@code ..., the police said. According to a statement issued by the Manipur Police ...}); -1 when none.
     */
    private int postcedent(String lowerText, List<Mention> found, java.util.function.IntPredicate usable, int from,
                           int to, List<String> nouns) {
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.type() != EntityType.ORGANIZATION || m.pronoun() || m.start() < from || m.end() > to
                    || !usable.test(i) || isInside(lowerText, m.start())) {
                continue;
            }
            if (headedBy(lowerText.substring(m.start(), m.end()), nouns)) {
                return i;
            }
        }
        return -1;
    }

    /** True when the lower-case words of a mention hold every noun, each as a whole word. */
    private static boolean holdsEvery(String words, List<String> nouns) {
        String padded = " " + words + " ";
        return nouns.stream().allMatch(n -> padded.contains(" " + n + " "));
    }

    /**
     * As {@link #holdsEvery}, but a police noun only as the name's head, first or last: a body named after the phrase
     * is 'the police' only when it is called so ('Manipur Police', 'Kepolisian Daerah Papua', not 'Central Reserve
     * Police Force').
     */
    private boolean headedBy(String words, List<String> nouns) {
        String padded = " " + words + " ";
        return holdsEvery(words, nouns) && (!nouns.stream().allMatch(police::contains)
                || nouns.stream().anyMatch(n -> padded.startsWith(" " + n + " ") || padded.endsWith(" " + n + " ")));
    }

    /**
     * True when the bare noun at {@code i} is a speaker ({@code police said}, {@code said police}, {@code according to
     * police}) and neither indefinite ({@code a local police source said}) nor definite by a determiner, which a
     * phrase of its own covers, nor an armed force's ({@code military police}).
     */
    private boolean bareSpeaker(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String w = t.get(k).lower();
            if (indefinite.contains(w) || before.contains(w) || k == i - 1 && armed.contains(w)) {
                return false;
            }
            if (!t.get(k).isWord() || t.get(k).isCapitalized()) {
                break;
            }
        }
        return speaks(t, i, i + 1);
    }

    /**
     * True when the phrase at {@code [from, to)} speaks or is cited: a reporting word follows it, at most two words on
     * ({@code police said}, {@code police have said}), stands right before it ({@code said police}), or an
     * 'according' phrase does ({@code according to police}), past a determiner ({@code according to the police});
     * words of {@code quote/cues.tsv}. Answering a figure is
     * speaking too ({@code Police rejected the claim}, {@code the government did not respond}), words of {@code
     * claim/responses.tsv}.
     */
    boolean speaks(List<Token> t, int from, int to) {
        NameLexicon lexicon = NameLexicon.standard();
        if (citedRightBefore(t, from)) {
            return true;
        }
        for (int k = to; k < t.size() && k <= to + 2; k++) {
            if (lexicon.is(t.get(k), NameLexicon.Kind.REPORTING) || reports.contains(t.get(k).lower())
                    || lexicon.phraseAt(t, k, NameLexicon.Kind.ANSWERING) > 0) {
                return true;
            }
            if (!t.get(k).isWord() || t.get(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a reporting word ({@code said police}) or an 'according' phrase ({@code according to police}) stands
     * right before token {@code from}, past a determiner ({@code according to the police}).
     */
    boolean citedRightBefore(List<Token> t, int from) {
        NameLexicon lexicon = NameLexicon.standard();
        int at = from > 0 && isDeterminer(t.get(from - 1)) ? from - 1 : from;
        return at > 0 && (lexicon.is(t.get(at - 1), NameLexicon.Kind.REPORTING)
                || lexicon.phraseEndingAt(t, at, NameLexicon.Kind.ACCORDING) > 0);
    }

    /** True for a noun that, with 'the' and a possessive, points to the article's country ({@code country}). */
    boolean isCountryNoun(String lowerWord) {
        return country.contains(lowerWord);
    }

    /** True for a determiner before a definite phrase's nouns ({@code the}). */
    boolean isDeterminer(Token t) {
        return before.contains(t.lower());
    }

    /** True for a phrase of one bare noun ({@code police} in {@code police said}). */
    private boolean isBare(List<Token> t, int[] phrase) {
        return phrase[1] - phrase[0] == 1 && bare.contains(t.get(phrase[0]).lower());
    }

    /** True when a word of {@code name} is one of {@code nouns} ('Military of Nigeria', 'Royal Thai Police'). */
    private static boolean holdsOne(String name, Set<String> nouns) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (nouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True for a noun that names any country's armed forces ({@code militer}, {@code army}); lower case. */
    boolean isArmed(String lowerWord) {
        return armed.contains(lowerWord);
    }

    /** True when a word of {@code name} is one of the nouns for any armed force ('Military of Nigeria'). */
    boolean namesAnArmedForce(String name) {
        return holdsOne(name, armed);
    }

    /**
     * The offsets of the sentences' first words (after a 'before' word) and of the ends of the capitalised runs that
     * open them: a mention that starts at the one or ends at the other is its sentence's subject ({@code JNIM said},
     * {@code The Sudan Doctors Network said}); none in a sentence that opens with a word of {@code
     * entity/common-words.txt} ({@code After CEO and co-founder Adam Neumann left}).
     */
    private Set<Integer> subjects(List<Sentence> sentences) {
        Set<Integer> out = new HashSet<>();
        NameLexicon lexicon = NameLexicon.standard();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            int k = openingAdverbialEnd(t); // 'Di sisi lain, Brigade Jenin, ... mengklaim'
            k = k < t.size() && before.contains(t.get(k).lower()) ? k + 1 : k;
            if (k >= t.size() || lexicon.isCommon(t.get(k)) || lexicon.phraseAt(t, k, NameLexicon.Kind.TITLE) > 0) {
                continue; // 'After CEO and co-founder Adam Neumann left', 'Direktur Rumah Sakit X, Dr. Y, mengatakan':
            }             // the subject comes later
            out.add(t.get(k).start());
            while (k < t.size() && t.get(k).isWord() && t.get(k).isCapitalized()) {
                k++;
            }
            if (k > 0 && t.get(k - 1).isCapitalized()) {
                out.add(-t.get(k - 1).end()); // an end, kept apart from the starts by its sign
            }
        }
        return out;
    }

    /**
     * The first token after a short opening adverbial closed by a comma ({@code Di sisi lain,}, {@code Sementara itu,},
     * {@code Meanwhile,}): up to three words, the first a common word, none but the first capitalised; 0 when the
     * sentence opens otherwise ({@code Hizbullah, dalam ...}).
     */
    private static int openingAdverbialEnd(List<Token> t) {
        if (t.isEmpty() || !NameLexicon.standard().isCommon(t.get(0))) {
            return 0;
        }
        for (int k = 0; k < t.size() && k <= MAX_ADVERBIAL_WORDS; k++) {
            Token w = t.get(k);
            if (w.text().equals(",")) {
                return k > 0 ? k + 1 : 0;
            }
            if (!w.isWord() || k > 0 && w.isCapitalized()) {
                return 0;
            }
        }
        return 0;
    }

    /** True when an {@code inside} word ({@code of}, with {@code the}) stands right before offset {@code start}. */
    private boolean isInside(String lowerText, int start) {
        return wordBefore(lowerText, start, inside);
    }

    /** True when one of {@code words}, with or without {@code the}, stands right before offset {@code start}. */
    private boolean wordBefore(String lowerText, int start, Set<String> wanted) {
        String[] words = lowerText.substring(Math.max(0, start - 12), start).trim().split("\\s+");
        for (int k = words.length - 1; k >= 0 && k >= words.length - 2; k--) {
            if (wanted.contains(words[k])) {
                return true;
            }
            if (!before.contains(words[k])) {
                return false;
            }
        }
        return false;
    }
}
