package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.WordSet;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * Definite phrases of an office that refer back to the person named before with it ({@code the governor said} after
 * {@code Kursk Oblast Governor Alexander Khinshtein}, {@code the DPO told Dawn} after {@code District Police Officer
 * (DPO) Sajjad Ahmed Gandapur}): 'the', then up to three words that all stand in that person's role and the last of
 * which is a noun of {@code entity/role-nouns.tsv} or an acronym of the role. The nearest such person in the last
 * few sentences is the antecedent; else one named just after, in commas or in the next sentences; else, when the
 * phrase speaks in so many words ({@code the regional governor has said}), the person nearest to it anywhere in the
 * article whose role holds its noun. An office that speaks with none of these is {@link Found#unheld()}: a source
 * without a name. Thread-safe.
 */
final class RoleNouns {
    private static final int SENTENCES_BACK = 8;
    /** Sentences after an office's phrase with no holder before it in which its holder may be named. */
    private static final int SENTENCES_AHEAD = 2;
    private static final int MAX_WORDS = 3;

    private final WordSet nouns = new WordSet();
    private final WordSet determiners = new WordSet();
    /** Words that may stand between an office with no holder and its reporting word ('the governor has said'). */
    private final WordSet auxiliaries = new WordSet();
    /** Abbreviations of role nouns ('gov' of 'Gov. Mykola Tkachuk'), with the noun each stands for. */
    private final java.util.Map<String, String> shortForms = new java.util.HashMap<>();

    private RoleNouns() {
        for (org.warta.extract.lexicon.LexiconRow r : LexiconFile.rows("entity/role-nouns.tsv")) {
            String kind = r.column(1, "noun");
            String word = r.column(0).toLowerCase(Locale.ROOT);
            if (kind.equals("short")) {
                shortForms.put(word, r.column(2).toLowerCase(Locale.ROOT));
            } else if (kind.equals("auxiliary")) {
                auxiliaries.add(word);
            } else {
                (kind.equals("determiner") ? determiners : nouns).add(word);
            }
        }
    }

    static RoleNouns standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final RoleNouns STANDARD = new RoleNouns();
    }

    /**
     * An office's phrase that speaks with no holder named in the article ({@code the regional governor said} in a
     * story that never names the governor): its words after 'the', {@code [start, end)}, its noun and its sector.
     */
    record Office(int start, int end, String noun, Sector sector) {
    }

    /** The references found, and the offices that speak with no holder. */
    record Found(List<DefiniteNouns.Reference> references, List<Office> unheld) {
    }

    /** The references in {@code doc}; {@code usable} says which found mentions may be antecedents. */
    Found find(Document doc, List<Mention> found, IntPredicate usable) {
        List<DefiniteNouns.Reference> out = new ArrayList<>();
        List<Office> unheld = new ArrayList<>();
        String text = doc.text();
        List<Sentence> sentences = doc.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            for (int i = 0; i < t.size(); i++) {
                int from = sentences.get(Math.max(0, si - SENTENCES_BACK)).start();
                DefiniteNouns.Reference office = titledOffice(text, found, usable, from, t, i);
                if (office != null) {
                    out.add(office);
                    i = Token.indexAt(t, office.end()) - 1;
                    continue;
                }
                if (i + 1 >= t.size() || !determiners.contains(t.get(i).lower())) {
                    continue;
                }
                int cataphor = -1; // 'the regional governor said' in a lead, 'Gov. Mykola Tkachuk' named after it
                for (int n = Math.min(MAX_WORDS, t.size() - i - 1); n >= 1; n--) {
                    int end = i + 1 + n;
                    if (!allWords(t, i + 1, end) || end < t.size() && continuesTheName(t.get(end))
                            || DefiniteNouns.covered(found, t.get(i + 1).start(), t.get(end - 1).end())) {
                        continue;
                    }
                    int antecedent = holder(text, found, usable, from, t.get(i).start(), t, i + 1, end);
                    if (antecedent >= 0) {
                        out.add(new DefiniteNouns.Reference(t.get(i).start(), t.get(end - 1).end(), antecedent));
                        i = end - 1;
                        cataphor = -1;
                        break;
                    }
                    if (cataphor < 0 && nouns.contains(t.get(end - 1).lower())
                            && DefiniteNouns.standard().speaks(t, i + 1, end)) {
                        cataphor = end;
                    }
                }
                if (cataphor > 0) {
                    int to = sentences.get(Math.min(sentences.size() - 1, si + SENTENCES_AHEAD)).end();
                    int named = holderAfter(text, found, usable, t.get(cataphor - 1).end(), to,
                            t.get(cataphor - 1).lower());
                    if (named < 0) {
                        named = appositive(found, usable, t, cataphor); // 'said the police director, Colonel X'
                    }
                    if (named < 0 && reportsRightAfter(t, i + 1, cataphor)) {
                        named = anyHolder(text, found, usable, t.get(i).start(), t.get(cataphor - 1).lower());
                        if (named < 0) {
                            unheld.add(new Office(t.get(i + 1).start(), t.get(cataphor - 1).end(),
                                    t.get(cataphor - 1).lower(), sectorOf(t, i + 1, cataphor)));
                        }
                    }
                    if (named >= 0) {
                        out.add(new DefiniteNouns.Reference(t.get(i).start(), t.get(cataphor - 1).end(), named));
                    }
                    i = cataphor - 1;
                }
            }
        }
        return new Found(out, unheld);
    }

    /**
     * True when the office's words {@code [from, to)} speak in so many words: cited right before them ({@code
     * according to the governor}), or a reporting or answering word follows, past auxiliaries of {@code
     * entity/role-nouns.tsv} only ({@code the governor has said}; not {@code the general staff said}).
     */
    private boolean reportsRightAfter(List<Token> t, int from, int to) {
        if (DefiniteNouns.standard().citedRightBefore(t, from)) {
            return true;
        }
        NameLexicon lexicon = NameLexicon.standard();
        int k = to;
        while (k < t.size() && auxiliaries.contains(t.get(k).lower())
                && lexicon.phraseAt(t, k, NameLexicon.Kind.ANSWERING) == 0) {
            k++;
        }
        return k < t.size() && (lexicon.is(t.get(k), NameLexicon.Kind.REPORTING)
                || lexicon.phraseAt(t, k, NameLexicon.Kind.ANSWERING) > 0);
    }

    /** The person named in commas right after an office's words ending at token {@code end}, or -1. */
    private static int appositive(List<Mention> found, IntPredicate usable, List<Token> t, int end) {
        if (end + 1 >= t.size() || !",".equals(t.get(end).text())) {
            return -1;
        }
        int at = t.get(end + 1).start();
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.type() == EntityType.PERSON && usable.test(k) && m.end() > at
                    && (m.start() == at || m.hasRole() && m.roleStart() == at)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The person nearest to {@code at} anywhere in the article whose role holds the office's noun {@code noun}
     * ({@code Volgograd Governor Pavel Kirsanov} for {@code the regional governor said}), or -1.
     */
    private int anyHolder(String text, List<Mention> found, IntPredicate usable, int at, String noun) {
        int best = -1;
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (!usable.test(k) || !roleHolds(text, m, noun)) {
                continue;
            }
            if (best < 0 || Math.abs(m.start() - at) < Math.abs(found.get(best).start() - at)) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The sector of the longest title that ends the office's words {@code [from, to)} ({@code police chief} of {@code
     * district police chief}), or null.
     */
    private static Sector sectorOf(List<Token> t, int from, int to) {
        for (int a = from; a < to; a++) {
            Sector sector = NameLexicon.standard().titleSector(t, a, to);
            if (sector != null) {
                return sector;
            }
        }
        return null;
    }

    /**
     * An office written with its capitalised title and no name after it, from token {@code i}, that opens the role of
     * a person named before ({@code kata Kapolres Way Kanan} after {@code Kapolres Way Kanan AKBP Hendra Saputra
     * Lubis}; Indonesian news names the office again for its holder): a reference to that person, or null. Only a
     * place the office names may stand inside it, and a title alone ends its clause ({@code ujar Kapolres.}; {@code
     * Juru bicara junta, Mayor Jenderal X} describes someone new).
     */
    private static DefiniteNouns.Reference titledOffice(String text, List<Mention> found, IntPredicate usable,
                                                        int from, List<Token> t, int i) {
        if (!t.get(i).isCapitalized() || i > 0 && t.get(i - 1).isCapitalized()) {
            return null;
        }
        int title = NameLexicon.standard().phraseAt(t, i, NameLexicon.Kind.TITLE);
        if (title == 0) {
            return null;
        }
        for (int end = Math.min(t.size(), i + title + MAX_WORDS); end >= i + title; end--) {
            if (!allWords(t, i, end) || end < t.size() && continuesTheName(t.get(end))
                    || end == i + title && end < t.size() && t.get(end).isWord() // 'Juru bicara junta, Mayor X'
                    || coveredByNoPlace(found, t.get(i).start(), t.get(end - 1).end())) {
                continue;
            }
            int holder = officeHolder(text, found, usable, from, t, i, end);
            if (holder >= 0) {
                return new DefiniteNouns.Reference(t.get(i).start(), t.get(end - 1).end(), holder);
            }
        }
        return null;
    }

    /** The nearest person before token {@code i} whose role starts with the words {@code [i, end)}, or -1. */
    private static int officeHolder(String text, List<Mention> found, IntPredicate usable, int from, List<Token> t,
                                    int i, int end) {
        String office = NameKey.fold(text.substring(t.get(i).start(), t.get(end - 1).end()));
        for (int k = found.size() - 1; k >= 0; k--) {
            Mention m = found.get(k);
            if (m.start() >= t.get(i).start() || m.start() < from || m.type() != EntityType.PERSON || !m.hasRole()
                    || !usable.test(k)) {
                continue;
            }
            String role = NameKey.fold(text.substring(m.roleStart(), m.roleEnd()));
            if (role.equals(office) || role.startsWith(office + " ")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when the words {@code [a, b)} of sentence {@code si} end in an office's noun that a person named in the
     * last few sentences holds ({@code the mayor} of {@code the mayor's office declined to comment} after {@code
     * Patikul Mayor Abdulhan Tulawie}).
     */
    boolean namesAHolder(String text, List<Mention> found, List<Sentence> sentences, int si, List<Token> t, int a,
                         int b) {
        int from = sentences.get(Math.max(0, si - SENTENCES_BACK)).start();
        return holder(text, found, k -> true, from, t.get(a).start(), t, a, b) >= 0;
    }

    /** True when a mention other than a place overlaps {@code [start, end)}: the office's place may stand in it. */
    private static boolean coveredByNoPlace(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (m.start() < end && start < m.end() && m.type() != EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }

    /** The nearest person before {@code before} whose role holds the words {@code [a, b)} and their head, or -1. */
    private int holder(String text, List<Mention> found, IntPredicate usable, int from, int before, List<Token> t,
                       int a, int b) {
        boolean acronym = NameTyper.isAcronym(t.get(b - 1).text());
        if (!acronym && !nouns.contains(t.get(b - 1).lower())) {
            return -1;
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            Mention m = found.get(k);
            if (m.start() >= before || m.start() < from || m.type() != EntityType.PERSON || !usable.test(k)) {
                continue;
            }
            String post = m.hasRole() ? text.substring(m.roleStart(), m.roleEnd()) : postBefore(text, m);
            if (post == null) {
                continue;
            }
            Set<String> role = words(post);
            boolean all = true;
            for (int j = a; j < b && all; j++) {
                all = role.contains(t.get(j).lower());
            }
            if (all) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The first person named in {@code [from, to)} whose role holds the office's noun {@code noun} ('Gov. Mykola
     * Tkachuk of the Dnipropetrovsk region' for 'the regional governor said' before it), or -1.
     */
    private int holderAfter(String text, List<Mention> found, IntPredicate usable, int from, int to, String noun) {
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.start() >= from && m.end() <= to && usable.test(k) && roleHolds(text, m, noun)) {
                return k;
            }
        }
        return -1;
    }

    /** True for a person whose role holds the office's noun {@code noun} ('Volgograd Governor' holds 'governor'). */
    private boolean roleHolds(String text, Mention m, String noun) {
        return m.type() == EntityType.PERSON && m.hasRole()
                && words(text.substring(m.roleStart(), m.roleEnd())).contains(noun);
    }

    /** Words before a comma that may give a person's post ('Its spokesman, Salai Za Bik, told'). */
    private static final int MAX_POST_WORDS = 5;

    /**
     * The post written before a person's name and a comma, in the same clause ({@code Its spokesman} of {@code Its
     * spokesman, Salai Za Bik, told RFA}), or null: at most {@value #MAX_POST_WORDS} words back to the clause's start.
     */
    private static String postBefore(String text, Mention m) {
        int comma = m.start() - 1;
        while (comma >= 0 && text.charAt(comma) == ' ') {
            comma--;
        }
        if (comma <= 0 || text.charAt(comma) != ',') {
            return null;
        }
        int start = comma;
        int words = 0;
        while (start > 0 && ".,;:\n\"".indexOf(text.charAt(start - 1)) < 0) {
            start--;
            if (text.charAt(start) == ' ' && ++words > MAX_POST_WORDS) {
                return null;
            }
        }
        String post = text.substring(start, comma).strip();
        return post.isEmpty() ? null : post;
    }

    /** The lower-case words of a role, with the noun each abbreviation stands for ('Gov.': gov, governor). */
    private Set<String> words(String role) {
        Set<String> out = new HashSet<>();
        for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (!w.isEmpty()) {
                out.add(w);
                String full = shortForms.get(w);
                if (full != null) {
                    out.add(full);
                }
            }
        }
        return out;
    }

    private static boolean allWords(List<Token> t, int a, int b) {
        for (int j = a; j < b; j++) {
            if (!t.get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word after the phrase names someone new ('the spokesman Ali Khan'), not the one before. */
    private static boolean continuesTheName(Token next) {
        return next.isWord() && next.isCapitalized();
    }
}
