package org.warta.extract.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.model.EntityType;

/**
 * Reads the actor dictionaries under {@code entity/actors/}: countries, organisations, people (one row per dated
 * role), outlets and state-body patterns. Columns are TAB-separated, {@code |} separates alternatives, {@code -}
 * is empty, and every row ends with its source. A bad sector, country code or date stops the load with the file,
 * the line and the value to fix.
 */
final class ActorFiles {
    static final String DIR = "entity/actors/";

    private ActorFiles() {
    }

    static ActorDictionary load() {
        ActorDictionary d = new ActorDictionary();
        countries(d);
        regions(d);
        named(d, "organisations.tsv", false);
        named(d, "outlets.tsv", true);
        people(d);
        for (LexiconRow row : LexiconFile.rows(DIR + "idioms.tsv")) {
            String[] words = row.column(0).strip().split("\\s+");
            if (words.length != 2) {
                throw new LexiconException(row, "an idiom is two words, a name and the word that makes it common ('baku "
                        + "tembak'); found " + words.length);
            }
            d.addIdiom(words[0], words[1]);
        }
        for (LexiconRow row : LexiconFile.rows(DIR + "things.tsv")) {
            d.addThing(row.column(0).strip());
        }
        for (LexiconRow row : LexiconFile.rows(DIR + "state-bodies.tsv")) {
            String pattern = row.column(0);
            boolean demonym = pattern.contains(StateBodyPattern.DEMONYM_SLOT);
            String slotText = demonym ? StateBodyPattern.DEMONYM_SLOT : StateBodyPattern.SLOT;
            int slot = pattern.indexOf(slotText);
            if (slot < 0) {
                throw new LexiconException(row, "pattern '" + pattern + "' has no " + StateBodyPattern.SLOT + " or "
                        + StateBodyPattern.DEMONYM_SLOT + " slot; write where the country's name goes, e.g. "
                        + "'Kementerian Pertahanan {country}'");
            }
            String after = pattern.substring(slot + slotText.length());
            boolean plural = demonym && after.startsWith("s") && (after.length() == 1 || after.charAt(1) == ' ');
            after = (plural ? after.substring(1) : after).strip();
            d.addPattern(new StateBodyPattern(folded(pattern.substring(0, slot)), folded(after), demonym,
                    plural, row.column(1), Sector.column(row, 2)));
        }
        return d;
    }

    private static List<String> folded(String words) {
        return NameKey.folded(NameKey.words(words.strip()));
    }

    private static void countries(ActorDictionary d) {
        for (LexiconRow row : LexiconFile.rows(DIR + "countries.tsv")) {
            String iso = iso(row, 0);
            Actor country = new Actor(Actor.COUNTRY + iso, EntityType.LOCATION, row.column(1), iso, null, List.of());
            for (String name : names(row.column(1), row.column(2, null))) {
                d.addName(name, country);
                d.addCountryName(name, country);
            }
            for (String demonym : alternatives(row.column(3, null))) {
                d.addDemonym(demonym, country);
            }
            for (String capital : alternatives(row.column(4, null))) {
                d.addName(capital, country);
            }
        }
    }

    /**
     * Regions, provinces and cities (the data files, Warta's own {@code entity/places.tsv} and the gazetteer
     * {@code entity/cities.tsv}): places.
     */
    private static void regions(ActorDictionary d) {
        List<LexiconRow> rows = new ArrayList<>(LexiconFile.rows(DIR + "regions.tsv"));
        rows.addAll(LexiconFile.rows("entity/places.tsv"));
        places(d, rows, Actor.PLACE);
        places(d, LexiconFile.rows("entity/cities.tsv"), Actor.GAZETTEER);
    }

    private static void places(ActorDictionary d, List<LexiconRow> rows, String keyPrefix) {
        for (LexiconRow row : rows) {
            Actor place = new Actor(keyPrefix + row.column(0), EntityType.LOCATION, row.column(0), iso(row, 2), null,
                    List.of());
            for (String name : names(row.column(0), row.column(1, null))) {
                d.addName(name, place);
            }
        }
    }

    private static void named(ActorDictionary d, String file, boolean outlet) {
        for (LexiconRow row : LexiconFile.rows(DIR + file)) {
            String country = iso(row, 2);
            Sector sector = outlet ? Sector.JRN : Sector.column(row, 3);
            Actor a = new Actor((outlet ? "outlet:" : "org:") + row.column(0), EntityType.ORGANIZATION,
                    row.column(0), country, sector, List.of());
            for (String name : names(row.column(0), row.column(1, null))) {
                d.addName(name, a);
            }
        }
    }

    private static void people(ActorDictionary d) {
        Map<String, List<DatedRole>> roles = new LinkedHashMap<>();
        Map<String, LexiconRow> first = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (LexiconRow row : LexiconFile.rows(DIR + "people.tsv")) {
            String name = row.column(0);
            first.putIfAbsent(name, row);
            aliases.computeIfAbsent(name, k -> new ArrayList<>()).addAll(alternatives(row.column(1, null)));
            String[] role = row.column(4, "").split("\\|", -1);
            String id = role[0].isBlank() || role[0].equals("-") ? null : role[0].strip();
            String en = role.length < 2 || role[1].isBlank() || role[1].equals("-") ? null : role[1].strip();
            if (id != null || en != null) {
                roles.computeIfAbsent(name, k -> new ArrayList<>()).add(new DatedRole(id, en, Sector.column(row, 3),
                        date(row, 5), date(row, 6)));
            }
        }
        for (Map.Entry<String, LexiconRow> e : first.entrySet()) {
            LexiconRow row = e.getValue();
            Actor a = new Actor("person:" + e.getKey(), EntityType.PERSON, e.getKey(), iso(row, 2),
                    Sector.column(row, 3), roles.getOrDefault(e.getKey(), List.of()));
            List<String> all = new ArrayList<>(List.of(e.getKey()));
            all.addAll(aliases.get(e.getKey()));
            for (String name : all) {
                d.addName(name, a);
            }
        }
    }

    private static List<String> names(String canonical, String others) {
        List<String> all = new ArrayList<>(List.of(canonical));
        all.addAll(alternatives(others));
        return all;
    }

    static List<String> alternatives(String column) {
        if (column == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : column.split("\\|")) {
            String s = part.strip();
            if (!s.isEmpty() && !s.equals("-")) {
                out.add(s);
            }
        }
        return out;
    }

    private static String iso(LexiconRow row, int i) {
        String raw = row.column(i, null);
        if (raw == null) {
            return null;
        }
        if (raw.length() != 3 || !raw.chars().allMatch(c -> c >= 'A' && c <= 'Z')) { // not matches(): a regex a row
            throw new LexiconException(row, "country '" + raw + "' is not an ISO 3166-1 alpha-3 code; expected three"
                    + " capital letters such as 'AZE', or '-' for none");
        }
        return raw;
    }

    private static LocalDate date(LexiconRow row, int i) {
        String raw = row.column(i, null);
        if (raw == null) {
            return null;
        }
        try {
            return isoDay(raw);
        } catch (DateTimeException e) {
            throw new LexiconException(row, "date '" + raw + "' in column " + (i + 1)
                    + " is not YYYY-MM-DD; write the day the role began or ended, or leave it empty");
        }
    }

    /**
     * {@code LocalDate.parse} with a quick path for the plain YYYY-MM-DD of these files: the formatter costs start-up
     * tens of milliseconds over the people file's dates, run interpreted. Accepts and refuses the same texts.
     */
    private static LocalDate isoDay(String raw) {
        if (raw.length() == 10 && raw.charAt(4) == '-' && raw.charAt(7) == '-' && digits(raw, 0, 4)
                && digits(raw, 5, 7) && digits(raw, 8, 10)) {
            return LocalDate.of(Integer.parseInt(raw, 0, 4, 10), Integer.parseInt(raw, 5, 7, 10),
                    Integer.parseInt(raw, 8, 10, 10));
        }
        return LocalDate.parse(raw);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
