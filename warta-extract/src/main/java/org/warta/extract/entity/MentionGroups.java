package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.model.EntityType;

/**
 * Groups name mentions into actors: the same dictionary actor, the same words, an acronym defined in brackets
 * after its long form ({@code Organisasi Keamanan dan Kerja Sama Eropa (OSCE)}), and a person's short name
 * ({@code Pashinyan}, {@code Abu Shamala}) with the one full name in the article that begins or ends with it (a short
 * name of more than one word only ends it).
 */
final class MentionGroups {
    private final List<Mention> mentions;
    private final int[] parent;
    private final String[] folded;

    MentionGroups(String text, List<Mention> mentions) {
        this.mentions = List.copyOf(mentions);
        this.parent = new int[mentions.size()];
        this.folded = new String[mentions.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = NameKey.fold(text.substring(mentions.get(i).start(), mentions.get(i).end()));
        }
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        byKey(text);
        acronymDefinitions(text);
        shortNames(text);
    }

    List<Mention> mentions() {
        return mentions;
    }

    int group(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = group(a);
        int rb = group(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private Actor actorOf(int root) {
        for (int i = 0; i < mentions.size(); i++) {
            if (group(i) == root && mentions.get(i).actor() != null) {
                return mentions.get(i).actor();
            }
        }
        return null;
    }

    private boolean compatible(int a, int b) {
        Actor x = actorOf(group(a));
        Actor y = actorOf(group(b));
        return x == null || y == null || x.key().equals(y.key());
    }

    /**
     * True when two dictionary actors are organisations of one country: a definition in brackets says they are one
     * ({@code Angkatan Bersenjata Sudan (SAF)}: the state-body pattern's army and the dictionary's SAF).
     */
    private boolean sameCountryBody(int a, int b) {
        Actor x = actorOf(group(a));
        Actor y = actorOf(group(b));
        return x != null && y != null && x.type() == EntityType.ORGANIZATION && y.type() == EntityType.ORGANIZATION
                && x.country() != null && x.country().equals(y.country());
    }

    private void byKey(String text) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String key = m.actor() != null ? m.actor().key() : "text:" + folded[i];
            Integer f = first.putIfAbsent(key, i);
            if (f != null) {
                union(f, i);
            }
        }
        // a name the dictionary knows in one place and the text repeats elsewhere without it is still that actor
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.actor() == null) {
                continue;
            }
            for (int j = 0; j < mentions.size(); j++) {
                Mention o = mentions.get(j);
                if (o.actor() == null && folded[j].equals(folded[i])) {
                    union(i, j);
                }
            }
        }
    }

    /** A word in round brackets inside a name ({@code Kementerian Pertahanan (Kemhan) Rusia}). */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\(([^()\\s]+)\\)");

    /**
     * An acronym the article defines in brackets after a name whose words' initials it spells ({@code Arakan Army
     * (AA)}), or inside a state body's name before its country ({@code Kementerian Pertahanan (Kemhan) Rusia}), means
     * that name all through the article: the dictionary's other reading of the acronym (AA, the Anadolu Agency; Kemhan,
     * Indonesia's) gives way to the name's, in every mention of it. {@code found} is changed in place.
     */
    static void redefineAcronyms(String text, List<Mention> found) {
        for (Mention body : List.copyOf(found)) { // 'Kementerian Pertahanan (Kemhan) Rusia ... Kemhan juga menyebut'
            java.util.regex.Matcher inside = BRACKETED.matcher(text.substring(body.start(), body.end()));
            if (body.actor() != null && body.type() == EntityType.ORGANIZATION && inside.find()
                    && Character.isUpperCase(inside.group(1).charAt(0))) { // 'AA', 'Kemhan'
                for (int j = 0; j < found.size(); j++) {
                    Mention m = found.get(j);
                    if (m != body && text.substring(m.start(), m.end()).equals(inside.group(1))) {
                        found.set(j, new Mention(m.start(), m.end(), body.type(), body.actor(), m.evidence(),
                                m.roleStart(), m.roleEnd(), m.roleSector(), m.pronoun()));
                    }
                }
            }
        }
        for (int i = 0; i + 1 < found.size(); i++) {
            Mention longForm = found.get(i);
            Mention acronym = found.get(i + 1);
            if (acronym.actor() == null || longForm.type() == EntityType.PERSON
                    || longForm.actor() != null && longForm.actor().key().equals(acronym.actor().key())
                    || !definedInBrackets(text, longForm, acronym)) {
                continue;
            }
            String word = text.substring(acronym.start(), acronym.end());
            String name = text.substring(longForm.start(), longForm.end());
            // an outlet's acronym in brackets after a known body of another kind is that body's, in another language
            // ('Angkatan Bersenjata Filipina (AFP)', the Armed Forces of the Philippines, not Agence France-Presse)
            boolean outletsAcronym = acronym.actor().sector() == Sector.JRN && longForm.actor() != null
                    && longForm.actor().sector() != null && longForm.actor().sector() != Sector.JRN;
            if (!word.equals(initials(name)) && !outletsAcronym
                    || longForm.actor() == null && sameStart(name, acronym.actor().name())) {
                continue; // 'Palestinian Liberation Organization (PLO)': a variant of the dictionary's name
            }
            for (int j = 0; j < found.size(); j++) {
                Mention m = found.get(j);
                if (outletsAcronym && j > 0 && namesTheOutlet(text, found.get(j - 1), m)) {
                    continue; // 'kantor berita Prancis AFP' is still the agency
                }
                if (text.substring(m.start(), m.end()).equals(word)) {
                    found.set(j, new Mention(m.start(), m.end(), longForm.type(), longForm.actor(), m.evidence(), m.roleStart(),
                            m.roleEnd(), m.roleSector(), m.pronoun()));
                }
            }
        }
    }

    /** True when {@code m} stands right after a mention of a news outlet ({@code kantor berita Prancis AFP}). */
    private static boolean namesTheOutlet(String text, Mention before, Mention m) {
        return before.actor() != null && before.actor().sector() == Sector.JRN && before.end() <= m.start()
                && text.substring(before.end(), m.start()).isBlank();
    }

    private static boolean definedInBrackets(String text, Mention longForm, Mention acronym) {
        String between = text.substring(longForm.end(), Math.max(longForm.end(), acronym.start())).strip();
        String word = text.substring(acronym.start(), acronym.end());
        return between.equals("(") && acronym.end() < text.length() && text.charAt(acronym.end()) == ')'
                && NameTyper.isAcronym(word) && !word.contains(" ");
    }

    /** True when two names' first words share their first four letters ('Palestinian ...', 'Palestine ...'). */
    private static boolean sameStart(String a, String b) {
        String x = NameKey.fold(a.split("\\s+")[0]);
        String y = NameKey.fold(b.split("\\s+")[0]);
        int n = Math.min(4, Math.min(x.length(), y.length()));
        return x.regionMatches(0, y, 0, n);
    }

    /** The capitals that start the words of {@code name} ('Arakan Army' -> 'AA'). */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    private void acronymDefinitions(String text) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention longForm = mentions.get(i);
            Mention acronym = mentions.get(i + 1);
            String between = text.substring(longForm.end(), Math.max(longForm.end(), acronym.start())).strip();
            String word = text.substring(acronym.start(), acronym.end());
            boolean closed = acronym.end() < text.length() && text.charAt(acronym.end()) == ')';
            if (between.equals("(") && closed && NameTyper.isAcronym(word) && !word.contains(" ")
                    && longForm.type() != EntityType.PERSON && (compatible(i, i + 1) || sameCountryBody(i, i + 1))
                    && !(longForm.type() == EntityType.LOCATION && Character.toUpperCase(text.charAt(longForm.start()))
                    != word.charAt(0))) { // '... PBB di Ukraina (HRMMU)': the bracket defines a longer name
                union(i, i + 1);
            } else if (longForm.type() == EntityType.PERSON && acronym.type() == EntityType.PERSON
                    && NameTyper.isAcronym(text.substring(longForm.start(), longForm.end()))
                    && text.substring(longForm.end(), acronym.start()).strip().equals(")")) {
                union(i, i + 1); // a title's acronym and its holder: 'District Police Officer (DPO) Sajjad ...'
            }
        }
    }

    private void shortNames(String text) {
        List<Integer> fullNames = new ArrayList<>(); // persons of two words or more, the only full names to try
        String[] texts = new String[mentions.size()];
        for (int j = 0; j < mentions.size(); j++) {
            Mention m = mentions.get(j);
            texts[j] = text.substring(m.start(), m.end());
            if (m.type() == EntityType.PERSON && texts[j].contains(" ")) {
                fullNames.add(j);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention shortName = mentions.get(i);
            String words = texts[i];
            boolean multiWord = words.contains(" ");
            if (multiWord && shortName.type() != EntityType.PERSON
                    || shortName.type() != EntityType.PERSON && shortName.evidence() > 1
                    || shortName.actor() != null && shortName.actor().type() != EntityType.PERSON) {
                continue;
            }
            int found = -1;
            boolean ambiguous = false;
            Actor known = actorOf(group(i));
            for (int j : fullNames) {
                if (multiWord ? !endsWithWords(texts[j], words) : !startsOrEndsWithWord(texts[j], words)) {
                    continue;
                }
                if (known != null && known.type() == EntityType.PERSON && actorOf(group(j)) == null
                        && texts[j].endsWith(words) && known.fullNameOfAnother(texts[j])) {
                    continue; // 'Harris' the dictionary reads as Kamala Harris does not join 'Matt Harris'
                }
                if (found >= 0 && group(found) != group(j)) {
                    ambiguous = true;
                }
                found = j;
            }
            if (found >= 0 && !ambiguous && compatible(i, found)) {
                union(i, found);
            }
        }
    }

    /**
     * True when {@code full} starts with {@code word} and a space, or ends with a space and {@code word}, its first
     * letter in any case ({@code Al-Qatabi} for {@code Saleh al-Qatabi}).
     */
    private static boolean startsOrEndsWithWord(String full, String word) {
        int n = word.length();
        if (full.length() <= n) {
            return false;
        }
        int at = full.length() - n;
        return full.charAt(n) == ' ' && full.startsWith(word)
                || full.charAt(at - 1) == ' ' && full.regionMatches(true, at, word, 0, 1)
                && full.regionMatches(at + 1, word, 1, n - 1); // 'Al-Qatabi' opening a sentence, not 'LOWE'
    }

    /**
     * True when {@code full} ends with a space and the words of a surname of more than one word ({@code Abu Shamala}
     * for {@code Ahmed Abu Shamala}, {@code Lopez Obrador}); a name never opens with such a short form.
     */
    private static boolean endsWithWords(String full, String words) {
        return full.length() > words.length() && full.endsWith(words)
                && full.charAt(full.length() - words.length() - 1) == ' ';
    }

    /** Mention indexes per group, groups in order of their first mention. */
    List<List<Integer>> groups() {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(mentions.get(a).start(), mentions.get(b).start()));
        for (int i : order) {
            byRoot.computeIfAbsent(group(i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byRoot.values());
    }
}
