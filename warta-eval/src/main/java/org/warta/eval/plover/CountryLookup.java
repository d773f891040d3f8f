package org.warta.eval.plover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Span;

/**
 * Eval-only stand-in for the entity stage: every country named in the text by name, demonym or capital
 * ({@code countries.tsv}), as one place entity per country with its ISO code. Case-sensitive, whole words, longest
 * form first.
 */
final class CountryLookup {
    private record Form(String text, String iso, String name) {
    }

    private final List<Form> forms = new ArrayList<>();

    private CountryLookup() {
        for (String[] row : EvalTable.rows("countries.tsv")) {
            forms.add(new Form(row[1], row[0], row[1]));
            if (row.length > 2) {
                for (String f : row[2].split("\\|")) {
                    if (!f.isBlank()) {
                        forms.add(new Form(f.strip(), row[0], row[1]));
                    }
                }
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.text().length()));
    }

    static CountryLookup standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final CountryLookup STANDARD = new CountryLookup();
    }

    List<Entity> find(String text) {
        boolean[] taken = new boolean[text.length()];
        Map<String, List<Span>> byIso = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Form f : forms) {
            int at = 0;
            while ((at = text.indexOf(f.text(), at)) >= 0) {
                int end = at + f.text().length();
                if (whole(text, at, end) && free(taken, at, end)) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    byIso.computeIfAbsent(f.iso(), k -> new ArrayList<>()).add(new Span(at, end, f.text()));
                    names.put(f.iso(), f.name());
                }
                at = end;
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Span>> e : byIso.entrySet()) {
            List<Span> mentions = new ArrayList<>(e.getValue());
            mentions.sort(Comparator.comparingInt(Span::start));
            out.add(new Entity("e" + (out.size() + 1), EntityType.LOCATION, names.get(e.getKey()), e.getKey(), null,
                    null, mentions));
        }
        return out;
    }

    private static boolean whole(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || text.charAt(end - 1) == '.');
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
