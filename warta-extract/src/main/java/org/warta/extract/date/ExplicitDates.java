package org.warta.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates written with day, month and year, in the orders Indonesian and English news use: ISO
 * {@code 2020-09-30}, day first with digits {@code 30/9/2020}, {@code 30-09-2020}, {@code 30.09.2020} (Indonesian
 * and British order, never month first), {@code 30 September 2020}, {@code September 30, 2020} and
 * {@code Sept. 30, 2020}. Impossible dates ({@code 31/2/2020}) are skipped. Shared by threads.
 */
final class ExplicitDates {
    /** A date found at {@code [start, end)} of the searched text. */
    record Found(int start, int end, LocalDate date) {
    }

    private final Pattern pattern;
    private final DateNames names;

    private ExplicitDates(DateNames names) {
        String month = "(?:" + names.monthAlternation() + ")";
        String iso = "(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})(?![\\d:])";
        String digits = "(?<nD>\\d{1,2})(?<sep>[/.-])(?<nM>\\d{1,2})\\k<sep>(?<nY>\\d{4})"
                + "(?![\\p{L}\\p{N}])(?![.,]\\d)";
        String dayFirst = "(?<wD>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<wM>" + month + ")\\s*,?\\s*(?<wY>\\d{4})";
        String monthFirst = "(?<eM>" + month + ")\\s+(?<eD>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(?<eY>\\d{4})";
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}/.,-])(?:" + iso + "|" + digits + "|(?:" + dayFirst + "|"
                + monthFirst + ")(?!\\d))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.names = names;
    }

    static ExplicitDates standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ExplicitDates STANDARD = new ExplicitDates(DateNames.standard());
    }

    /** Every valid full date in {@code text}, in order, tried only at the given words. */
    List<Found> findAll(String text, List<WordScan.Word> words) {
        List<Found> out = new ArrayList<>();
        WordScan.scan(pattern, text, words, WordKinds.DIGITS | WordKinds.MONTH,
                m -> {
                    LocalDate d = date(m);
                    if (d != null) {
                        out.add(new Found(m.start(), m.end(), d));
                    }
                });
        return out;
    }

    /**
     * The first valid full date in {@code text}, or null. Every match starts a run of letters or digits (the
     * pattern's look-behind), so trying the pattern only at the words {@link #findAll} tries finds the same dates as
     * a search at every character, much faster on long paragraphs.
     */
    Found first(String text) {
        List<Found> all = findAll(text, WordScan.of(text));
        return all.isEmpty() ? null : all.get(0);
    }

    private LocalDate date(Matcher m) {
        if (m.group("isoY") != null) {
            return valid(m.group("isoY"), m.group("isoM"), m.group("isoD"));
        }
        if (m.group("nY") != null) {
            return valid(m.group("nY"), m.group("nM"), m.group("nD"));
        }
        if (m.group("wY") != null) {
            return valid(m.group("wY"), String.valueOf(names.month(m.group("wM")).number()), m.group("wD"));
        }
        return valid(m.group("eY"), String.valueOf(names.month(m.group("eM")).number()), m.group("eD"));
    }

    static LocalDate valid(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1000) {
            return null;
        }
        try {
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
