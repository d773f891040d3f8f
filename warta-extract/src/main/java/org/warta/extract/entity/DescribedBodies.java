package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * Bodies that English news names by description only: {@code the regional military administration said}, {@code
 * according to the state prosecutor's office}, {@code the White Nile state government said}, {@code Haiti's civil
 * protection agency said}. A phrase of 'the' (or a place's name and its possessive), one
 * to {@value #MAX_WORDS} words (lower-case words, possessives, a place's name) and a head noun of {@code
 * entity/described-bodies.tsv}, that speaks or is cited, and that no organisation named in the last sentences or just
 * after can be the referent of, is an organisation of its own, named by its words. A later phrase whose words all
 * stand in an earlier one's ({@code The prosecutor's office had initially reported}) is that body again. A state
 * body's head gives it its sector and the country of the place among its words, else the article's country ({@code
 * the country's prison authority}). Thread-safe.
 */
final class DescribedBodies {
    /** Words before the head at most. */
    private static final int MAX_WORDS = 4;

    /** Each head noun, with the sector of the state body it names (an empty value for none). */
    private final Map<String, java.util.Optional<Sector>> heads = new HashMap<>();

    private DescribedBodies() {
        for (LexiconRow row : LexiconFile.rows("entity/described-bodies.tsv")) {
            heads.put(row.column(0).toLowerCase(Locale.ROOT), java.util.Optional.ofNullable(Sector.column(row, 2)));
        }
    }

    static DescribedBodies standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final DescribedBodies STANDARD = new DescribedBodies();
    }

    /**
     * A described body found: its mention, the lower-case words of its phrase, by which a later phrase is matched, and
     * the place its sentence names (a place's key, or null).
     */
    private record Described(Mention mention, Set<String> words, String where) {
    }

    /** The mentions of described bodies in an English {@code doc}, given the mentions {@code found} so far. */
    List<Mention> find(Document doc, List<Mention> found) {
        List<Described> out = new ArrayList<>();
        DefiniteNouns definites = DefiniteNouns.standard();
        String lowerText = null;
        String country = null;
        boolean countryRead = false;
        List<Sentence> sentences = doc.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            for (int i = 0; i + 2 < t.size(); i++) {
                int first;
                if (definites.isDeterminer(t.get(i))) {
                    first = i + 1;
                } else if (headWithin(t, i) && placeOwnsAt(t, i, found)) {
                    first = i; // 'North Kordofan's information ministry said'
                } else {
                    continue;
                }
                boolean theCountrys = first > i && definites.isCountryNoun(t.get(first).lower())
                        && t.get(first + 1).isPossessive();
                if (theCountrys) {
                    first += 2; // 'the country's prison authority': the article's country
                }
                int head = headAfter(t, first, found);
                if (head < 0 || !definites.speaks(t, first, head + 1)) {
                    continue;
                }
                int owner = possessiveBefore(t, first, head);
                if (owner > first
                        && RoleNouns.standard().namesAHolder(doc.text(), found, sentences, si, t, first, owner)) {
                    continue; // 'the mayor's office declined to comment': the mayor named before, as RoleNouns reads it
                }
                int start = t.get(first).start();
                int end = t.get(head).end();
                Mention place = placeWithin(found, start, end);
                if (coveredByAnotherThanAPlace(found, start, end)) {
                    continue;
                }
                Set<String> words = words(t, first, head + 1);
                String where = placeIn(found, sentences.get(si));
                Described earlier = describedBefore(out, words, where);
                if (earlier == null) {
                    if (lowerText == null) {
                        lowerText = doc.text().toLowerCase(Locale.ROOT);
                    }
                    List<String> nouns = words.stream().filter(w -> Character.isLetter(w.charAt(0))).sorted().toList();
                    List<String> modifiers = nouns.stream().filter(w -> !w.equals(t.get(head).lower())).toList();
                    if (definites.namedAround(lowerText, sentences, si, found, start, end, nouns)
                            || modifiers.size() >= 2
                            && definites.namedAround(lowerText, sentences, si, found, start, end, modifiers)) {
                        // 'the agency said' after the agency's name, as DefiniteNouns refers it back; 'the national
                        // disaster agency said' of the National Disaster Risk Reduction and Management Council
                        continue;
                    }
                }
                Actor actor;
                if (earlier != null) {
                    actor = earlier.mention().actor();
                } else {
                    Sector sector = heads.get(t.get(head).lower()).orElse(null);
                    String iso = null;
                    if (sector != null && place != null) {
                        iso = place.actor().country();
                    } else if (sector != null) {
                        if (!countryRead) {
                            country = DefiniteNouns.mainCountry(found);
                            countryRead = true;
                        }
                        iso = country;
                    }
                    actor = Actor.described(iso, sector, doc.text().substring(start, end), where);
                }
                out.add(new Described(Mention.name(start, end, EntityType.ORGANIZATION, actor, 2), words,
                        where != null ? where : earlier != null ? earlier.where() : null));
                i = head;
            }
        }
        return out.stream().map(Described::mention).toList();
    }

    /**
     * The head noun's index after the words from {@code first}: one to {@value #MAX_WORDS} lower-case words,
     * possessives and words of a place's name, then a head (the last of a run of heads: 'the civil defence service
     * command'), not followed by a name or 'of' ('the office of the UN envoy'); -1 when there is none.
     */
    private int headAfter(List<Token> t, int first, List<Mention> found) {
        if (!headWithin(t, first)) {
            return -1; // most phrases after 'the' hold no head: the found places are not sought for them
        }
        int words = 0;
        for (int k = first; k < t.size() && words <= MAX_WORDS; k++) {
            Token w = t.get(k);
            boolean possessive = possessiveAt(t, k);
            if (possessive && k > first) {
                continue;
            }
            if (!w.isWord() || w.isNumeric() || w.isCapitalized() && !Mention.inAPlace(found, w)) {
                return -1;
            }
            boolean headAfter = k + 1 < t.size() && heads.containsKey(t.get(k + 1).lower());
            if (heads.containsKey(w.lower()) && words > 0 && !headAfter) {
                boolean named = k + 1 < t.size() && (t.get(k + 1).isWord() && t.get(k + 1).isCapitalized()
                        || t.get(k + 1).lower().equals("of"));
                return named ? -1 : k;
            }
            words++;
        }
        return -1;
    }

    /**
     * True when a found place's name opens at token {@code i}, after no determiner, and a possessive follows it: the
     * place owns the phrase as 'the' would open it ({@code Haiti's civil protection agency}).
     */
    private static boolean placeOwnsAt(List<Token> t, int i, List<Mention> found) {
        if (!t.get(i).isCapitalized() || i > 0 && DefiniteNouns.standard().isDeterminer(t.get(i - 1))) {
            return false;
        }
        for (Mention m : found) {
            if (m.start() == t.get(i).start() && m.type() == EntityType.LOCATION && m.actor() != null) {
                int k = i;
                while (k < t.size() && t.get(k).end() <= m.end()) {
                    k++;
                }
                return k < t.size() && t.get(k).isPossessive();
            }
        }
        return false;
    }

    /** The index of the first possessive in {@code [first, head)}, or -1. */
    private static int possessiveBefore(List<Token> t, int first, int head) {
        for (int k = first; k < head; k++) {
            if (possessiveAt(t, k)) {
                return k;
            }
        }
        return -1;
    }

    /** True when a head noun stands within the few tokens from {@code first} a described body may take. */
    private boolean headWithin(List<Token> t, int first) {
        for (int k = first + 1; k < t.size() && k <= first + MAX_WORDS + 2; k++) { // possessives take a token each
            if (heads.containsKey(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** True for a possessive token: {@code 's}, or the apostrophe alone after a plural ({@code forces'}). */
    static boolean possessiveAt(List<Token> t, int k) {
        return t.get(k).isPossessive() || isPluralPossessive(t, k);
    }

    /** True for the apostrophe alone after a plural ({@code the armed forces' joint command}). */
    private static boolean isPluralPossessive(List<Token> t, int k) {
        String s = t.get(k).text();
        return (s.equals("'") || s.equals("\u2019")) && k > 0 && t.get(k - 1).lower().endsWith("s")
                && t.get(k - 1).end() == t.get(k).start();
    }


    /** The found place of the dictionary within {@code [start, end)}, or null. */
    private static Mention placeWithin(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (m.type() == EntityType.LOCATION && m.actor() != null && start <= m.start() && m.end() <= end) {
                return m;
            }
        }
        return null;
    }

    /** True when a found mention other than a place inside the phrase overlaps {@code [start, end)}. */
    private static boolean coveredByAnotherThanAPlace(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            boolean placeInside = m.type() == EntityType.LOCATION && start <= m.start() && m.end() <= end;
            if (m.start() < end && start < m.end() && !placeInside) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(List<Token> t, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int k = from; k < to; k++) {
            out.add(t.get(k).lower().replace('\u2019', '\''));
        }
        return out;
    }

    /**
     * The latest described body whose words hold all of {@code words}, in the same place or with none named in the
     * later sentence ({@code The prosecutor's office had initially reported} after {@code the state prosecutor's
     * office said}; not {@code in the Kherson region, the regional administration said} after the Sumy region's
     * regional military administration), or null.
     */
    private static Described describedBefore(List<Described> out, Set<String> words, String where) {
        for (int k = out.size() - 1; k >= 0; k--) {
            Described d = out.get(k);
            if (d.words().containsAll(words) && (where == null || where.equals(d.where()))) {
                return d;
            }
        }
        return null;
    }

    /** The key of the first place below a country that {@code s} names, or null. */
    private static String placeIn(List<Mention> found, Sentence s) {
        for (Mention m : found) {
            if (m.type() == EntityType.LOCATION && m.actor() != null && m.actor().isPlace() && m.start() >= s.start()
                    && m.end() <= s.end()) {
                return m.actor().key();
            }
        }
        return null;
    }
}
