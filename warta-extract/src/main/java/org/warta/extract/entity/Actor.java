package org.warta.extract.entity;

import java.time.LocalDate;
import java.util.List;
import org.warta.model.EntityType;

/**
 * One real-world actor a dictionary knows: a country, an organisation, a state body, a person or an outlet.
 *
 * @param key     identity inside one dictionary ({@code country:AZE}, {@code person:Nikol Pashinyan}); mentions
 *                with the same key are one entity
 * @param country ISO 3166-1 alpha-3, or null
 * @param sector  PLOVER sector, or null
 * @param roles   dated offices (people only), oldest first
 */
public record Actor(String key, EntityType type, String name, String country, Sector sector, List<DatedRole> roles) {
    /** Key prefix of a place that is not a country (regions, provinces, cities). */
    static final String PLACE = "place:";
    /** Key prefix of a place of the gazetteer ({@code entity/cities.tsv}), which the tagger's clues do not read. */
    static final String GAZETTEER = "city:";

    public Actor {
        roles = List.copyOf(roles);
    }

    /**
     * Key prefix of an organisation whose English name opens with a dictionary place ({@code Sudan Doctors Network}):
     * no dictionary actor and of no side (a medics' network is not its state's), but that place counts among the
     * article's places ({@link #placedCountry}).
     */
    static final String PLACED = "placed:";

    /** The organisation named {@code name}, whose name opens with a place of country {@code iso} (or null). */
    static Actor placed(String iso, String name) {
        return new Actor(PLACED + (iso == null ? "" : iso) + ":" + name, EntityType.ORGANIZATION, name, null, null,
                List.of());
    }

    /**
     * Key prefix of an organisation the text names by description only ({@code the regional military administration
     * said}): no dictionary actor; one per description and country in an article ({@link DescribedBodies}).
     */
    static final String DESCRIBED = "described:";

    /**
     * The organisation described as {@code name}, of country {@code iso} and sector {@code sector} (either null), in
     * the place its sentence names ({@code where}, a place's key or null): the same words for another place's body
     * ('the regional military administration' of Sumy, then of Kharkiv) name another actor.
     */
    static Actor described(String iso, Sector sector, String name, String where) {
        return new Actor(DESCRIBED + (iso == null ? "" : iso) + ":" + name.toLowerCase(java.util.Locale.ROOT)
                + (where == null ? "" : "@" + where), EntityType.ORGANIZATION, name, iso, sector, List.of());
    }

    /** Key prefix of a source the text cites without a name ({@code a local official said}; {@link UnnamedSources}). */
    static final String UNNAMED = "unnamed:";

    /** The unnamed source described as {@code name}, of country {@code iso} and sector {@code sector} (either null). */
    static Actor unnamed(String iso, Sector sector, String name) {
        return new Actor(UNNAMED + name.toLowerCase(java.util.Locale.ROOT), EntityType.PERSON, name, iso, sector,
                List.of());
    }

    /** True for a source the text cites without a name: no name, so no name found by the NER evaluation. */
    boolean isUnnamed() {
        return key.startsWith(UNNAMED);
    }

    /** The country of the place that opens a placed organisation's name, or null (also for any other actor). */
    String placedCountry() {
        if (!key.startsWith(PLACED)) {
            return null;
        }
        String iso = key.substring(PLACED.length(), key.indexOf(':', PLACED.length()));
        return iso.isEmpty() ? null : iso;
    }

    /** Key prefix of a country ({@code country:AZE}). */
    static final String COUNTRY = "country:";

    /** True for a country itself (its name, capital or demonym). */
    boolean isCountry() {
        return key.startsWith(COUNTRY);
    }

    /** True for a place that is not a country: a region, a province, a city. */
    boolean isPlace() {
        return key.startsWith(PLACE) || key.startsWith(GAZETTEER);
    }

    /**
     * True when the tagger's clues read this actor: every one but the gazetteer's places, added after the model was
     * trained, so that {@code warta train ner} still writes the shipped model byte for byte.
     */
    boolean isClue() {
        return !key.startsWith(GAZETTEER);
    }

    /** The office held on {@code day} (the latest one when the day is unknown), or null. */
    public DatedRole roleOn(LocalDate day) {
        DatedRole found = null;
        for (DatedRole r : roles) {
            if (day == null ? found == null || r.to() == null || found.to() != null && r.to().isAfter(found.to())
                    : r.heldOn(day)) {
                found = r;
            }
        }
        return found;
    }

    /**
     * True when {@code tokens[from..to)}, the words before this person's surname {@code tokens[to]} in one name, are
     * given names of someone else: none of them is one of this person's other names ({@code Ahmad Widodo}, {@code Jimmie Johnson},
     * not {@code Susilo B. Yudhoyono}), and they look like given names: capitalised, not in capitals, not hyphenated,
     * and at the start of a sentence at least two of them (a single one there is as often a capitalised common word:
     * {@code Once Trump}, {@code Kedatangan Mahfud}). False for an actor of one word, whose other names are unknown.
     */
    boolean surnameOfAnother(List<org.warta.extract.segment.Token> tokens, int from, int to) {
        if (!name.contains(" ") || from >= to || to >= tokens.size() || NameKey.isAcronym(tokens.get(to).text())
                || NameFinder.startsSentence(tokens, from) && to - from < 2) {
            return false; // an acronym ('SBY') is no surname
        }
        for (int k = from; k < to; k++) {
            org.warta.extract.segment.Token t = tokens.get(k);
            String text = t.text();
            if (!t.isCapitalized() || text.length() < 2 || text.equals(text.toUpperCase(java.util.Locale.ROOT))
                    || text.indexOf('-') >= 0 || isOwnName(NameKey.fold(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * As {@link #surnameOfAnother} for a name in plain words, {@code full} ending with this person's surname: true
     * when it is someone else's ({@code Lt. Matt Harris} is not Kamala Harris). False when a word of it is one of
     * this person's names, or this person has one name only.
     */
    boolean fullNameOfAnother(String full) {
        if (!name.contains(" ")) {
            return false;
        }
        String[] words = full.split(" ");
        for (int k = 0; k < words.length - 1; k++) {
            if (isOwnName(NameKey.fold(words[k]))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code folded} is one of the words of this actor's canonical name, case-folded. */
    private boolean isOwnName(String folded) {
        for (String n : name.split(" ")) {
            if (NameKey.fold(n).equals(folded)) {
                return true;
            }
        }
        return false;
    }
}
