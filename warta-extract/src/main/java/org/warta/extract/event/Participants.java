package org.warta.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.claim.ClaimLexicon;
import org.warta.extract.claim.ClaimLexicon.Link;
import org.warta.extract.claim.EntityIndex;
import org.warta.extract.claim.EntityIndex.Mention;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;
import org.warta.model.EntityType;

/**
 * Who acts and who is acted on around an event word: the nearest actor before it (with those coordinated to it:
 * {@code Pashinyan dan juga Presiden Azerbaijan Ilham Aliyev}) and the nearest after it, with its coordinates.
 * Inside a quotation the actor is the subject within the quote, else the speaker outside it
 * ({@code "Kedua kubu harus ...," kata James Appathurai}); recipients stay inside the quotation.
 */
final class Participants {
    private static final int MAX_COORDINATION_WORDS = 5;

    private final String text;
    private final EntityIndex index;

    Participants(String text, EntityIndex index) {
        this.text = text;
        this.index = index;
    }

    /** Quotation regions of a sentence as UTF-16 ranges {@code [open mark end, close mark start)}. */
    static List<int[]> quoteRegions(Sentence s) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (Token t : s.tokens()) {
            String w = t.text();
            boolean mark = t.isDoubleQuote();
            if (!mark) {
                continue;
            }
            if (open < 0 && !w.equals("\u201D")) {
                open = t.end();
            } else if (open >= 0) {
                out.add(new int[] {open, t.start()});
                open = -1;
            }
        }
        return out;
    }

    static int[] regionOf(List<int[]> regions, int at) {
        for (int[] r : regions) {
            if (r[0] <= at && at < r[1]) {
                return r;
            }
        }
        return null;
    }

    /**
     * Actors before {@code at} within {@code [from, at)}: the nearest and those joined to it by a coordinator. A place
     * that belongs to no country ({@code Kashmir}, a disputed region) is where things happen, not who acts. A country
     * named as a place ({@code Police in Dhaka}) stays a possible actor: on PLOVER's gold records it is the actor's
     * country more often than not.
     */
    List<Mention> before(int from, int at) {
        List<Mention> ms = new ArrayList<>(actors(from, at));
        ms.removeIf(m -> m.entity().type() == EntityType.LOCATION
                && m.entity().country() == null);
        List<Mention> out = new ArrayList<>();
        boolean conjunction = false;
        for (int i = ms.size() - 1; i >= 0; i--) {
            int join = out.isEmpty() ? 2 : coordination(ms.get(i).end(), out.get(0).start());
            if (join == 0) {
                break;
            }
            conjunction |= join == 2 && !out.isEmpty();
            out.add(0, ms.get(i));
        }
        return conjunction || out.isEmpty() ? out : List.of(out.get(out.size() - 1));
    }

    /** Actors after {@code at} within {@code [at, to)}: the nearest and those joined to it. */
    List<Mention> after(int at, int to) {
        List<Mention> ms = actors(at, to);
        List<Mention> out = new ArrayList<>();
        boolean conjunction = false;
        for (Mention m : ms) {
            int join = out.isEmpty() ? 2 : coordination(out.get(out.size() - 1).end(), m.start());
            if (join > 0) {
                conjunction |= join == 2 && !out.isEmpty();
                out.add(m);
            } else if (!m.entity().id().equals(out.get(out.size() - 1).entity().id())) {
                break;
            }
        }
        return conjunction || out.isEmpty() ? out : List.of(out.get(0));
    }

    /** The speaker of a quotation: the nearest actor after its closing mark, else before its opening mark. */
    Mention speaker(Sentence s, int[] region) {
        List<Mention> after = actors(region[1], s.end());
        if (!after.isEmpty()) {
            return after.get(0);
        }
        List<Mention> before = actors(s.start(), region[0]);
        return before.isEmpty() ? null : before.get(before.size() - 1);
    }

    private List<Mention> actors(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : index.actorsIn(text, from, to)) {
            if (!EntityIndex.isOutlet(m.entity())) {
                out.add(m);
            }
        }
        return out;
    }

    /** 0 when the two mentions are not joined, 1 when by a comma only, 2 by a conjunction. */
    private int coordination(int end, int start) {
        if (start < end) {
            return 0;
        }
        List<Token> between = Tokenizer.standard().tokenize(text, end, start);
        if (between.isEmpty() || between.size() > MAX_COORDINATION_WORDS
                || between.stream().anyMatch(t -> t.text().equals("."))) {
            return 0;
        }
        var separator = ClaimLexicon.standard().links(Link.SEPARATOR);
        if (separator.longestAt(between, 0, between.size()) == null) {
            return 0;
        }
        boolean word = between.stream().limit(2).anyMatch(t -> t.isWord()
                && separator.longestAt(List.of(t), 0, 1) != null);
        return word ? 2 : 1;
    }
}
