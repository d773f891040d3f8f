package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.extract.lexicon.WordSet;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.Entity;
import org.warta.model.EntityType;

/**
 * Hearsay that gives a figure ({@code entity/hearsay.tsv}): {@code posts on social media claiming that 30 people had
 * died}, {@code kabar yang beredar di media sosial bahwa korban tewas mencapai 30 orang}. A hearsay noun, up to
 * {@value #MAX_BETWEEN} words of where and how it spread (opening with a word of spreading; no number, no punctuation,
 * no stop word), and an opener of what it says make a source of its own without a name, named by its words up to the
 * opener, which are its role: its figure is then neither the outlet's own nor the denier's. Thread-safe.
 */
final class Hearsay {
    private static final int MAX_BETWEEN = 6;

    /** The words of one language: nouns, openers (a tree of the phrases that open what is said), stops. */
    private static final class Words {
        final WordSet nouns = new WordSet();
        final WordTree<Boolean> openers = new WordTree<>();
        final WordSet stops = new WordSet();
        final WordSet spread = new WordSet();
    }

    private final Map<String, Words> byLanguage = new HashMap<>();

    private Hearsay() {
        for (LexiconRow row : LexiconFile.rows("entity/hearsay.tsv")) {
            Words w = byLanguage.computeIfAbsent(row.column(1), k -> new Words());
            String form = row.column(0).toLowerCase(Locale.ROOT);
            switch (row.column(2)) {
                case "noun" -> w.nouns.add(form);
                case "stop" -> w.stops.add(form);
                case "spread" -> w.spread.add(form);
                case "opener" -> w.openers.put(List.of(form.split(" ")), Boolean.TRUE);
                default -> throw new org.warta.extract.lexicon.LexiconException(row, "kind '" + row.column(2)
                        + "' is unknown; expected noun, opener, spread or stop");
            }
        }
    }

    static Hearsay standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Hearsay STANDARD = new Hearsay();
    }

    /** True when {@code e} is hearsay this class found: a person without a name whose words open with its noun. */
    boolean names(Entity e) {
        return e.type() == EntityType.PERSON && e.role() != null && e.name().equals(e.role())
                && opensWithANoun(e.name());
    }

    /** True for a mention this class found. */
    boolean found(Mention m) {
        return m.actor() != null && m.actor().isUnnamed() && opensWithANoun(m.actor().name());
    }

    private boolean opensWithANoun(String name) {
        int space = name.indexOf(' ');
        String first = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
        for (Words w : byLanguage.values()) {
            if (w.nouns.contains(first)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mentions of hearsay in {@code doc}, whose nouns no mention {@code found} so far covers; a name among the
     * words of where it spread ({@code on WhatsApp}) is part of its words.
     */
    List<Mention> find(Document doc, List<Mention> found) {
        Words w = byLanguage.get(doc.isIndonesian() ? "id" : "en");
        List<Mention> out = new ArrayList<>();
        if (w == null) {
            return out;
        }
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!w.nouns.contains(t.get(i).lower()) || inAName(found, t.get(i))) {
                    continue;
                }
                int opener = openerAfter(w, t, i + 1);
                if (opener < 0) {
                    continue;
                }
                int start = t.get(i).start();
                int end = t.get(opener - 1).end();
                String name = doc.text().substring(start, end);
                out.add(Mention.name(start, end, EntityType.PERSON, Actor.unnamed(null, null, name), 2)
                        .withRole(start, end, null));
                i = opener;
            }
        }
        return out;
    }

    /** True when a name of more than the noun, or of the dictionary, covers the noun ('Posts' opening is none). */
    private static boolean inAName(List<Mention> found, Token noun) {
        for (Mention m : found) {
            if (m.start() <= noun.start() && noun.end() <= m.end()
                    && (m.actor() != null || m.start() < noun.start() || noun.end() < m.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the opener that follows, from {@code from}, past up to {@value #MAX_BETWEEN} words of where and
     * how the hearsay spread ({@code circulating on social media}, {@code yang beredar di grup WhatsApp warga}); -1
     * when none does.
     */
    private static int openerAfter(Words w, List<Token> t, int from) {
        for (int k = from; k < t.size() && k <= from + MAX_BETWEEN; k++) {
            if (opensAt(w.openers, t, k)) {
                return k;
            }
            Token x = t.get(k);
            if (!x.isWord() && !x.text().equals("-") || x.isNumeric() || w.stops.contains(x.lower())
                    || k == from && !w.spread.contains(x.lower())) {
                return -1; // 'claims its fighters killed ... and that': no word of spreading opens what follows
            }
        }
        return -1;
    }

    /** True when a phrase of {@code openers} starts at token {@code k}. */
    private static boolean opensAt(WordTree<Boolean> openers, List<Token> t, int k) {
        WordTree<Boolean> node = openers;
        for (int j = k; j < t.size(); j++) {
            node = node.child(t.get(j).lower());
            if (node == null) {
                return false;
            }
            if (node.value() != null) {
                return true;
            }
        }
        return false;
    }
}
