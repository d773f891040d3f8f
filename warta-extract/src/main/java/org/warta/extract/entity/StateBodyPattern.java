package org.warta.extract.entity;

import java.util.List;

/**
 * A state body named through its country: {@code Kementerian Pertahanan {country}}, {@code {country}'s defence
 * ministry}, {@code {demonym} Foreign Ministry}. {@code before} and {@code after} are the lower-cased words around the country slot (an
 * English possessive is a word of its own: {@code 's}, {@code defence}, {@code ministry}).
 *
 * @param demonym    true when the slot takes the country's demonym ({@code Armenian}) rather than its name
 * @param plural     true when the demonym carries an English plural {@code s} ({@code {demonym}s}: {@code Palestinians})
 * @param template   the English canonical name with a {@code {country}} slot
 */
record StateBodyPattern(List<String> before, List<String> after, boolean demonym,
                        boolean plural, String template, Sector sector) {
    static final String SLOT = "{country}";
    static final String DEMONYM_SLOT = "{demonym}";

    StateBodyPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    String nameFor(Actor country) {
        return template.replace(SLOT, country.name());
    }
}
