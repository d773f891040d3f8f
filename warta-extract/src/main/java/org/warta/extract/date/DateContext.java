package org.warta.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.warta.model.Resolution;

/**
 * What a date without a year, or a relative date, is resolved against: the publication date, else the nearest
 * earlier date or year that the text gave. Filled in text order while the finder resolves its mentions.
 */
final class DateContext {
    /** A resolved value: EDTF text, its resolution, and the day or year it fixes (for later mentions). */
    record Value(String edtf, Resolution resolution, LocalDate day, Integer year) {
        static final Value UNKNOWN = new Value(null, null, null, null);

        static Value day(LocalDate d) {
            return new Value(d.toString(), Resolution.DAY, d, d.getYear());
        }

        static Value year(int y) {
            String four = y >= 1000 && y <= 9999 ? Integer.toString(y) : String.format(java.util.Locale.ROOT, "%04d", y);
            return new Value(four, Resolution.YEAR, null, y);
        }
    }

    private final LocalDate published;
    private final LocalDate firstInText;
    private LocalDate lastDay;
    private Integer lastYear;

    /**
     * @param published   the publication date, or null
     * @param firstInText the first full date of the text (a byline's, as a rule), the stand-in for the publication
     *                    date when neither it nor an earlier date of the text is known; may be null
     */
    DateContext(LocalDate published, LocalDate firstInText) {
        this.published = published;
        this.firstInText = firstInText;
    }

    void saw(Value v) {
        if (v.day() != null) {
            lastDay = v.day();
        }
        if (v.year() != null) {
            lastYear = v.year();
        }
    }

    LocalDate lastDay() {
        return lastDay;
    }

    /**
     * The day relative words count from: the publication date, else the last full date the text gave before, else
     * the first full date of the text.
     */
    LocalDate anchor() {
        return published != null ? published : lastDay != null ? lastDay : firstInText;
    }

    /**
     * The year of a day-and-month without one: the anchor's year, unless that puts the day more than 30 days after
     * the anchor (news reports what happened: the year before), or a named weekday only fits a neighbouring year.
     */
    Integer yearOf(int month, int day, DayOfWeek weekday) {
        LocalDate a = anchor();
        if (a == null) {
            return lastYear;
        }
        int[] order = {a.getYear(), a.getYear() - 1, a.getYear() + 1};
        if (weekday != null) {
            for (int y : order) {
                LocalDate d = ExplicitDates.valid(String.valueOf(y), String.valueOf(month), String.valueOf(day));
                if (d != null && d.getDayOfWeek() == weekday) {
                    return y;
                }
            }
        }
        LocalDate same = ExplicitDates.valid(String.valueOf(a.getYear()), String.valueOf(month), String.valueOf(day));
        if (same == null) {
            return null;
        }
        return same.isAfter(a.plusDays(30)) ? a.getYear() - 1 : a.getYear();
    }

    /** The weekday nearest the anchor in the given direction (-1 on or before, +1 after, 0 this week). */
    LocalDate weekday(DayOfWeek day, int direction) {
        LocalDate a = anchor();
        if (a == null) {
            return null;
        }
        if (direction > 0) {
            return a.with(TemporalAdjusters.next(day));
        }
        if (direction == 0) {
            return a.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
        }
        return a.with(TemporalAdjusters.previousOrSame(day));
    }

    /** The month nearest the anchor: the latest on or before it, or the next one when {@code future}. */
    Integer yearOfMonth(int month, boolean future) {
        LocalDate a = anchor();
        if (a == null) {
            return lastYear;
        }
        if (future) {
            return month > a.getMonthValue() ? a.getYear() : a.getYear() + 1;
        }
        return month <= a.getMonthValue() ? a.getYear() : a.getYear() - 1;
    }
}
