package org.warta.store.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The calendar day of an ISO 8601 date or date-time, or null when there is none. */
public final class Dates {
    private Dates() {
    }

    public static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The day a claim is about: its period's start, else the article's publication day; null when neither. */
    public static LocalDate claimDay(org.warta.model.Claim c, LocalDate published) {
        LocalDate from = day(c.period() == null ? null : c.period().from());
        return from != null ? from : published;
    }
}
