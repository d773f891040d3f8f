package org.warta.extract.entity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.extract.lang.LanguageIdentifier;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.extract.segment.Token;

/**
 * The word lists that find names the dictionaries do not know: titles ({@code entity/titles.tsv}), head and
 * context words ({@code entity/heads.tsv}), words that are never names ({@code entity/common-words.txt}), capitalised common
 * nouns ({@code entity/nouns.txt}),
 * pronouns ({@code entity/pronouns.tsv}) and the reporting verbs of {@code quote/cues.tsv}. Phrases match case-
 * insensitively, longest first.
 */
final class NameLexicon {
    enum Kind { TITLE, ORG_HEAD, ORG_TAIL, ORG_CUE, PLACE_HEAD, PLACE_TAIL, PLACE_CUE, PLACE_AFTER, PERSON_CUE,
        PERSON_AFTER, SUBJECT_AFTER, CONNECTOR, PARTICLE, INITIALS, THING_CUE, ORG_END, ORDINAL,
        /** A suffix that makes a number an ordinal ({@code th} of {@code 64th}); not a tagger clue. */
        ORDINAL_SUFFIX,
        /** A word that ends the name of a law, treaty or code ('Penal Code'): no actor's name; not a tagger clue. */
        THING_TAIL,
        /** A word for an administrative unit after a known place, part of its name ('Oblast'); not a tagger clue. */
        PLACE_UNIT,
        /** A conjunction between two names that share an organisation's last words ('Fire and Rescue Department'). */
        SHARED_TAIL,
        /** A reporting cue of {@code quote/cues.tsv} ({@code kata}, {@code mengatakan}), not a clue of the tagger. */
        REPORTING,
        /** A phrase before a source of {@code quote/cues.tsv} ({@code according to}), not a clue of the tagger. */
        ACCORDING,
        /**
         * Words by which the party before them answers a figure ({@code declined to comment}, {@code membantah}), of
         * {@code claim/responses.tsv}: a body that answers speaks, as one that reports does; not a clue of the tagger.
         */
        ANSWERING,
        /** A word after a title that ties it to the body it serves ({@code spokesperson for}); not a tagger clue. */
        OFFICE_OF,
        /** A lower-case word after a name that makes it a group's ({@code the Gran Grif gang}); no tagger clue. */
        ORG_AFTER,
        /** A lower-case word after a name that makes it a place's ({@code the Kangpokpi district}); no tagger clue. */
        PLACE_NOUN_AFTER,
        /** Words that open a news item's credits ({@code Reporting by}, {@code Editing by}); no tagger clue. */
        CREDIT }

    private final Map<String, Set<Kind>> phrases = new HashMap<>();
    private final WordTree<Set<Kind>> phraseTree = new WordTree<>();
    private final Set<String> lastWords = new HashSet<>();
    private final Map<String, Sector> titleSectors = new HashMap<>();
    /** Sectors of titles written in lower case, where another office shares the capitalised form ('mayor', 'Mayor'). */
    private final Map<String, Sector> lowerCaseSectors = new HashMap<>();
    /** Titles that name a field of knowledge or work, not an office ({@code Pengamat}), folded. */
    private final Set<String> fieldTitles = new HashSet<>();
    /** Honorifics that a name keeps when a building or a street is named after its bearer ({@code dr.}), folded. */
    private final Set<String> honorifics = new HashSet<>();
    /** Titles of English news only ({@code SP}, {@code DIG}): titles for the rules, no clue of the Indonesian tagger. */
    private final Set<String> englishTitles = new HashSet<>();
    private final Set<String> common = new HashSet<>();
    /** Words of {@link #common} that only Indonesian and Malay use (LanguageIdentifier's markers): names in English. */
    private final Set<String> malayOnlyCommon = new HashSet<>();
    /** The prefixes that make a number an ordinal ({@code ke} of {@code ke-4}). */
    private final Set<String> ordinals = new HashSet<>();
    /** The suffixes that make a number an ordinal ({@code th} of {@code 64th}). */
    private final Set<String> ordinalSuffixes = new HashSet<>();
    private final Set<String> nouns = new HashSet<>();
    /** Upper-case words that name things, units and times, never an organisation or place alone ({@code GMT}). */
    private final Set<String> commonAcronyms = new HashSet<>();
    private final Set<String> pronouns = new HashSet<>();
    private final Set<String> clitics = new HashSet<>();
    /** Pronouns that refer back to an organisation right by a reporting cue ({@code it said}); no tagger clue. */
    private final Set<String> bodyPronouns = new HashSet<>();
    /** The length of the longest of {@link #bodyPronouns}: a longer word is none, unfolded. */
    private int longestBodyPronoun;
    private final Set<String> cliticCues = new HashSet<>();
    /** Bits of {@link #COMMON}, {@link #NOUN}, {@link #PRONOUN}, {@link #CLITIC_CUE}: the sets above a word is in. */
    private final Map<String, Integer> classes = new HashMap<>();
    static final int COMMON = 1, NOUN = 2, PRONOUN = 4, CLITIC_CUE = 8;
    private int longest = 1;

    static NameLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final NameLexicon STANDARD = load();
    }

    private static NameLexicon load() {
        NameLexicon lex = new NameLexicon();
        for (LexiconRow row : LexiconFile.rows("entity/titles.tsv")) {
            String key = lex.add(row.column(0), Kind.TITLE);
            if (row.column(2, "").equals("lower")) {
                lex.lowerCaseSectors.put(key, Sector.column(row, 1));
                continue;
            }
            lex.titleSectors.putIfAbsent(key, Sector.column(row, 1));
            if (row.column(2, "").equals("field")) {
                lex.fieldTitles.add(key);
            } else if (row.column(2, "").equals("honorific")) {
                lex.honorifics.add(key);
            } else if (row.column(2, "").equals("english")) {
                lex.englishTitles.add(key);
            }
        }
        for (LexiconRow row : LexiconFile.rows("entity/heads.tsv")) {
            Kind kind = kind(row);
            if (kind == Kind.ORDINAL) {
                lex.ordinals.add(NameKey.fold(row.column(0)));
            } else if (kind == Kind.ORDINAL_SUFFIX) {
                lex.ordinalSuffixes.add(NameKey.fold(row.column(0)));
            } else {
                lex.add(row.column(0), kind);
            }
        }
        lex.common.addAll(LexiconFile.words("entity/common-words.txt"));
        for (String w : lex.common) { // 'Dan Hudson', 'Oleh Revenko' in English text: names there
            if (LanguageIdentifier.standard().onlyMalayFamily(w)) {
                lex.malayOnlyCommon.add(w);
            }
        }
        lex.nouns.addAll(LexiconFile.words("entity/nouns.txt"));
        for (String w : LexiconFile.words("entity/common-acronyms.txt")) {
            lex.commonAcronyms.add(NameKey.fold(w));
        }
        for (LexiconRow row : LexiconFile.rows("entity/pronouns.tsv")) {
            String form = NameKey.fold(row.column(0));
            (row.column(2).equals("clitic") ? lex.clitics : row.column(2).equals("body") ? lex.bodyPronouns
                    : lex.pronouns).add(form);
            if (row.column(2).equals("body")) {
                lex.longestBodyPronoun = Math.max(lex.longestBodyPronoun, form.length());
            }
        }
        for (LexiconRow row : LexiconFile.rows("quote/cues.tsv")) {
            if (row.column(2).equals("verb")) {
                lex.add(row.column(0), Kind.PERSON_AFTER);
                lex.add(row.column(0), Kind.REPORTING);
            } else if (row.column(2).equals("base")) {
                lex.add(row.column(0), Kind.PERSON_CUE);
                lex.add(row.column(0), Kind.REPORTING);
            } else if (row.column(2).equals("according")) {
                lex.add(row.column(0), Kind.ACCORDING);
            } else if (row.column(2).equals("clitic")) {
                lex.cliticCues.add(NameKey.fold(row.column(0)));
            }
        }
        for (LexiconRow row : LexiconFile.rows("claim/responses.tsv")) {
            if (row.column(2).equals("BEFORE") && !row.column(0).contains("*")) {
                lex.add(row.column(0), Kind.ANSWERING);
            }
        }
        lex.indexClasses();
        return lex;
    }

    /** Fills {@link #classes} from the word sets, once they are loaded: one lookup per token instead of four. */
    private void indexClasses() {
        for (Map.Entry<Set<String>, Integer> set : Map.of(common, COMMON, nouns, NOUN, pronouns, PRONOUN, cliticCues,
                CLITIC_CUE).entrySet()) {
            for (String w : set.getKey()) {
                classes.merge(w, set.getValue(), (a, b) -> a | b);
            }
        }
    }

    /** True when the token is an ordinal number written with a prefix of heads.tsv ({@code ke-4}). */
    boolean isOrdinal(Token t) {
        String w = t.text();
        int hyphen = w.indexOf('-');
        if (hyphen <= 0 || hyphen == w.length() - 1 || !ordinals.contains(NameKey.fold(w.substring(0, hyphen)))) {
            return false;
        }
        for (int i = hyphen + 1; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the token is a number with an ordinal suffix of heads.tsv ({@code 64th}, {@code 101st}). */
    boolean isNumberedOrdinal(Token t) {
        String w = t.text();
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        return digits > 0 && digits < w.length() && ordinalSuffixes.contains(NameKey.fold(w.substring(digits)));
    }

    /** Which of the word sets hold the token: bits of {@link #COMMON}, {@link #NOUN}, {@link #PRONOUN}, {@link #CLITIC_CUE}. */
    int classes(Token word) {
        return classes.getOrDefault(NameKey.fold(word), 0);
    }

    private static Kind kind(LexiconRow row) {
        String raw = row.column(1);
        try {
            return Kind.valueOf(raw.replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LexiconException(row, "unknown kind '" + raw + "'; expected one of org-head, org-tail, "
                    + "org-cue, place-head, place-tail, place-cue, place-after, person-cue, person-after, subject-after, connector, "
                    + "particle, initials, thing-cue, thing-tail, org-end, ordinal, ordinal-suffix, place-unit, "
                    + "shared-tail, "
                    + "office-of, org-after, place-noun-after");
        }
    }

    private String add(String phrase, Kind kind) {
        List<String> words = NameKey.words(phrase);
        String key = NameKey.join(words, false);
        phrases.computeIfAbsent(key, k -> new HashSet<>()).add(kind);
        phraseTree.computeIfAbsent(NameKey.folded(words), () -> EnumSet.noneOf(Kind.class)).add(kind);
        lastWords.add(NameKey.fold(words.get(words.size() - 1)));
        longest = Math.max(longest, words.size());
        return key;
    }

    /** Length in tokens of the longest phrase of {@code kind} starting at {@code at}, or 0. */
    int phraseAt(List<Token> tokens, int at, Kind kind) {
        int found = 0;
        WordTree<Set<Kind>> node = phraseTree;
        for (int i = at; i < tokens.size(); i++) {
            node = node.child(NameKey.fold(tokens.get(i)));
            if (node == null) {
                break;
            }
            if (node.value() != null && node.value().contains(kind)) {
                found = i - at + 1;
            }
        }
        return found;
    }

    /** A phrase of the word lists found in a text: its length in tokens and its kinds. */
    record Phrase(int length, Set<Kind> kinds) {
    }

    /** Every phrase of any kind that starts at {@code at}, shortest first; an empty list when none does. */
    List<Phrase> phrasesAt(List<Token> tokens, int at) {
        List<Phrase> out = List.of();
        WordTree<Set<Kind>> node = phraseTree;
        for (int i = at; i < tokens.size() && node != null; i++) {
            node = node.child(NameKey.fold(tokens.get(i)));
            if (node != null && node.value() != null) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(new Phrase(i - at + 1, node.value()));
            }
        }
        return out;
    }

    /** Length of the longest phrase of {@code kind} ending just before token {@code end}, or 0. */
    int phraseEndingAt(List<Token> tokens, int end, Kind kind) {
        if (end <= 0 || !lastWords.contains(NameKey.fold(tokens.get(end - 1)))) {
            return 0;
        }
        for (int len = Math.min(longest, end); len >= 1; len--) {
            Set<Kind> kinds = phrases.get(NameKey.join(tokens, end - len, end, false));
            if (kinds != null && kinds.contains(kind)) {
                return len;
            }
        }
        return 0;
    }

    /** A particle joined by a hyphen to a capitalised name ({@code al-Nour}, {@code el-Sisi}, {@code bin-Salman}). */
    boolean particleCompound(String w) {
        int hyphen = w.indexOf('-');
        return hyphen > 0 && hyphen + 1 < w.length() && Character.isUpperCase(w.charAt(hyphen + 1))
                && is(w.substring(0, hyphen), Kind.PARTICLE);
    }

    boolean is(String word, Kind kind) {
        Set<Kind> kinds = phrases.get(NameKey.fold(word));
        return kinds != null && kinds.contains(kind);
    }

    /** As {@link #is(String, Kind)} for a token, from its lower case. */
    boolean is(Token word, Kind kind) {
        Set<Kind> kinds = phrases.get(NameKey.fold(word));
        return kinds != null && kinds.contains(kind);
    }

    /** True when the words {@code [from, to)} are a title that names a field, not an office ({@code Pengamat}). */
    boolean isFieldTitle(List<Token> tokens, int from, int to) {
        return fieldTitles.contains(NameKey.join(tokens, from, to, false));
    }

    /** True when the words {@code [from, to)} are a title of English news only ({@code SP}, {@code DIG}). */
    boolean isEnglishTitle(List<Token> tokens, int from, int to) {
        return !englishTitles.isEmpty() && englishTitles.contains(NameKey.join(tokens, from, to, false));
    }

    /** True when the words {@code [from, to)} are an honorific ({@code dr.}, {@code Prof.}, {@code KH}). */
    boolean isHonorific(List<Token> tokens, int from, int to) {
        return honorifics.contains(NameKey.join(tokens, from, to, false));
    }

    Sector titleSector(List<Token> tokens, int from, int to) {
        String key = NameKey.join(tokens, from, to, false);
        if (!lowerCaseSectors.isEmpty() && lowerCaseSectors.containsKey(key) && !tokens.get(from).isCapitalized()) {
            return lowerCaseSectors.get(key); // 'the mayor of Mirebalais', not the rank 'Mayor Inf'
        }
        return titleSectors.get(key);
    }

    boolean isCommon(String word) {
        return common.contains(NameKey.fold(word));
    }

    boolean isCommon(Token word) {
        return common.contains(NameKey.fold(word));
    }

    /** True when {@code word} is never a name in Indonesian text but may start one in English ({@code Dan}, {@code Oleh}). */
    boolean isMalayOnlyCommon(Token word) {
        return malayOnlyCommon.contains(NameKey.fold(word));
    }

    /** An upper-case word that names a thing, a unit or a time, not an actor ({@code GMT}, {@code IED}). */
    boolean isCommonAcronym(Token word) {
        return commonAcronyms.contains(NameKey.fold(word));
    }

    /** A common noun that titles and headings capitalise ({@code Teknik}, {@code Terbaik}, {@code Award}). */
    boolean isNoun(Token word) {
        return nouns.contains(NameKey.fold(word));
    }

    boolean isPronoun(String word) {
        return pronouns.contains(NameKey.fold(word));
    }

    boolean isPronoun(Token word) {
        return pronouns.contains(NameKey.fold(word));
    }

    /** True for a pronoun that refers back to an organisation that speaks ({@code it} in {@code it said}). */
    boolean isBodyPronoun(String word) {
        return word.length() <= longestBodyPronoun && bodyPronouns.contains(NameKey.fold(word));
    }

    boolean isBodyPronoun(Token word) {
        return bodyPronouns.contains(NameKey.fold(word));
    }

    boolean isClitic(String suffix) {
        return clitics.contains(NameKey.fold(suffix));
    }

    /** The length of the clitic pronoun ending a reporting cue ({@code sambungnya} -> 3), or 0. */
    int cliticOnCue(String word) {
        return cliticOnCueFolded(NameKey.fold(word));
    }

    int cliticOnCue(Token word) {
        return cliticOnCueFolded(NameKey.fold(word));
    }

    private int cliticOnCueFolded(String w) {
        if (!cliticCues.contains(w)) {
            return 0;
        }
        for (String c : clitics) {
            if (w.endsWith(c) && w.length() > c.length()) {
                return c.length();
            }
        }
        return 0;
    }
}
