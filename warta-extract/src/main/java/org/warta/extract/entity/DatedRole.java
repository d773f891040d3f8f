package org.warta.extract.entity;

import java.time.LocalDate;

/**
 * An office held for a period, from the people dictionary.
 *
 * @param sector the sector the office belongs to, or null
 * @param to     last day, or null while it lasts
 */
public record DatedRole(String indonesian, String english, Sector sector, LocalDate from, LocalDate to) {
    /** True when the role was held on {@code day}. */
    public boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The role in the article's language. */
    public String in(boolean indonesian) {
        String r = indonesian ? this.indonesian : english;
        return r != null ? r : indonesian ? english : this.indonesian;
    }
}
