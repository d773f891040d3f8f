package org.warta.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;

/**
 * Reads a publication date as pages write it: ISO 8601 in metadata ({@code 2019-11-20T08:15:00+07:00}), written
 * out in Indonesian or English ({@code Rabu, 20 November 2019 08:15 WIB}, {@code Nov. 20, 2019}), or in a URL
 * ({@code /2019/11/20/}). Answers an ISO date or date-time, or null.
 */
final class PublishedDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|\\b)");

    private PublishedDates() {
    }

    private static final class Holder {
        static final Map<String, Integer> MONTHS = load();

        private static Map<String, Integer> load() {
            Map<String, Integer> m = new HashMap<>();
            for (LexiconRow r : LexiconFile.rows("html/months.tsv")) {
                m.put(r.column(0).toLowerCase(Locale.ROOT), (int) r.numberColumn(1));
            }
            return Map.copyOf(m);
        }
    }

    static int monthCount() {
        return Holder.MONTHS.size();
    }

    /** A machine-readable value ({@code datetime}, {@code content}, JSON-LD) -> ISO, or null. */
    static String fromIso(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO.matcher(value.strip());
        if (!m.lookingAt()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return date.toString();
            }
            LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            if (m.group(7) == null) {
                return time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            String offset = m.group(7).equals("Z") ? "Z" : m.group(7).replaceAll("(\\d{2}):?(\\d{2})$", "$1:$2");
            return OffsetDateTime.parse(time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + offset)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A date written out for readers ({@code 20 November 2019}, {@code Nov 20, 2019}) -> ISO date, or null. */
    static String fromText(String text) {
        if (text == null) {
            return null;
        }
        String iso = fromIso(text);
        if (iso != null) {
            return iso;
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            String d = date(dmy.group(3), dmy.group(2), dmy.group(1));
            if (d != null) {
                return d;
            }
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        while (mdy.find()) {
            String d = date(mdy.group(3), mdy.group(1), mdy.group(2));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** {@code https://x.com/2019/11/20/story} -> {@code 2019-11-20}, or null. */
    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static String date(String year, String month, String day) {
        Integer mon = month.chars().allMatch(Character::isDigit) ? Integer.valueOf(month)
                : Holder.MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (mon == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), mon, Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
