package org.warta.extract.entity;

import java.util.List;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Token;
import org.warta.extract.segment.Tokenizer;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Span;

/**
 * One entity from its mentions: the dictionary's name, country and sector where an actor is known, else the
 * fullest name written; the role as the text gives it ({@code Presiden Rusia}) or, failing that, the office the
 * dictionary dates to the article's day. A role that names a country or an organisation gives the person its
 * country and sector ({@code Sekjen PBB} -> IGO).
 */
final class EntityBuilder {
    /** Words of the longest title that names a field ({@code titles.tsv}). */
    private static final int MAX_TITLE_WORDS = 3;
    private final Document doc;
    private final List<Mention> all;
    private final ActorDictionary dictionary;

    EntityBuilder(Document doc, List<Mention> all, ActorDictionary dictionary) {
        this.doc = doc;
        this.all = all;
        this.dictionary = dictionary;
    }

    /**
     * The type of the entity that {@code mentions} make: its dictionary actor's where a mention has one (the first),
     * else that of the mention typed on the best evidence (the first such); null when all are pronouns.
     */
    static EntityType typeOf(List<Mention> mentions) {
        Mention typed = null;
        for (Mention m : mentions) {
            if (m.pronoun()) {
                continue;
            }
            if (m.actor() != null) {
                return m.actor().type();
            }
            if (typed == null || m.evidence() > typed.evidence()) {
                typed = m;
            }
        }
        return typed == null ? null : typed.type();
    }

    Entity build(String id, List<Mention> mentions) {
        String text = doc.text();
        Actor actor = null;
        Mention fullest = null;
        Mention roled = null;
        for (Mention m : mentions) {
            if (m.pronoun()) {
                continue;
            }
            if (actor == null && m.actor() != null) {
                actor = m.actor();
            }
            if (fullest == null || m.end() - m.start() > fullest.end() - fullest.start()) {
                fullest = m;
            }
            if (roled == null && m.hasRole()) {
                roled = m;
            }
        }
        EntityType type = typeOf(mentions);
        String name = actor != null ? actor.name() : text.substring(fullest.start(), fullest.end());
        String country = actor != null ? actor.country() : null;
        Sector sector = actor != null ? actor.sector() : null;
        String role = null;
        DatedRole dated = actor != null ? actor.roleOn(doc.published()) : null;
        if (dated != null) {
            role = dated.in(!"en".equals(doc.language()));
            sector = dated.sector() != null ? dated.sector() : sector;
        }
        if (roled != null) {
            role = text.substring(roled.roleStart(), roled.roleEnd());
            Actor owner = ownerIn(roled);
            if (owner == null) {
                owner = demonymIn(roled);
            }
            if (owner == null) {
                owner = possessorBefore(roled);
            }
            if (owner == null) {
                owner = bodyBefore(roled);
            }
            if (owner != null && actor == null) {
                sector = owner.sector() == Sector.IGO ? Sector.IGO : sector;
                country = owner.sector() == Sector.IGO ? null : owner.country();
            }
            if (sector == null) {
                sector = owner != null && owner.sector() != null ? owner.sector() : roled.roleSector();
            }
        }
        if (actor == null && type == EntityType.ORGANIZATION && country == null) {
            Actor named = countryEnding(name); // 'Pasukan Serbu Udara Ukraina': the country its name ends with
            if (named != null && named.sector() != Sector.IGO) {
                country = named.country();
            }
        }
        List<Span> spans = mentions.stream().map(m -> new Span(m.start(), m.end(), text.substring(m.start(), m.end())))
                .distinct().toList();
        return new Entity(id, type, name, country, sector == null ? null : sector.name(), role, spans);
    }

    /** The country whose name ends {@code name}, after words of its own ({@code Pasukan Serbu Udara Ukraina}). */
    private Actor countryEnding(String name) {
        List<Token> words = Tokenizer.standard().tokenize(name, 0, name.length());
        for (int k = 1; k < words.size(); k++) {
            ActorDictionary.Match m = dictionary.countryAt(words, k, false);
            if (m != null && k + m.length() == words.size()) {
                return m.actor();
            }
        }
        return null;
    }

    /** The country whose demonym opens a role ({@code Russian Foreign Minister}), or null. */
    private Actor demonymIn(Mention roled) {
        List<Token> words = Tokenizer.standard()
                .tokenize(doc.text(), roled.roleStart(), roled.roleEnd());
        ActorDictionary.Match m = words.isEmpty() ? null : dictionary.countryAt(words, 0, true);
        return m == null ? null : m.actor();
    }

    /**
     * The body named before a role that calls it by a common noun alone: an armed force ({@code Juru bicara militer
     * untuk operasi di Kivu Utara} after {@code Angkatan Bersenjata Republik Demokratik Kongo}), as a definite
     * {@code the military} would take it, or an organisation whose words hold the noun ({@code ministry spokeswoman
     * Lusine Grigoryan} after {@code Armenia's defence ministry}); the nearest before it. None for a role that names a
     * field ({@code Pengamat militer}), nor for one whose noun is part of a name ({@code Kepala Administrasi Militer
     * Regional Donetsk}, a civil office).
     */
    private Actor bodyBefore(Mention roled) {
        List<Token> words = Tokenizer.standard().tokenize(doc.text(), roled.roleStart(), roled.roleEnd());
        DefiniteNouns nouns = DefiniteNouns.standard();
        Token head = null; // an armed force's noun first ('juru bicara dewan militer'), else any body's
        for (Token w : words) {
            if (!w.isCapitalized() && (nouns.isArmed(w.text()) || head == null && nouns.isHead(w.text()))) {
                head = w;
            }
        }
        if (head == null) {
            return null;
        }
        for (int n = 1; n <= Math.min(MAX_TITLE_WORDS, words.size()); n++) {
            if (NameLexicon.standard().isFieldTitle(words, 0, n)) {
                return null;
            }
        }
        boolean armed = nouns.isArmed(head.text());
        String noun = " " + head.lower() + " ";
        Mention nearest = null;
        for (Mention m : all) {
            if (m.end() > roled.roleStart() || nearest != null && m.start() < nearest.start() || m.actor() == null
                    || m.actor().type() != EntityType.ORGANIZATION) {
                continue;
            }
            boolean holds = armed ? m.actor().sector() == Sector.MIL && nouns.namesAnArmedForce(m.actor().name())
                    : (" " + doc.text().substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT) + " ")
                    .contains(noun);
            if (holds) {
                nearest = m;
            }
        }
        return nearest == null ? null : nearest.actor();
    }

    /** Capitalised words of an office that may stand between a possessive and the role's title word. */
    private static final int MAX_POSSESSED_OFFICE_WORDS = 3;

    /** The country or body whose possessive stands right before a role ({@code Pakistan's Information Minister}). */
    private Actor possessorBefore(Mention roled) {
        for (Mention m : all) {
            if (m.actor() != null && m.actor().type() != EntityType.PERSON && m.end() < roled.roleStart()
                    && !moreWordsThan(doc.text(), m.end(), roled.roleStart(), MAX_POSSESSED_OFFICE_WORDS + 1)) {
                List<Token> between = Tokenizer.standard().tokenize(doc.text(), m.end(), roled.roleStart());
                boolean office = !between.isEmpty() && between.get(0).isPossessive()
                        && between.size() - 1 <= MAX_POSSESSED_OFFICE_WORDS;
                for (int k = 1; k < between.size() && office; k++) {
                    office = between.get(k).isWord() && between.get(k).isCapitalized();
                }
                if (office) {
                    return m.actor(); // 'Pakistan's Information Minister': the office's own words may lie between
                }
            }
        }
        return null;
    }

    /**
     * True when {@code text[from, to)} holds more than {@code max} runs of non-space characters with a letter or digit
     * in them: each is at least one token, so more than {@code max} tokens lie there. Reads no further than
     * the run that passes {@code max}, so that a mention far before the role costs nothing to rule out.
     */
    private static boolean moreWordsThan(String text, int from, int to, int max) {
        int runs = 0;
        boolean counted = false; // the run at i already holds a letter or digit
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                counted = true;
                if (++runs > max) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The country or organisation named inside a role (an IGO first, as it decides the sector). */
    private Actor ownerIn(Mention roled) {
        Actor found = null;
        for (Mention m : all) {
            boolean inside = m.start() >= roled.roleStart() && m.end() <= roled.roleEnd();
            if (m.actor() == null && found == null && m.type() == EntityType.ORGANIZATION && inside) {
                found = countryEnding(doc.text().substring(m.start(), m.end())); // 'juru bicara Pasukan ... Ukraina'
                continue;
            }
            if (m.actor() != null && m.start() >= roled.roleStart() && m.end() <= roled.roleEnd()
                    && m.actor().type() != EntityType.PERSON) {
                if (m.actor().sector() == Sector.IGO) {
                    return m.actor();
                }
                if (found == null) {
                    found = m.actor();
                }
            }
        }
        return found;
    }
}
