package org.warta.extract.claim;

import java.util.List;
import org.warta.extract.claim.ClaimLexicon.Link;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.Entity;
import org.warta.model.ObjectCategory;
import org.warta.model.Period;
import org.warta.model.Predicate;
import org.warta.model.Quantity;
import org.warta.model.Span;

/**
 * A table of losses, one row a line ({@code - Tank: 10.925 (+5)}, {@code Tanks — 10,925}), under a line that
 * introduces it and ends with a colon ({@code Berikut rincian kerugian Rusia sejak 24 Februari 2022 ..., menurut Staf
 * Umum Angkatan Bersenjata Ukraina:}): each row is a claim of the introducer's source, of losses of the side the
 * introduction names after its TABLE_NOUN word, destroyed things or, for people, killed or wounded (a general staff's
 * 'losses' of personnel count both). One per article; not shared.
 */
final class LossTable {
    /** Tokens a row's label may take. */
    private static final int MAX_LABEL_TOKENS = 6;
    /** Words that may hedge a row's number ({@code sekitar}, {@code lebih dari}). */
    private static final int MAX_HEDGE_TOKENS = 2;

    private final ClaimLexicon lex;
    private final String text;
    private final EntityIndex index;
    private Intro intro;

    private record Intro(int paragraph, Entity source, Entity side, Period period) {
    }

    LossTable(ClaimLexicon lex, String text, EntityIndex index) {
        this.lex = lex;
        this.text = text;
        this.index = index;
    }

    /**
     * Notes sentence {@code s} as the introduction of a table when it names losses and ends with a colon; {@code
     * source} is its reporting word's source, {@code period} gives its period.
     */
    void intro(Sentence s, Entity source, java.util.function.Supplier<Period> period) {
        List<Token> t = s.tokens();
        if (t.isEmpty() || !t.get(t.size() - 1).text().equals(":")) {
            if (intro != null && s.paragraph() > intro.paragraph() && !isRowShape(t)) {
                intro = null; // prose after the table ends it
            }
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            PhraseMatcher.Match<Link> noun = lex.links(Link.TABLE_NOUN).longestAt(t, i, t.size());
            if (noun != null) {
                intro = new Intro(s.paragraph(), source, side(t, i, noun.to()), period.get());
                return;
            }
        }
    }

    /**
     * The claims of a row of the table introduced last: its total and, when a bracket gives the day's increase
     * ({@code Tank: 11.402 (+3)}), that increase as a claim of its own, of the intro's last day; empty when {@code s}
     * is no row.
     */
    List<ClaimDraft> row(Sentence s, int si, List<Quantity> inSentence) {
        ClaimDraft total = total(s, si, inSentence);
        if (total == null) {
            return List.of();
        }
        List<ClaimDraft> out = new java.util.ArrayList<>(List.of(total));
        for (int k = 1; k < inSentence.size(); k++) {
            Quantity q = inSentence.get(k);
            if (q.count() == null || !increase(q)) {
                continue;
            }
            Figure f = new Figure(q.count(), q.start(), total.figure.objectStart(), total.figure.objectEnd(),
                    total.figure.objectText(), total.figure.category(), false, false, false, false);
            ClaimDraft d = new ClaimDraft(total.predicate, f, si, total.trigger, Span.of(s.start(), s.end()));
            d.claimant = total.claimant;
            d.affected = total.affected;
            Period p = total.period;
            d.period = p != null && p.to() != null ? new Period(p.to(), p.to()) : p;
            d.otherAgent = true;
            out.add(d);
        }
        return out;
    }

    /** True when quantity {@code q} is written as an increase in brackets: {@code (+3)}. */
    private boolean increase(Quantity q) {
        int open = q.start() - 1;
        while (open >= 0 && text.charAt(open) == ' ') {
            open--;
        }
        return open >= 0 && (text.charAt(open) == '+' && open > 0 && text.charAt(open - 1) == '('
                || text.charAt(open) == '(' && q.end() > q.start() && text.charAt(q.start()) == '+');
    }

    private ClaimDraft total(Sentence s, int si, List<Quantity> inSentence) {
        List<Token> t = s.tokens();
        if (intro == null || inSentence.isEmpty() || !isRowShape(t)) {
            return null;
        }
        int from = t.get(0).text().length() == 1 && !t.get(0).isWord() ? 1 : 0; // a bullet
        int sep = separator(t);
        PhraseMatcher.Match<ObjectCategory> what = null;
        for (int i = from; i < sep && what == null; i++) {
            what = lex.objects().longestAt(t, i, sep);
        }
        Quantity q = inSentence.get(0);
        if (q.count() == null || q.start() < t.get(sep).end() || what == null && !labelOfWords(t, from, sep)) {
            return null;
        }
        // a row the object words do not know ('special equipment', 'Peralatan khusus') is still a loss of the table's
        ObjectCategory category = what == null ? ObjectCategory.OTHER : what.value();
        boolean people = category == ObjectCategory.PERSONNEL || category == ObjectCategory.PEOPLE
                || category == ObjectCategory.CIVILIANS;
        int ls = t.get(from).start();
        int le = t.get(sep - 1).end();
        Figure f = new Figure(q.count(), q.start(), ls, le, text.substring(ls, le),
                category == ObjectCategory.PEOPLE ? ObjectCategory.PERSONNEL : category, false, false, false, false);
        ClaimDraft d = new ClaimDraft(people ? Predicate.KILLED_OR_WOUNDED : Predicate.DESTROYED, f, si,
                new Span(ls, le, text.substring(ls, le)), Span.of(s.start(), s.end()));
        d.claimant = intro.source();
        d.affected = intro.side();
        d.period = intro.period();
        d.otherAgent = true;
        return d;
    }

    /** True when tokens {@code [from, to)} are words only: a row's label ('special equipment', 'Kapal selam'). */
    private static boolean labelOfWords(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!t.get(i).isWord() && !t.get(i).text().equals("/") || t.get(i).isNumeric()) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * A label, a colon or a dash, a number (after at most {@value #MAX_HEDGE_TOKENS} lower-case words that hedge it:
     * {@code sekitar}, {@code about}) and at most a bracket after it: {@code - Tank: 10.925 (+5)}.
     */
    private boolean isRowShape(List<Token> t) {
        int sep = separator(t);
        if (sep <= 0) {
            return false;
        }
        int number = sep + 1;
        while (number < t.size() && number <= sep + MAX_HEDGE_TOKENS && t.get(number).isWord()
                && !t.get(number).isNumeric() && !t.get(number).isCapitalized()) {
            number++;
        }
        if (number >= t.size() || !t.get(number).isNumeric()) {
            return false;
        }
        for (int i = number + 1; i < t.size(); i++) {
            String w = t.get(i).text();
            if (t.get(i).isWord() && !t.get(i).isNumeric()) {
                return false;
            }
            if (w.equals(".") && i < t.size() - 1) {
                return false;
            }
        }
        return true;
    }

    /** The index of the colon or dash after a row's label, or -1. */
    private static int separator(List<Token> t) {
        for (int i = 1; i < t.size() && i <= MAX_LABEL_TOKENS + 1; i++) {
            String w = t.get(i).text();
            if (w.equals(":") || w.equals("—") || w.equals("–")) {
                return i;
            }
            if (!t.get(i).isWord() && !w.equals("/") && !w.equals("(") && !w.equals(")")) {
                return -1;
            }
        }
        return -1;
    }

    /** The side named right after the table's noun ({@code kerugian Rusia}), else right before it ({@code Russian losses}). */
    private Entity side(List<Token> t, int from, int to) {
        for (int k : new int[] {to, from - 1}) {
            if (k >= 0 && k < t.size()) {
                for (var m : index.in(t.get(k).start(), t.get(k).end())) {
                    return index.sideOf(m.entity());
                }
            }
        }
        return null;
    }
}
