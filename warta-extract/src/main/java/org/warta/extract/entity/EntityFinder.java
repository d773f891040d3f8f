package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.warta.extract.Outcome;
import org.warta.extract.entity.tagger.NameTagger;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Span;

/**
 * People, organisations and places, each with every mention: names from the actor dictionaries, titles, context
 * and capitals ({@link NameFinder}), grouped per real-world actor ({@link MentionGroups}), with pronouns and
 * reporting-cue clitics ({@code ia}, {@code -nya}, {@code he}) joined to the person they refer back to, and
 * definite noun phrases ({@code kementerian itu}, {@code the ministry}) to the organisation. Ids run
 * {@code e1}, {@code e2}, ... in order of first mention. Thread-safe.
 */
public final class EntityFinder {
    /** Sentences back in which a pronoun's person may be named, none named between ('Menurut dia, ...'). */
    private static final int PRONOUN_REACH = 5;
    private final NameLexicon lexicon;
    private final NameFinder names;
    private final ActorDictionary dictionary;
    private final TaggedMentions tagged;
    /** Whether sources cited without a name are entities too ({@link UnnamedSources}); not for name evaluations. */
    private final boolean unnamedSources;

    /**
     * A finder with the shipped dictionaries, word lists and Indonesian tagger, and the user's additions. The
     * tagger's model is read on the first Indonesian sentence with a capital, not before: a run on English text
     * never reads it (about a second of a one-file run's start-up).
     */
    public EntityFinder() {
        this(ActorDictionary.standard(), (Supplier<NameTagger>) NameTagger::indonesian);
    }

    /** A finder on rules and dictionaries alone, without the trained tagger. */
    public EntityFinder(ActorDictionary dictionary) {
        this(dictionary, (NameTagger) null);
    }

    /** A finder that joins {@code tagger}'s names to the rules' in Indonesian text; null for rules alone. */
    public EntityFinder(ActorDictionary dictionary, NameTagger tagger) {
        this(dictionary, tagger == null ? null : (Supplier<NameTagger>) () -> tagger);
    }

    /** A finder that asks {@code tagger} for the tagger on the first Indonesian sentence; null for rules alone. */
    public EntityFinder(ActorDictionary dictionary, Supplier<NameTagger> tagger) {
        this.lexicon = NameLexicon.standard();
        this.dictionary = dictionary;
        this.names = new NameFinder(dictionary, lexicon);
        this.tagged = tagger == null ? null : new TaggedMentions(tagger, new TokenClues(lexicon, dictionary), lexicon);
        this.unnamedSources = true;
    }

    private EntityFinder(EntityFinder from, boolean unnamedSources) {
        this.lexicon = from.lexicon;
        this.dictionary = from.dictionary;
        this.names = from.names;
        this.tagged = from.tagged;
        this.unnamedSources = unnamedSources;
    }

    /**
     * This finder for names alone: sources cited without a name ({@code a local official said}) are no entities, as
     * a name-tagging evaluation wants.
     */
    public EntityFinder namesOnly() {
        return new EntityFinder(this, false);
    }

    public Outcome<List<Entity>> find(Document read) {
        String text = read.text();
        List<Mention> found = new ArrayList<>();
        Document doc = read.isIndonesian() ? read : AffiliatedNames.strip(read, dictionary);
        LowerCaseWords lowerCase = new LowerCaseWords(doc);
        Set<String> places = new HashSet<>();
        List<LexiconHits> listedBySentence = new ArrayList<>();
        Set<String> initials = new HashSet<>();
        Supplier<Set<String>> inside = capitalisedInside(doc);
        for (Sentence s : doc.sentences()) {
            LexiconHits listed = new LexiconHits(lexicon, s.tokens(), "en".equals(doc.language()));
            DictionaryHits hits = new DictionaryHits(dictionary, s.tokens(), listed);
            listedBySentence.add(listed);
            List<Mention> here = names.find(text, s, hits, listed, lowerCase, places, doc.isIndonesian());
            if (!doc.isIndonesian()) {
                here = NumberedUnits.join(s.tokens(), here, lexicon); // 'the 64th Infantry Battalion'
            }
            if (tagged != null && doc.isIndonesian()) {
                here = new ArrayList<>(tagged.merge(s, hits, listed, here));
                here.removeIf(m -> commonWordOpening(text, s.tokens(), m, inside));
            }
            here.removeIf(m -> namesAThing(s.tokens(), listed, m) || ownedByAClitic(text, m)
                    || namesADate(text, s.tokens(), m) || namesACurrency(text, m)
                    || noActor(s.tokens(), listed, m)
                    || m.actor() == null && dictionary.namesAModel(text.substring(m.start(), m.end())));
            for (Mention m : here) {
                if (m.type() == EntityType.LOCATION && m.evidence() >= 2) {
                    String words = text.substring(m.start(), m.end());
                    places.add(NameKey.fold(words.substring(words.lastIndexOf(' ') + 1)));
                    int space = words.indexOf(' ');
                    if (space > 0 && words.indexOf(' ', space + 1) > 0) { // 'Kabupaten Way Kanan': 'way kanan' too
                        places.add(NameKey.fold(words.substring(space + 1)));
                    }
                    places.add(NameKey.fold(words));
                }
            }
            found.addAll(here);
            initials(s.tokens(), listed, initials, found);
        }
        for (Mention m : RepeatedNames.find(doc, found, listedBySentence)) {
            found.removeIf(p -> p.start() == m.start() && p.end() == m.end()); // the place the name's word also is
            insertInOrder(found, m);
        }
        for (Mention m : DefiniteNouns.standard().nationalBodiesOfTheArticle(doc, found, dictionary)) {
            found.removeIf(p -> p.start() == m.start() && p.end() == m.end()); // 'Police' guessed as a name
            insertInOrder(found, m);
        }
        if (!doc.isIndonesian()) {
            for (Mention m : DescribedBodies.standard().find(doc, found)) {
                // the place among its words is part of its name ('the White Nile state government said')
                found.removeIf(p -> p.start() < m.end() && m.start() < p.end());
                insertInOrder(found, m);
            }
        }
        if (unnamedSources) {
            for (Mention m : UnnamedSources.standard().find(doc, found)) {
                found.removeIf(p -> p.start() < m.end() && m.start() < p.end()); // the place in its description
                insertInOrder(found, m);
            }
            for (Mention m : Hearsay.standard().find(doc, found)) {
                found.removeIf(p -> p.start() < m.end() && m.start() < p.end()); // 'WhatsApp' in its words
                insertInOrder(found, m); // 'posts on social media claiming that'
            }
        }
        HomeBodies.retarget(text, found); // 'Kementerian Kesehatan' in a story from Sanaa is not Indonesia's
        if (!initials.isEmpty()) {
            found.replaceAll(m -> initials.contains(text.substring(m.start(), m.end()))
                    ? Mention.name(m.start(), m.end(), EntityType.PERSON, null, 3) : m);
        }
        BareForms.retarget(text, found);
        MentionGroups.redefineAcronyms(text, found);
        MentionGroups groups = new MentionGroups(text, found);
        List<List<Integer>> byActor = groups.groups();
        List<List<Mention>> members = new ArrayList<>();
        byActor.removeIf(g -> g.stream().allMatch(i -> isBareGuess(text, found.get(i))));
        Set<Integer> kept = new HashSet<>();
        for (List<Integer> g : byActor) {
            kept.add(groups.group(g.get(0)));
        }
        for (List<Integer> g : byActor) {
            members.add(new ArrayList<>(g.stream().map(found::get).toList()));
        }
        joinPronouns(doc, listedBySentence, found, groups, byActor, members);
        for (DefiniteNouns.Reference r : DefiniteNouns.standard().find(doc, found, i -> kept.contains(groups.group(i)))) {
            join(groups.group(r.antecedent()), new Mention(r.start(), r.end(), EntityType.ORGANIZATION, null, 0, -1, -1,
                    null, true), groups, byActor, members);
        }
        RoleNouns.Found offices = RoleNouns.standard().find(doc, found, i -> kept.contains(groups.group(i)));
        for (DefiniteNouns.Reference r : offices.references()) {
            join(groups.group(r.antecedent()), new Mention(r.start(), r.end(), EntityType.PERSON, null, 0, -1, -1,
                    null, true), groups, byActor, members); // 'the governor said'
        }
        if (unnamedSources) {
            unheldOffices(text, offices.unheld(), members);
        }
        List<Entity> entities = new ArrayList<>();
        EntityBuilder builder = new EntityBuilder(doc, found, dictionary);
        for (List<Mention> g : members) {
            g.sort(Comparator.comparingInt(Mention::start));
            entities.add(builder.build("e" + (entities.size() + 1), g));
        }
        return Outcome.of(List.copyOf(entities));
    }

    /**
     * A name found by form alone that ends in a hyphened clitic ({@code kanal Telegram-nya}, 'its Telegram
     * channel'): a thing someone owns, no actor.
     */
    private boolean ownedByAClitic(String text, Mention m) {
        if (m.actor() != null) {
            return false;
        }
        for (int i = m.end() - 2; i > m.start(); i--) {
            if (text.charAt(i) == '-') {
                return lexicon.isClitic(text.substring(i + 1, m.end())); // the clitics of entity/pronouns.tsv
            }
        }
        return false;
    }

    /**
     * Adds the initials a person is named by in this sentence ({@code tersangka berinisial AS}): two to five capitals
     * after an {@code initials} word, or before an age in brackets, as the rest of a list of them goes on ({@code
     * berinisial AS (34), MR (29), dan FA (23)}, {@code MRA (17), DS (16) dan FA (17)}). Crime news names suspects
     * so; every mention of those capitals is then that person, not the country or body a dictionary gives them.
     */
    private static void initials(List<Token> tokens, LexiconHits listed, Set<String> out, List<Mention> found) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text();
            if (w.length() >= 2 && w.length() <= 5 && allCapitals(w)
                    && (listed.is(i - 1, NameLexicon.Kind.INITIALS) || agedAfter(tokens, i))) {
                out.add(w);
                if (found.stream().noneMatch(m -> m.start() <= t.start() && t.end() <= m.end())) {
                    insertInOrder(found, Mention.name(t.start(), t.end(), EntityType.PERSON, null, 3)); // in text order
                }
            }
        }
    }

    /** True when an age in brackets follows token {@code i} ({@code (34)}): a number of one or two digits. */
    private static boolean agedAfter(List<Token> tokens, int i) {
        if (i + 3 >= tokens.size() || !tokens.get(i + 1).text().equals("(") || !tokens.get(i + 3).text().equals(")")) {
            return false;
        }
        String age = tokens.get(i + 2).text();
        return (age.length() == 1 || age.length() == 2) && Character.isDigit(age.charAt(0))
                && Character.isDigit(age.charAt(age.length() - 1)) && age.charAt(0) != '0';
    }

    /**
     * A one-word name with nothing to say what it is, opening the sentence, that the article also writes in lower
     * case: a common word capitalised by its place ({@code "... Klaim mereka tidak benar"} beside {@code membantah
     * klaim itu}). The rules read such words so; this holds the tagger's names to it too.
     */
    private static boolean commonWordOpening(String text, List<Token> tokens, Mention m,
                                             Supplier<Set<String>> capitalisedInside) {
        if (m.actor() != null || m.evidence() > 1 || m.pronoun() || tokens.isEmpty()) {
            return false;
        }
        int at = Token.indexAt(tokens, m.start());
        if (at >= tokens.size() || tokens.get(at).start() != m.start() || tokens.get(at).end() != m.end()
                || !opensASentence(tokens, at)) {
            return false;
        }
        String surface = text.substring(m.start(), m.end());
        return writtenInLowerCase(text, surface) // a scan: cheaper than the article's word set for a word or two
                && !capitalisedInside.get().contains(NameKey.fold(surface)); // 'Desa Motoling' ... 'desa motoling'
    }

    /** True when the article writes {@code word} with a lower-case first letter as a whole word somewhere. */
    private static boolean writtenInLowerCase(String text, String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = Character.toLowerCase(word.charAt(0)) + word.substring(1);
        for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            int end = at + lower.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code at} opens a sentence: the first word, after an opening mark, or after a full stop,
     * question or exclamation mark inside a quotation the segmenter keeps whole ({@code "... itu. Klaim mereka ..."}).
     */
    private static boolean opensASentence(List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && !tokens.get(k).isWord() && !isStop(tokens.get(k).text())) {
            k--; // opening marks and brackets
        }
        return k < 0 || isStop(tokens.get(k).text());
    }

    private static boolean isStop(String t) {
        return t.equals(".") || t.equals("?") || t.equals("!");
    }

    /**
     * An organisation or place found with no dictionary actor whose words are a thing's, a unit's or a time's
     * acronym ({@code (03:40 GMT)}, {@code an IED}, {@code dirawat di ICU}: {@code entity/common-acronyms.txt}) or a
     * rank alone ({@code Kapolres Bima AKBP Eko}, where the tagger reads {@code AKBP} as a body): no actor. A person
     * so written stays ({@code tersangka berinisial AM}; {@code the DPO} as an office's holder).
     */
    private boolean noActor(List<Token> tokens, LexiconHits listed, Mention m) {
        if (m.actor() != null || m.pronoun() || m.type() == EntityType.PERSON) {
            return false;
        }
        int from = Token.indexAt(tokens, m.start());
        if (from >= tokens.size() || tokens.get(from).start() != m.start()) {
            return false;
        }
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= m.end()) {
            to++;
        }
        return to - from == 1 && lexicon.isCommonAcronym(tokens.get(from))
                || listed.phraseAt(from, NameLexicon.Kind.TITLE) == to - from;
    }

    /**
     * A guessed one-word name right after a word for a weapon or machine ({@code pesawat Rafale}): the thing's model.
     * A longer name there is often its operator's ({@code pesawat Pelita Air Service}).
     */
    private static boolean namesAThing(List<Token> tokens, LexiconHits listed, Mention m) {
        if (m.actor() != null || m.evidence() > 1 || m.pronoun()) {
            return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() == m.start()) {
                if (tokens.get(k).end() != m.end()) {
                    return endsInAThingWord(tokens, listed, k, m.end()); // 'the Penal Code', 'Refugee Convention'
                }
                return k > 0 && !tokens.get(k - 1).isCapitalized() && listed.is(k - 1, NameLexicon.Kind.THING_CUE);
            }
        }
        return false;
    }

    /**
     * True for a name found by its form that is or ends in a month's name with a number right after it, or is one
     * with a number right before it: a date ('in May 2023', 'on 5 May', 'Updated Jan 27, 2026'), no place or person.
     */
    private static boolean namesADate(String text, List<Token> tokens, Mention m) {
        if (m.actor() != null || !digitNextTo(text, m)) {
            return false; // most names stand by no number: the tokens are not sought for them
        }
        int first = Token.indexAt(tokens, m.start());
        int last = Token.indexAt(tokens, m.end()) - 1; // the name's last token
        if (first >= tokens.size() || last < first
                || org.warta.extract.date.DateNames.standard().month(tokens.get(last).text()) == null) {
            return false;
        }
        return last + 1 < tokens.size() && tokens.get(last + 1).isNumeric()
                || first == last && first > 0 && tokens.get(first - 1).isNumeric();
    }

    /** True when the first character past the spaces after the mention, or before it, is a digit. */
    private static boolean digitNextTo(String text, Mention m) {
        int after = m.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        int before = m.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return after < text.length() && Character.isDigit(text.charAt(after))
                || before >= 0 && Character.isDigit(text.charAt(before));
    }

    /** True for a country's letters that open a currency's sign ('US$47,000'): money, no mention of the country. */
    private static boolean namesACurrency(String text, Mention m) {
        return m.actor() != null && m.actor().isCountry() && m.end() < text.length() && text.charAt(m.end()) == '$';
    }

    /** True when the name of two or more words from token {@code first} to offset {@code end} ends in a thing-tail. */
    private static boolean endsInAThingWord(List<Token> tokens, LexiconHits listed, int first, int end) {
        for (int k = first + 1; k < tokens.size() && tokens.get(k).start() < end; k++) {
            if (tokens.get(k).end() == end) {
                return listed.is(k, NameLexicon.Kind.THING_TAIL);
            }
        }
        return false;
    }

    /** The words the article capitalises inside a sentence (folded), gathered on first use. */
    private static Supplier<Set<String>> capitalisedInside(Document doc) {
        return new Supplier<>() {
            private Set<String> words;

            @Override
            public Set<String> get() {
                if (words == null) {
                    words = new HashSet<>();
                    for (Sentence s : doc.sentences()) {
                        List<Token> t = s.tokens();
                        for (int i = 1; i < t.size(); i++) {
                            if (t.get(i).isCapitalized() && !opensASentence(t, i)) {
                                words.add(NameKey.fold(t.get(i).text()));
                            }
                        }
                    }
                }
                return words;
            }
        };
    }

    private static boolean allCapitals(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One capitalised word with nothing to say what it is: too often a common noun to count as a name. */
    private static boolean isBareGuess(String text, Mention m) {
        return m.actor() == null && m.evidence() == 0 && text.substring(m.start(), m.end()).indexOf(' ') < 0;
    }

    /** True for a mention that refers back rather than names ({@code Ia}, {@code nya}, {@code he}). */
    public static boolean refersBack(Span mention) {
        NameLexicon lex = NameLexicon.standard();
        return mention.text() != null && (lex.isPronoun(mention.text()) || lex.isClitic(mention.text())
                || lex.isBodyPronoun(mention.text()));
    }

    /**
     * True for hearsay that gives a figure ({@code posts on social media claiming}, {@link Hearsay}): a source of its
     * figure, but no one a later quotation or cue may refer back to.
     */
    public static boolean isHearsay(Entity e) {
        return Hearsay.standard().names(e);
    }

    /** True for a function word, never a name ({@code entity/common-words.txt}: 'setelah', 'during'). */
    public static boolean isCommonWord(Token word) {
        return NameLexicon.standard().isCommon(word);
    }

    /** True for a mention that refers back to an organisation that speaks ({@code it} in {@code it said}). */
    public static boolean refersToABody(Span mention) {
        return mention.text() != null && NameLexicon.standard().isBodyPronoun(mention.text());
    }

    private void joinPronouns(Document doc, List<LexiconHits> listed, List<Mention> found, MentionGroups groups,
                              List<List<Integer>> byActor, List<List<Mention>> members) {
        List<Sentence> sentences = doc.sentences();
        List<List<Integer>> persons = new ArrayList<>();
        Map<Integer, Integer> indexOfStart = new HashMap<>();
        for (Sentence s : sentences) {
            indexOfStart.put(s.start(), persons.size());
            persons.add(new ArrayList<>());
        }
        // a name read as a person here may be a place all told ('airlifted to Raipur, ..., he said'); no pronoun is a
        // place's (a person's name with a title may be an organisation's, 'Police Lieutenant-General X', and stays)
        Set<Integer> notPlaces = new HashSet<>();
        for (int g = 0; g < byActor.size(); g++) {
            if (EntityBuilder.typeOf(members.get(g)) != EntityType.LOCATION) {
                notPlaces.add(groups.group(byActor.get(g).get(0)));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            Sentence s = doc.sentenceAt(m.start());
            if (m.type() == EntityType.PERSON && s != null && notPlaces.contains(groups.group(i))
                    && !Hearsay.standard().found(m)) { // 'he' is never 'posts on social media'
                persons.get(indexOfStart.get(s.start())).add(i);
            }
        }
        String text = doc.text();
        for (List<Integer> p : persons) {
            // a possessor ('The key to Stadia's success, says Buser') is a pronoun's antecedent only where no other
            // person of its sentence is
            p.sort(Comparator.comparing((Integer i) -> Tokenizer.possessiveAt(text, found.get(i).end()))
                    .thenComparingInt(i -> found.get(i).start()));
        }
        List<List<Integer>> bodies = null; // read on the first pronoun for a body: most articles have none
        int[] subjects = null;
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> tokens = sentences.get(si).tokens();
            for (int ti = 0; ti < tokens.size(); ti++) {
                Token t = tokens.get(ti);
                if (bodyPronounByACue(tokens, ti)) { // '"Own troops responded ...," it said': the body that spoke
                    if (bodies == null) {
                        bodies = speakingBodies(doc, found, indexOfStart);
                        subjects = bodySubjects(doc, found, indexOfStart);
                    }
                    // after its cue ('Kyiv says it has hit 40 depots') it is the cue's subject, in its sentence
                    boolean afterCue = ti + 1 == tokens.size()
                            || !lexicon.is(tokens.get(ti + 1), NameLexicon.Kind.REPORTING);
                    int body = afterCue ? lastSpeakingBefore(bodies.get(si), t.start(), found)
                            : bodyReferredTo(doc, bodies, subjects, si, t.start(), found);
                    if (body >= 0) {
                        join(groups.group(body), new Mention(t.start(), t.end(), EntityType.ORGANIZATION, null, 0, -1,
                                -1, null, true), groups, byActor, members);
                    }
                    continue;
                }
                int start;
                if (listed.get(si).isPronoun(ti)) {
                    start = t.start();
                } else {
                    int clitic = listed.get(si).cliticOnCue(ti);
                    if (clitic == 0) {
                        continue;
                    }
                    start = t.end() - clitic;
                }
                int antecedent = antecedent(persons, si, start, found);
                if (antecedent < 0) {
                    continue;
                }
                join(groups.group(antecedent), new Mention(start, t.end(), EntityType.PERSON, null, 0, -1, -1, null,
                        true), groups, byActor, members);
            }
        }
    }

    /** True when token {@code ti} is a pronoun for a body right before or after a reporting cue ('it said'). */
    private boolean bodyPronounByACue(List<Token> tokens, int ti) {
        return lexicon.isBodyPronoun(tokens.get(ti))
                && (ti + 1 < tokens.size() && lexicon.is(tokens.get(ti + 1), NameLexicon.Kind.REPORTING)
                || ti > 0 && lexicon.is(tokens.get(ti - 1), NameLexicon.Kind.REPORTING));
    }

    /**
     * The organisations of each sentence that speak there, outlets left out: a reporting word follows them, at most
     * three words on ({@code the ministry said}, {@code the ministry said on Telegram}: not Telegram), or stands right
     * before them ({@code said the ministry}), or an 'according' phrase does ({@code according to the ministry}).
     * What a pronoun for a body may refer back to, in text order.
     */
    private List<List<Integer>> speakingBodies(Document doc, List<Mention> found, Map<Integer, Integer> indexOfStart) {
        List<List<Integer>> bodies = new ArrayList<>();
        for (int k = 0; k < doc.sentences().size(); k++) {
            bodies.add(new ArrayList<>());
        }
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            Sentence s = doc.sentenceAt(m.start());
            if (nonOutletBody(m) && s != null && speaks(s.tokens(), m)) {
                bodies.get(indexOfStart.get(s.start())).add(i);
            }
        }
        return bodies;
    }

    /** True for a mention, no pronoun, of an organisation that is no news outlet: one a pronoun for a body may be. */
    private static boolean nonOutletBody(Mention m) {
        return m.type() == EntityType.ORGANIZATION && !m.pronoun()
                && (m.actor() == null || m.actor().sector() != Sector.JRN);
    }

    /** True when mention {@code m} speaks in its sentence's {@code tokens} (see {@link #speakingBodies}). */
    private boolean speaks(List<Token> tokens, Mention m) {
        int first = Token.indexAt(tokens, m.start());
        int after = Token.indexAt(tokens, m.end());
        if (after + 2 < tokens.size() && tokens.get(after).text().equals("(")
                && tokens.get(after + 2).text().equals(")")) {
            after += 3; // its acronym in brackets ('Africa Command (AFRICOM) said')
        }
        for (int k = after; k < Math.min(tokens.size(), after + 3) && tokens.get(k).isWord(); k++) {
            if (lexicon.is(tokens.get(k), NameLexicon.Kind.REPORTING)) {
                return true; // not 'on Telegram, it said'
            }
        }
        return DefiniteNouns.standard().citedRightBefore(tokens, first);
    }

    /** The last of a sentence's speaking {@code bodies} before offset {@code at}, or -1. */
    private static int lastSpeakingBefore(List<Integer> bodies, int at, List<Mention> found) {
        int last = -1;
        for (int i : bodies) {
            if (found.get(i).end() <= at) {
                last = i;
            }
        }
        return last;
    }

    /**
     * The organisation a pronoun for a body at offset {@code at} refers to: the last body that speaks before it in its
     * sentence, else, in the nearest of the three sentences before with one, the organisation that opens it as its
     * subject, when it speaks there or the sentence cites no one ('The RSF gave a different account. In a statement on
     * Telegram, it said ...'), or the last body that speaks there; -1 when none.
     */
    private int bodyReferredTo(Document doc, List<List<Integer>> bodies, int[] subjects, int si, int at,
                               List<Mention> found) {
        for (int back = 0; back <= 3 && si - back >= 0; back++) {
            int subject = back > 0 ? subjects[si - back] : -1;
            if (subject >= 0 && (bodies.get(si - back).contains(subject) || !citesAnyone(doc, si - back))) {
                return subject; // not 'Security forces have shot dead 47 people, according to Plataforma Decide'
            }
            int last = lastSpeakingBefore(bodies.get(si - back), back > 0 ? Integer.MAX_VALUE : at, found);
            if (last >= 0) {
                return last;
            }
        }
        return -1;
    }

    /** True when sentence {@code si} holds a reporting word or an 'according' phrase. */
    private boolean citesAnyone(Document doc, int si) {
        List<Token> t = doc.sentences().get(si).tokens();
        for (int k = 0; k < t.size(); k++) {
            if (lexicon.is(t.get(k), NameLexicon.Kind.REPORTING)
                    || lexicon.phraseAt(t, k, NameLexicon.Kind.ACCORDING) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each sentence, the organisation (no outlet) that opens it, past a determiner, as its subject; -1 when
     * another word does.
     */
    private static int[] bodySubjects(Document doc, List<Mention> found, Map<Integer, Integer> indexOfStart) {
        int[] out = new int[doc.sentences().size()];
        java.util.Arrays.fill(out, -1);
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            Sentence s = doc.sentenceAt(m.start());
            if (s == null) {
                continue;
            }
            int si = indexOfStart.get(s.start());
            List<Token> t = s.tokens();
            int first = t.isEmpty() ? 0 : DefiniteNouns.standard().isDeterminer(t.get(0)) ? 1 : 0;
            if (out[si] < 0 && first < t.size() && t.get(first).start() == m.start() && nonOutletBody(m)) {
                out[si] = i;
            }
        }
        return out;
    }

    /** Adds {@code m} in text order, as the groups' acronym and short-name rules read the mentions. */
    private static void insertInOrder(List<Mention> found, Mention m) {
        int at = found.size();
        while (at > 0 && found.get(at - 1).start() > m.start()) {
            at--;
        }
        found.add(at, m);
    }

    /**
     * Makes each office that speaks with no holder in the article ({@code the regional governor said}) a source
     * without a name, as {@link UnnamedSources} does for {@code a local official}: a person named by the office's
     * words, which are its role. Later phrases of the same office's noun ({@code the governor}) are that person.
     */
    private static void unheldOffices(String text, List<RoleNouns.Office> offices, List<List<Mention>> members) {
        Map<String, List<Mention>> byNoun = new HashMap<>();
        for (RoleNouns.Office o : offices) {
            List<Mention> group = byNoun.get(o.noun());
            if (group == null) {
                Actor actor = Actor.unnamed(null, o.sector(), text.substring(o.start(), o.end()));
                group = new ArrayList<>();
                byNoun.put(o.noun(), group);
                int at = 0;
                while (at < members.size() && members.get(at).get(0).start() < o.start()) {
                    at++;
                }
                members.add(at, group);
                group.add(Mention.name(o.start(), o.end(), EntityType.PERSON, actor, 2)
                        .withRole(o.start(), o.end(), o.sector()));
            } else {
                group.add(new Mention(o.start(), o.end(), EntityType.PERSON, null, 0, -1, -1, null, true));
            }
        }
    }

    /** Adds a mention that refers back to the entity of group {@code root}. */
    private static void join(int root, Mention m, MentionGroups groups, List<List<Integer>> byActor,
                             List<List<Mention>> members) {
        for (int g = 0; g < byActor.size(); g++) {
            if (groups.group(byActor.get(g).get(0)) == root) {
                members.get(g).add(m);
            }
        }
    }

    /**
     * The person a pronoun at {@code at} refers to: the first person named earlier in its sentence, else the
     * first person of the nearest of the {@value #PRONOUN_REACH} sentences before it that names one (subjects come
     * first, possessors last).
     */
    private static int antecedent(List<List<Integer>> persons, int si, int at, List<Mention> found) {
        for (int back = 0; back <= PRONOUN_REACH && si - back >= 0; back++) {
            for (int i : persons.get(si - back)) {
                if (back > 0 || found.get(i).end() <= at) {
                    return i;
                }
            }
        }
        return -1;
    }
}
