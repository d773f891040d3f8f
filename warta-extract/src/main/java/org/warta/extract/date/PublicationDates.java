package org.warta.extract.date;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The first explicit full date (day, month and year) in a stretch of text, Indonesian or English: for the article
 * cleaner, which reads publication dates from bylines such as {@code Rabu 30 September 2020},
 * {@code Selasa (29/10/2013)} or {@code Sept. 30, 2020}. Digits are read day first (Indonesian and British
 * order); impossible dates are skipped. Thread-safe.
 */
public final class PublicationDates {
    private PublicationDates() {
    }

    /** The first valid full date in {@code text}; empty when there is none or {@code text} is null. */
    public static Optional<LocalDate> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        ExplicitDates.Found f = ExplicitDates.standard().first(text);
        return f == null ? Optional.empty() : Optional.of(f.date());
    }
}
