package org.warta.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TEMPORARY: replaced by issue 3's version (months from date/months.tsv). */
public final class PublicationDates {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})");
    private static final String[] MONTHS = {"januari", "februari", "maret", "april", "mei", "juni", "juli",
        "agustus", "september", "oktober", "november", "desember"};

    private PublicationDates() {
    }

    public static Optional<LocalDate> find(String text) {
        Matcher m = DMY.matcher(text);
        while (m.find()) {
            String month = m.group(2).toLowerCase(Locale.ROOT);
            for (int i = 0; i < MONTHS.length; i++) {
                if (MONTHS[i].equals(month)) {
                    try {
                        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), i + 1,
                                Integer.parseInt(m.group(1))));
                    } catch (DateTimeException e) {
                        break;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
