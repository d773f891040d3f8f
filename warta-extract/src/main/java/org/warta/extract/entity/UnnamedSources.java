package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * Sources that news cites without a name ({@code entity/unnamed-sources.tsv}): {@code a security source said},
 * {@code A local official in Bol, who asked not to be identified, said}, {@code according to a nurse at the general
 * hospital}, {@code Residents said}, {@code kata seorang relawan kesehatan di desa itu}. A description of someone not
 * named (a determiner, or none for a plural or at a sentence's start; up to {@value #MAX_MODIFIERS} lower-case
 * modifiers; a head noun; where the source is or works) that speaks or is cited is a person of its own, named by its
 * words, so that what it says is not the outlet's own voice. {@code the official said} and {@code the same source}
 * refer back to the latest one of that head within {@value #BACK} sentences when no person is named between. A
 * description holding a named organisation or person before its head ({@code a Hamas official}) is that actor's, and
 * left to it. Its description without where it is ({@code local official}) is its role, which its name opens:
 * {@link org.warta.extract.claim.EntityIndex#isUnnamed} tells it so from the record alone. Thread-safe.
 */
final class UnnamedSources {
    private static final int MAX_MODIFIERS = 3;
    /** Tokens of where the source is, after its preposition, at most. */
    private static final int MAX_WHERE = 7;
    /** Tokens of an aside between commas after the description ({@code , who asked not to be named,}) at most. */
    private static final int MAX_ASIDE = 30;
    /** Lower-case words between the description (or its aside) and the reporting word ({@code had earlier told}). */
    private static final int MAX_GAP = 3;
    /** Sentences back that {@code the official} may refer to an unnamed source. */
    private static final int BACK = 8;

    /** The words of one language. */
    private static final class Words {
        final Map<String, Optional<Sector>> heads = new HashMap<>();
        final Set<String> determiners = new HashSet<>();
        final Set<String> prepositions = new HashSet<>();
        final Set<String> cuesAfter = new HashSet<>();
        final Set<String> cuesBefore = new HashSet<>();
        final Set<String> stops = new HashSet<>();
        final Set<String> same = new HashSet<>();
        /** Whether a cue written before its speaker cites the description after it ('kata seorang relawan'). */
        boolean personCuesBefore;
        final Set<String> verbEndings = new HashSet<>();
        final Set<String> passives = new HashSet<>();
        final Set<String> relatives = new HashSet<>();
        /** Words that open a clause, after which a plural head needs no determiner ('though authorities say'). */
        final Set<String> conjunctions = new HashSet<>();
        /** Each plural head's singular ('officials' -> 'official'). */
        final Map<String, String> singulars = new HashMap<>();

        /** The singular of a head, or the head itself. */
        String singular(String head) {
            return singulars.getOrDefault(head, head);
        }
    }

    private final Map<String, Words> byLanguage = new HashMap<>();

    private UnnamedSources() {
        for (LexiconRow row : LexiconFile.rows("entity/unnamed-sources.tsv")) {
            Words w = byLanguage.computeIfAbsent(row.column(1), k -> new Words());
            String word = row.column(0).toLowerCase(Locale.ROOT);
            switch (row.column(2)) {
                case "head" -> {
                    w.heads.put(word, Optional.ofNullable(Sector.column(row, 3)));
                    String singular = row.column(4, null);
                    if (singular != null) {
                        w.singulars.put(word, singular.toLowerCase(Locale.ROOT));
                    }
                }
                case "determiner" -> w.determiners.add(word);
                case "preposition" -> w.prepositions.add(word);
                case "cue" -> ("before".equals(row.column(3, null)) ? w.cuesBefore : w.cuesAfter).add(word);
                case "stop" -> w.stops.add(word);
                case "same", "demonstrative" -> w.same.add(word);
                case "verb-ending" -> w.verbEndings.add(word);
                case "passive" -> w.passives.add(word);
                case "relative" -> {
                    w.relatives.add(word);
                    w.stops.add(word);
                }
                case "conjunction" -> {
                    w.conjunctions.add(word);
                    w.stops.add(word);
                }
                case "option" -> w.personCuesBefore |= word.equals("person-cues-before");
                default -> throw new org.warta.extract.lexicon.LexiconException(row, "unknown kind '" + row.column(2)
                        + "'; expected head, determiner, preposition, cue, stop, relative, same, demonstrative, "
                        + "verb-ending, passive, conjunction or option");
            }
        }
    }

    static UnnamedSources standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final UnnamedSources STANDARD = new UnnamedSources();
    }

    /** A source found: its mention, its head noun, and the index of its sentence. */
    private record Found(Mention mention, String head, int sentence) {
    }

    /** The mentions of unnamed sources in {@code doc}, given the mentions {@code found} so far. */
    List<Mention> find(Document doc, List<Mention> found) {
        Words w = byLanguage.get(doc.isIndonesian() ? "id" : "en");
        if (w == null) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!w.heads.containsKey(t.get(i).lower())) {
                    continue;
                }
                int[] span = doc.isIndonesian() ? headFirst(w, t, i, found) : headLast(w, t, i, found);
                if (span == null) {
                    Found back = doc.isIndonesian() ? pointedBack(w, t, i, si, out, found)
                            : referredBack(w, t, i, si, out, found);
                    if (back != null) {
                        out.add(back);
                    }
                    continue;
                }
                int from = span[0];
                int to = span[1];
                if (overlapsAName(found, t.get(from).start(), t.get(to - 1).end(), t.get(i).start())) {
                    continue;
                }
                int start = t.get(from).start();
                int end = t.get(to - 1).end();
                String name = doc.text().substring(start, end);
                Sector sector = w.heads.get(t.get(i).lower()).orElse(null);
                // no country of the article's for a state's source: the state's silence answers its figures
                Actor actor = Actor.unnamed(countryWithin(found, start, end), sector, name);
                // the mention ends with the description's last word before where the source is, whose places stay
                int last = doc.isIndonesian() ? lastModifier(w, t, i, to) : i;
                int roleEnd = t.get(last).end(); // its description is its role: no name of its own
                out.add(new Found(Mention.name(start, roleEnd, EntityType.PERSON, actor, 2)
                        .withRole(start, roleEnd, sector), t.get(i).lower(), si));
                i = to - 1;
            }
        }
        return out.stream().map(Found::mention).toList();
    }

    /**
     * An English description ending in the head at {@code head}: its tokens {@code [from, to)} (without the
     * determiner, with where the source is), or null when it is none or does not speak.
     */
    private int[] headLast(Words w, List<Token> t, int head, List<Mention> found) {
        int k = head - 1;
        int modifiers = 0;
        while (k >= 0 && modifiers < MAX_MODIFIERS && isModifier(w, t, k, found)) {
            k--;
            modifiers++;
        }
        if (head + 1 < t.size() && DescribedBodies.possessiveAt(t, head + 1)) {
            return null; // 'a doctors' committee': the head of another noun
        }
        int opening = k; // the determiner, or what stands before a bare description
        boolean determined = opening >= 0 && w.determiners.contains(t.get(opening).lower());
        boolean plural = w.singulars.containsKey(t.get(head).lower());
        boolean bare = opening < 0 || ",".equals(t.get(opening).text()) || citedBefore(w, t, k + 1)
                || w.conjunctions.contains(t.get(opening).lower())
                || opening == 0 && NameLexicon.standard().isCommon(t.get(0)); // 'But residents said'
        if (!determined && !(plural && bare)) {
            return null;
        }
        int to = whereAfter(w, t, head + 1);
        return speaks(w, t, determined ? opening : k + 1, to, found) ? new int[] {k + 1, to} : null;
    }

    /**
     * An Indonesian description opening with the head at {@code head} ({@code pejabat senior kepolisian}, {@code
     * sumber di Kementerian Pertahanan}): its tokens, or null.
     */
    private int[] headFirst(Words w, List<Token> t, int head, List<Mention> found) {
        int k = head;
        while (k > 0 && w.determiners.contains(t.get(k - 1).lower())) {
            k--; // 'salah seorang'
        }
        int to = head + 1;
        int modifiers = 0;
        while (to < t.size() && modifiers < MAX_MODIFIERS && isPlainWord(w, t.get(to))) {
            to++;
            modifiers++;
        }
        if (to < t.size() && w.same.contains(t.get(to).lower())) {
            return null; // 'pejabat tersebut': one named before
        }
        to = pastACountry(t, to, found); // 'petugas pertahanan sipil Lebanon'
        to = whereAfter(w, t, to);
        boolean opens = k == 0 || ",".equals(t.get(k - 1).text()) || k < head || citedBefore(w, t, k);
        if (!opens || !speaks(w, t, k, to, found)) {
            return null;
        }
        return new int[] {head, to};
    }

    /** The last of the Indonesian head's plain modifiers in {@code [head, to)}: the head itself when none. */
    private int lastModifier(Words w, List<Token> t, int head, int to) {
        int k = head;
        while (k + 1 < to && isPlainWord(w, t.get(k + 1))) {
            k++;
        }
        return k;
    }

    /** The token after a country's name that starts at token {@code k}, or {@code k} when none does. */
    private static int pastACountry(List<Token> t, int k, List<Mention> found) {
        if (k >= t.size()) {
            return k;
        }
        for (Mention m : found) {
            if (m.start() == t.get(k).start() && m.actor() != null && m.actor().isCountry()) {
                int j = k;
                while (j < t.size() && t.get(j).end() <= m.end()) {
                    j++;
                }
                return j;
            }
        }
        return k;
    }

    /** True for a lower-case modifier of an English head, or a word of a found place's name ('U.S. official'). */
    private boolean isModifier(Words w, List<Token> t, int k, List<Mention> found) {
        Token word = t.get(k);
        if (Mention.inAPlace(found, word)) {
            return true;
        }
        boolean opensTheSentence = k == 0 && word.isCapitalized() && word.text().length() > 1
                && Character.isLowerCase(word.text().charAt(1));
        return (isPlainWord(w, word) || opensTheSentence && !coveredByAName(found, word)
                && !NameLexicon.standard().isCommon(word)) && !w.heads.containsKey(word.lower())
                && !w.determiners.contains(word.lower()) && !isDefinite(word);
    }

    /** True for a lower-case word that is no reporting word, preposition or stop word. */
    private boolean isPlainWord(Words w, Token word) {
        char c = word.text().charAt(0);
        if (!Character.isLetter(c) || !Character.isLowerCase(c)) {
            return false;
        }
        String lower = word.lower();
        NameLexicon lexicon = NameLexicon.standard();
        return !w.prepositions.contains(lower) && !w.stops.contains(lower) && !w.same.contains(lower)
                && !w.cuesAfter.contains(lower)
                && !w.cuesBefore.contains(lower) && !lexicon.is(word, NameLexicon.Kind.REPORTING)
                && !lexicon.isCommon(word);
    }

    /**
     * The end of where the source is, after {@code from}: a preposition and up to {@value #MAX_WHERE} words and
     * possessives, to a punctuation mark, a number, a reporting or stop word ({@code at a hospital in Sennar}); or
     * {@code from} when none follows.
     */
    private int whereAfter(Words w, List<Token> t, int from) {
        if (from >= t.size() || !w.prepositions.contains(t.get(from).lower())) {
            return from;
        }
        int k = from + 1;
        while (k < t.size() && k <= from + MAX_WHERE) {
            Token x = t.get(k);
            boolean word = x.isWord() && !x.isNumeric() || x.isPossessive();
            if (!word || w.stops.contains(x.lower()) || w.cuesAfter.contains(x.lower())
                    || NameLexicon.standard().is(x, NameLexicon.Kind.REPORTING) || verbAfterAName(w, t, k)) {
                break;
            }
            k++;
        }
        while (k > from + 1 && isLoose(w, t.get(k - 1))) {
            k--; // 'residents of around 20 villages', 'members of the battalion's'
        }
        return k > from + 1 ? k : from;
    }

    /** True for a lower-case word with a verb's ending right after a name: 'A resident of Sakoira reached by ...'. */
    private static boolean verbAfterAName(Words w, List<Token> t, int k) {
        String word = t.get(k).text();
        if (k == 0 || word.isEmpty() || !Character.isLowerCase(word.charAt(0))
                || t.get(k - 1).text().chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        for (String ending : w.verbEndings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** True for a word a description does not end with: a possessive, a determiner, a preposition, a function word. */
    private static boolean isLoose(Words w, Token x) {
        return x.isPossessive() || w.determiners.contains(x.lower()) || w.prepositions.contains(x.lower())
                || isDefinite(x) || NameLexicon.standard().isCommon(x);
    }

    /**
     * True when the description {@code [from, to)} (from its determiner) is cited right before it ({@code according
     * to}, {@code kata}, {@code citing}, or a reporting word with nothing after the description: {@code said a local
     * official.}), or a reporting word follows it, past an aside between commas and up to {@value #MAX_GAP} lower-case
     * words ({@code , who asked not to be named, said}, {@code had earlier told}). A name in apposition after it
     * ({@code a police official, Ahmed Khan, said}) names the source: no unnamed one.
     */
    private boolean speaks(Words w, List<Token> t, int from, int to, List<Mention> found) {
        NameLexicon lexicon = NameLexicon.standard();
        boolean closed = to >= t.size() || !t.get(to).isWord();
        if (citedBefore(w, t, from)
                || closed && from > 0 && lexicon.is(t.get(from - 1), NameLexicon.Kind.REPORTING)) {
            return !namedAfter(t, to, found);
        }
        int k = to;
        if (k < t.size() && w.relatives.contains(t.get(k).lower())) {
            return reportsPastAClause(w, t, k + 1); // 'A rescue worker who asked not to be named ... said'
        }
        if (k < t.size() && ",".equals(t.get(k).text())) {
            if (namedAfter(t, to, found)) {
                return false;
            }
            int close = k + 1;
            while (close < t.size() && close <= k + MAX_ASIDE && !",".equals(t.get(close).text())
                    && !".".equals(t.get(close).text())) {
                close++;
            }
            if (close >= t.size() || !",".equals(t.get(close).text())) {
                return false;
            }
            k = close + 1;
        }
        for (int gap = 0; k < t.size() && gap <= MAX_GAP; k++, gap++) {
            Token x = t.get(k);
            if (lexicon.is(x, NameLexicon.Kind.REPORTING) || w.cuesAfter.contains(x.lower())) {
                return gap == 0 || !w.passives.contains(t.get(k - 1).lower()); // 'officials were told': spoken to
            }
            if (lexicon.phraseAt(t, k, NameLexicon.Kind.ANSWERING) > 0) {
                return true; // answering a figure is speaking: 'A senior security official dismissed the figures'
            }
            if (!x.isWord() || x.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a reporting word ends the clause of words from token {@code from} within {@value #MAX_ASIDE} tokens,
     * with no punctuation before it ('who asked not to be named for fear of reprisals said', 'yang tak mau disebut
     * namanya mengatakan').
     */
    private static boolean reportsPastAClause(Words w, List<Token> t, int from) {
        NameLexicon lexicon = NameLexicon.standard();
        for (int k = from; k < t.size() && k <= from + MAX_ASIDE; k++) {
            Token x = t.get(k);
            if (k > from && (lexicon.is(x, NameLexicon.Kind.REPORTING) || w.cuesAfter.contains(x.lower()))) {
                return !w.passives.contains(t.get(k - 1).lower());
            }
            if (!x.isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a cue before token {@code from} cites what follows: 'according to', 'citing', and in Indonesian a cue
     * written before its speaker ('kata'). Not an English reporting word, whose object may be what was said ('said
     * officers had recovered 14 bodies').
     */
    private boolean citedBefore(Words w, List<Token> t, int from) {
        if (from <= 0) {
            return false;
        }
        NameLexicon lexicon = NameLexicon.standard();
        Token before = t.get(from - 1);
        return w.cuesBefore.contains(before.lower())
                || w.personCuesBefore && lexicon.is(before, NameLexicon.Kind.PERSON_CUE)
                || lexicon.phraseEndingAt(t, from, NameLexicon.Kind.ACCORDING) > 0;
    }

    /** True when a comma and a found person's name follow token {@code to}. */
    private static boolean namedAfter(List<Token> t, int to, List<Mention> found) {
        if (to + 1 >= t.size() || !",".equals(t.get(to).text())) {
            return false;
        }
        Token next = t.get(to + 1);
        for (Mention m : found) {
            if (m.type() == EntityType.PERSON && m.start() == next.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 'the official said', 'the same source', 'one of the sources' at head {@code head}: the latest unnamed source of
     * the same head (plural or not) within {@value #BACK} sentences, with no person named since, again; or null.
     */
    private Found referredBack(Words w, List<Token> t, int head, int si, List<Found> out, List<Mention> found) {
        int k = head - 1;
        while (k >= 0 && (w.same.contains(t.get(k).lower()) || isPlainWord(w, t.get(k))) && head - k <= 2) {
            k--;
        }
        if (k < 0 || !isDefinite(t.get(k)) || !speaks(w, t, k, head + 1, found)) {
            return null;
        }
        return sameHeadBefore(w, t, head, k + 1, t.get(head).end(), si, out, found);
    }

    /**
     * 'pejabat tersebut', 'relawan itu' at head {@code head}, with no determiner before and plain modifiers between,
     * that speaks: the latest unnamed source of that head within {@value #BACK} sentences again; or null.
     */
    private Found pointedBack(Words w, List<Token> t, int head, int si, List<Found> out, List<Mention> found) {
        if (head > 0 && w.determiners.contains(t.get(head - 1).lower())) {
            return null;
        }
        int k = lastModifier(w, t, head, t.size()) + 1;
        if (k >= t.size() || !w.same.contains(t.get(k).lower()) || !(head == 0 || citedBefore(w, t, head)
                || ",".equals(t.get(head - 1).text()) || !t.get(head - 1).isWord())
                || !speaks(w, t, head, k + 1, found)) {
            return null;
        }
        return sameHeadBefore(w, t, head, head, t.get(k).end(), si, out, found);
    }

    /** The latest source of the head at {@code head} within {@value #BACK} sentences as a new mention, or null. */
    private static Found sameHeadBefore(Words w, List<Token> t, int head, int from, int end, int si, List<Found> out,
                                        List<Mention> found) {
        String stem = w.singular(t.get(head).lower());
        for (int j = out.size() - 1; j >= 0; j--) {
            Found f = out.get(j);
            if (si - f.sentence() > BACK) {
                return null;
            }
            if (w.singular(f.head()).equals(stem)) {
                int start = t.get(from).start();
                if (personBetween(found, f.mention().end(), start)) {
                    return null;
                }
                return new Found(Mention.name(start, end, EntityType.PERSON, f.mention().actor(), 2), f.head(), si);
            }
        }
        return null;
    }

    private static boolean isDefinite(Token t) {
        return DefiniteNouns.standard().isDeterminer(t);
    }

    private static boolean personBetween(List<Mention> found, int from, int to) {
        for (Mention m : found) {
            if (m.type() == EntityType.PERSON && !m.pronoun() && m.start() >= from && m.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a found name other than a place overlaps the description before its head ends ({@code a Hamas
     * official}), or any found name overlaps the head itself.
     */
    private static boolean overlapsAName(List<Mention> found, int start, int end, int headStart) {
        for (Mention m : found) {
            if (m.start() < end && start < m.end() && !isAGuessedOpener(m, start)) {
                boolean beforeTheHead = m.end() <= headStart;
                boolean where = m.start() > headStart;
                if (!(where || beforeTheHead && m.type() == EntityType.LOCATION)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a name that is more than a guess at the sentence's capitalised first word covers {@code w}. */
    private static boolean coveredByAName(List<Mention> found, Token w) {
        for (Mention m : found) {
            if (m.start() <= w.start() && w.end() <= m.end() && !isAGuessedOpener(m, w.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a name guessed from a capital alone that is just the description's first word ('Local' of 'Local
     * residents said', read as a name by its capital at the sentence's start).
     */
    private static boolean isAGuessedOpener(Mention m, int descriptionStart) {
        return m.actor() == null && m.evidence() == 0 && !m.pronoun() && m.start() == descriptionStart
                && m.roleStart() < 0;
    }


    /**
     * The country of the first dictionary actor named within {@code [start, end)} ('U.S. official', 'a security
     * source in Niamey', 'a source in the SBU'), or null.
     */
    private static String countryWithin(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (m.actor() != null && m.actor().country() != null && start <= m.start() && m.end() <= end) {
                return m.actor().country();
            }
        }
        return null;
    }
}
