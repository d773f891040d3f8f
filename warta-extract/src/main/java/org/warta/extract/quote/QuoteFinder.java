package org.warta.extract.quote;

import static org.warta.extract.quote.CueLexicon.Kind.ACCORDING;
import static org.warta.extract.quote.CueLexicon.Kind.ADDRESSEE;
import static org.warta.extract.quote.CueLexicon.Kind.APPOSITIVE;
import static org.warta.extract.quote.CueLexicon.Kind.CLAUSE;
import static org.warta.extract.quote.CueLexicon.Kind.NEGATOR;
import static org.warta.extract.quote.CueLexicon.Kind.THAT;
import static org.warta.extract.quote.CueLexicon.Kind.VERB;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warta.extract.Outcome;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.Quote;
import org.warta.model.Span;

/**
 * Direct quotations (between quote marks) and reported speech ({@code X mengatakan bahwa ...}, {@code menurut X,
 * ...}, {@code X said that ...}) with their speakers. A cue that names no one ({@code sambungnya}, {@code he
 * added}) takes the last speaker; a quotation without a cue takes the speaker of the quotation before it in its
 * paragraph, or, when it runs on into the next paragraph, the speaker of the quotation there; words quoted inside
 * reported speech ({@code X said it had fired "a number of missiles"}) are X's. Quote marks and a trailing comma are
 * not part of the quoted text. Thread-safe.
 */
public final class QuoteFinder {
    private static final int MIN_UNATTRIBUTED_WORDS = 5;
    private static final int MIN_REPORTED_WORDS = 3;
    /** Words of a quotation a verb of judgement before it makes speech ('called the strike "a flagrant violation"'). */
    private static final int MIN_JUDGED_WORDS = 2;
    /** Words after the speaker of an English '..., said X' before the sentence ends ('on Tuesday in a statement'). */
    private static final int MAX_WORDS_AFTER_SPEAKER = 6;
    /** Words between an English cue and the name it is followed by ('said Pol Lt Col X'). */
    private static final int MAX_TITLE_WORDS = 4;
    /** Capitalised words of a long title between 'said' and the name after it. */
    private static final int MAX_CAPITALISED_TITLE_WORDS = 10;
    /** 'told reporters at a press conference that ...': the words a verb's object may take before 'that'. */
    private static final int MAX_WORDS_BEFORE_THAT = 8;
    /** 'said on Monday that ...'; further on, a 'that' most often opens a relative clause ('details of the tour that'). */
    private static final int MAX_WORDS_BEFORE_THAT_NO_OBJECT = 5;
    private final CueLexicon cues;

    public QuoteFinder() {
        this.cues = CueLexicon.standard();
    }

    /** A quotation before its speaker is settled; {@code open} when it runs on past its paragraph. */
    private record Candidate(int start, int end, Attribution.Found found, boolean direct, int paragraph,
                             boolean open) {
    }

    public Outcome<List<Quote>> find(Document doc, List<Entity> entities) {
        return find(doc, entities, List.of());
    }

    /** As {@link #find(Document, List)}; {@code dates} (the date stage's) may stand between a speaker and the verb. */
    public Outcome<List<Quote>> find(Document doc, List<Entity> entities, List<DateMention> dates) {
        Attribution attribution = new Attribution(cues, new Speakers(entities), dates);
        List<Candidate> found = new ArrayList<>();
        List<Token> paragraph = new ArrayList<>();
        int number = -1;
        for (Sentence s : doc.sentences()) {
            if (s.paragraph() != number) {
                direct(paragraph, number, attribution, found);
                paragraph.clear();
                number = s.paragraph();
            }
            paragraph.addAll(s.tokens());
            reported(s, attribution, found, doc.isIndonesian());
        }
        direct(paragraph, number, attribution, found);
        found.sort(Comparator.comparingInt(Candidate::start));
        return Outcome.of(resolve(doc.text(), found));
    }

    private void direct(List<Token> tokens, int paragraph, Attribution attribution, List<Candidate> out) {
        Attribution.Found previous = null;
        for (QuoteMarks.Pair p : QuoteMarks.pairs(tokens)) {
            int first = p.open() + 1;
            int last = p.close() - 1;
            while (last >= first && (tokens.get(last).text().equals(",") || tokens.get(last).text().equals(":"))) {
                last--;
            }
            if (last < first) {
                continue;
            }
            boolean endsItsSentence = tokens.get(p.close() - 1).text().equals(".") && p.open() > 0
                    && tokens.get(p.open() - 1).isWord(); // 'had been "neutralized." The ministry said ...'
            Attribution.Found f = endsItsSentence ? null : attribution.after(tokens, p.close() + 1);
            if (f == null) {
                f = attribution.before(tokens, p.open());
            }
            boolean judged = false;
            if (f == null && last - first + 1 >= MIN_JUDGED_WORDS) {
                f = attribution.judgedBefore(tokens, p.open()); // 'X dismissed the claims as "pure lies ..."'
                judged = f != null; // words the subject is quoted as calling it: no speech that goes on after them
            }
            if (f == null && previous != null) {
                f = new Attribution.Found(previous.speaker(), null, previous.follow());
            }
            if (f == null && last - first + 1 < MIN_UNATTRIBUTED_WORDS) {
                continue; // a word in quote marks ("menghabisi"), not speech
            }
            out.add(new Candidate(tokens.get(first).start(), tokens.get(last).end(), f, true, paragraph,
                    p.close() == tokens.size()));
            if (f != null && f.speaker() != null && !judged) {
                previous = f;
            }
        }
    }

    /**
     * True when a negator stands in the two words before the verb at {@code verb} ({@code tidak menanggapi},
     * {@code tidak segera menanggapi}, {@code did not say}): no speech is reported.
     */
    private boolean negated(List<Token> tokens, int verb) {
        for (int k = Math.max(0, verb - 2); k < verb; k++) {
            int len = cues.at(tokens, k, NEGATOR);
            if (len > 0 && k + len <= verb) {
                return true;
            }
        }
        return false;
    }

    private void reported(Sentence s, Attribution attribution, List<Candidate> out, boolean indonesian) {
        List<Token> tokens = s.tokens();
        List<QuoteMarks.Pair> marks = QuoteMarks.any(tokens) ? QuoteMarks.pairs(tokens) : List.of();
        for (QuoteMarks.Pair p : marks) {
            if (p.close() == tokens.size()) {
                return; // a quotation that runs on past the sentence: direct speech, found by direct()
            }
        }
        int end = tokens.size();
        while (end > 0 && !tokens.get(end - 1).isWord() && !tokens.get(end - 1).text().equals(")")) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            int according = cues.at(tokens, i, ACCORDING);
            if (according > 0) {
                Speakers.Placed who = attribution.nameAfter(tokens, i + according);
                if (who == null) {
                    continue;
                }
                int comma = indexOf(tokens, ",", i + according, end);
                if (i == 0 && comma > 0) {
                    int stop = clauseEnd(tokens, marks, comma + 1, end);
                    if (stop > 0) {
                        add(tokens, comma + 1, stop, new Attribution.Found(who, tokens.get(i), false), s, out, attribution);
                    }
                    return;
                }
                if (i > 1 && tokens.get(i - 1).text().equals(",")) {
                    if (marks.isEmpty()) {
                        add(tokens, 0, i - 1, new Attribution.Found(who, tokens.get(i), false), s, out, attribution);
                    }
                    return;
                }
            }
            if (cues.is(tokens.get(i), VERB) && !negated(tokens, i)) {
                Speakers.Placed who = attribution.subjectBefore(tokens, i);
                if (who == null || !indonesian && invertedAfterComma(tokens, i, end, attribution)) {
                    continue;
                }
                int from = i + 1;
                if (from < end && tokens.get(from).text().equals(",")) {
                    from++;
                }
                boolean object = cues.is(tokens.get(i), ADDRESSEE);
                int that = thatWithin(tokens, from, end, object ? MAX_WORDS_BEFORE_THAT
                        : MAX_WORDS_BEFORE_THAT_NO_OBJECT, object ? null : attribution);
                if (that >= 0) {
                    from = that + 1; // 'said on Monday that ...', 'told reporters that ...'
                }
                int source = indexOf(tokens, ",", from, end);
                if (source > from && cues.at(tokens, source + 1, ACCORDING) > 0) {
                    end = source; // '..., according to Reuters' names a relay, not the speaker's words
                }
                int stop = clauseEnd(tokens, marks, from, end);
                int comma = indexOf(tokens, ",", from, end);
                boolean dateThenClause = comma > from && cues.is(tokens.get(Math.min(comma + 1, end - 1)), CLAUSE)
                        && onlyADate(tokens, from, comma, attribution); // 'said on Tuesday, while ...'
                if (!dateThenClause && (stop > 0 && add(tokens, from, stop, new Attribution.Found(who, tokens.get(i),
                        false), s, out, attribution) || from < end && !onlyADate(tokens, from, end, attribution))) {
                    return;
                }
                break; // '..., the Interior Ministry said on Sunday.': the words before are what was said
            }
        }
        if (!marks.isEmpty()) {
            return; // '"...," kata X' is direct speech
        }
        // "..., kata X." / "..., ujarnya." without quote marks
        for (int i = 1; i < end; i++) {
            if (tokens.get(i - 1).text().equals(",")) {
                Attribution.Found f = attribution.after(tokens, i);
                if (f != null && f.cue() != null && clauseEnds(tokens, f, end)
                        && (indonesian || fewWordsAfterTheSpeaker(tokens, f, end))) {
                    add(tokens, 0, i - 1, f, s, out, attribution);
                    return;
                }
            }
        }
    }

    /**
     * Where reported speech starting at {@code from} ends, given the sentence's quotations: past the closing mark of a
     * quotation the clause would cut. -1 when a quotation opens the clause ({@code said: "..."}) or a comma or colon
     * introduces one ({@code told the BBC: "..."}, {@code said in a statement, "..."}): that is direct speech, and
     * the words before it no speech of their own. Words quoted inside the clause ({@code it had fired "a number of
     * naval missiles" at}) stay in it.
     */
    private static int clauseEnd(List<Token> tokens, List<QuoteMarks.Pair> marks, int from, int end) {
        int stop = end;
        for (QuoteMarks.Pair p : marks) {
            if (p.open() >= end) {
                break;
            }
            if (p.open() < from || !wordWithin(tokens, from, p.open())) {
                return -1;
            }
            String before = tokens.get(p.open() - 1).text();
            if (before.equals(",") || before.equals(":")) {
                return -1; // 'told the BBC: "..."', 'said in a statement, "..."': what comes before is no speech
            }
        }
        for (QuoteMarks.Pair p : marks) {
            if (p.open() < stop && p.close() >= stop && p.close() < tokens.size()) {
                stop = p.close() + 1;
            }
        }
        return stop;
    }

    private static boolean wordWithin(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when at most a few words (a day, 'in a statement', 'by phone') follow the speaker named after an English
     * cue: in {@code ..., said the Houthis attacked government positions ...} the cue opens a clause of its own.
     */
    private static boolean fewWordsAfterTheSpeaker(List<Token> tokens, Attribution.Found f, int end) {
        if (f.speaker() == null) {
            return true;
        }
        int words = 0;
        for (int k = 0; k < end; k++) {
            if (tokens.get(k).start() >= f.speaker().span().end()) {
                if (!tokens.get(k).isWord()) {
                    break; // '..., Somalia's army said on Tuesday, while ...': the clause ends at the comma
                }
                words++;
            }
        }
        return words <= MAX_WORDS_AFTER_SPEAKER;
    }

    /**
     * True when nothing but words follows the cue to the sentence's end, or up to a comma that opens another's clause
     * ({@code ..., Somalia's army said on Tuesday, while the Islamist group said ...}).
     */
    private boolean clauseEnds(List<Token> tokens, Attribution.Found f, int end) {
        int limit = tokens.get(end - 1).end();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() > f.cue().end() && t.end() <= limit && !t.isWord()) {
                return t.text().equals(",") && k + 1 < tokens.size() && (cues.is(tokens.get(k + 1), CLAUSE)
                        || appositiveToTheEnd(tokens, f, k, limit));
            }
        }
        return true;
    }

    /**
     * True when the comma at {@code comma} follows the speaker named after the cue and opens a lower-case appositive
     * that runs to the sentence's end ({@code ..., said Yurii Marchenko, head of the town's military administration.}).
     */
    private boolean appositiveToTheEnd(List<Token> tokens, Attribution.Found f, int comma, int limit) {
        if (f.speaker() == null || f.speaker().span().end() != tokens.get(comma - 1).end()
                || !Character.isLowerCase(tokens.get(comma + 1).text().codePointAt(0))
                || !cues.is(tokens.get(comma + 1), APPOSITIVE)) {
            return false;
        }
        for (int k = comma + 1; k < tokens.size() && tokens.get(k).end() <= limit; k++) {
            String w = tokens.get(k).text();
            if (!tokens.get(k).isWord() && !w.startsWith("'") && !w.startsWith("’") && !w.equals("-")) {
                return false;
            }
        }
        return true;
    }

    /** Adds the reported speech {@code [from, to)} when it is long enough and more than a date; true when added. */
    private static boolean add(List<Token> tokens, int from, int to, Attribution.Found f, Sentence s,
                               List<Candidate> out, Attribution attribution) {
        if (to - from >= MIN_REPORTED_WORDS && !onlyADate(tokens, from, to, attribution)) {
            out.add(new Candidate(tokens.get(from).start(), tokens.get(to - 1).end(), f, false, s.paragraph(),
                    false));
            return true;
        }
        return false;
    }

    /**
     * True when the English cue at {@code i} follows a comma and names its speaker right after it, a title at most
     * before the name and nothing but a post after it ({@code ... in Moo 5 of tambon Bukit Sapo, said Pol Col Anuchit
     * Wongsa, superintendent of ...}): the name before the comma is part of what was said, not its subject.
     */
    private boolean invertedAfterComma(List<Token> tokens, int i, int end, Attribution attribution) {
        if (i == 0 || !tokens.get(i - 1).text().equals(",")) {
            return false;
        }
        Attribution.Found f = attribution.after(tokens, i);
        if (f == null || f.cue() == null || f.speaker() == null || f.speaker().refersBack()) {
            return false;
        }
        int name = i + 1;
        while (name < end && tokens.get(name).end() <= f.speaker().span().start()) {
            name++;
        }
        int after = name;
        while (after < tokens.size() && tokens.get(after).start() < f.speaker().span().end()) {
            after++;
        }
        boolean capitalised = true; // '..., said Khagrachhari Sadar Hospital Resident Medical Officer Dr X.'
        for (int k = i + 1; k < name && capitalised; k++) {
            capitalised = tokens.get(k).isWord() && tokens.get(k).isCapitalized();
        }
        // the name ends the clause: '..., said the Houthis attacked ...' names the subject of what was said
        return (name - i <= MAX_TITLE_WORDS || capitalised && name - i <= MAX_CAPITALISED_TITLE_WORDS)
                && (after >= end || !tokens.get(after).isWord()) && clauseEnds(tokens, f, end);
    }

    /** True when the clause holds nothing but a date and short words ({@code reported on Oct. 16}). */
    private static boolean onlyADate(List<Token> tokens, int from, int to, Attribution attribution) {
        if (!attribution.dateWithin(tokens.get(from).start(), tokens.get(to - 1).end())) {
            return false;
        }
        boolean date = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (attribution.inDate(t)) {
                date = true;
            } else if (t.isWord() && (t.isCapitalized() || t.text().length() > 3)) {
                return false;
            }
        }
        return date;
    }

    /**
     * The {@code bahwa} or {@code that} (cues.tsv kind 'that') within a few words after a verb, before any comma, and
     * for a verb without an object ({@code noObject}, whose dates are known) not right after a name; else -1.
     */
    private int thatWithin(List<Token> tokens, int from, int end, int words, Attribution noObject) {
        for (int k = from; k < end && k < from + words; k++) {
            if (cues.is(tokens.get(k), THAT)) {
                return k;
            }
            if (!tokens.get(k).isWord() || noObject != null && k == from && tokens.get(k).isCapitalized()
                    && !noObject.inDate(tokens.get(k))) {
                return -1; // 'said Tyvak would leverage that ...': a clause of its own, not 'said on Monday that'
            }
        }
        return -1;
    }

    private static int indexOf(List<Token> tokens, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Follow-on cues take the last speaker named, unless the person their clitic refers to ({@code ujarnya}, as
     * the entity stage resolved it) was named after the last quotation: {@code Presiden X meminta ... "...,"
     * ujarnya} is X speaking, whoever was quoted before. Each candidate becomes a quote.
     */
    private static List<Quote> resolve(String text, List<Candidate> candidates) {
        List<Quote> out = new ArrayList<>();
        Speakers.Placed lastSpeaker = null;
        Candidate reported = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Attribution.Found f = c.found();
            if (!c.direct()) {
                reported = c;
            } else if ((f == null || f.cue() == null) && reported != null && c.start() >= reported.start()
                    && c.end() <= reported.end()) {
                f = reported.found(); // words quoted inside reported speech are the reported speaker's
            }
            if (f == null && c.open() && i + 1 < candidates.size() && candidates.get(i + 1).direct()
                    && candidates.get(i + 1).paragraph() == c.paragraph() + 1) {
                f = candidates.get(i + 1).found(); // a quotation that runs on into the next paragraph
                f = f == null ? null : new Attribution.Found(f.speaker(), null, f.follow());
            }
            Speakers.Placed speaker = f == null ? null : f.speaker();
            if (f != null && f.follow() && lastSpeaker != null
                    && !(speaker != null && namedBetween(speaker.entity(), i == 0 ? 0 : candidates.get(i - 1).end(),
                    c.start()))) {
                speaker = lastSpeaker;
            }
            if (speaker != null) {
                lastSpeaker = speaker;
            }
            String cue = f == null || f.cue() == null ? null : f.cue().text();
            Entity e = speaker == null ? null : speaker.entity();
            out.add(new Quote(text.substring(c.start(), c.end()), c.start(), c.end(), e == null ? null : e.id(),
                    e == null ? null : e.name(), cue, c.direct()));
        }
        return out;
    }

    /** True when {@code e} is named (not referred back to) within {@code [from, to)}. */
    private static boolean namedBetween(Entity e, int from, int to) {
        for (Span m : e.mentions()) {
            if (m.start() >= from && m.end() <= to && !EntityFinder.refersBack(m)) {
                return true;
            }
        }
        return false;
    }
}
