package org.warta.extract.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline at the start of a story: the place, and the outlet when it names one. Two generic shapes:
 * place first, in capitals, then the outlet ({@code JAKARTA, KOMPAS.com - }, {@code BAKU (Reuters) - }), and an
 * outlet's domain first with the place in brackets ({@code IMPIANNEWS.COM (Azerbaijan).}).
 */
final class Datelines {
    private static final Pattern DOMAIN_FIRST = Pattern.compile(
            "^([A-Za-z0-9-]+(?:\\.[A-Za-z]{2,6}){1,2})\\s*\\(([^()]{2,40})\\)\\s*[.,:\u2013\u2014-]");
    private static final Pattern PLACE_FIRST = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu} .'/-]{1,40}?)\\s*(?:,\\s*([\\p{L}0-9.]+(?: [\\p{L}.]+)?)\\s*|\\(([^()]{2,30})\\)\\s*)"
                    + "[\u2013\u2014-]\\s");

    private Datelines() {
    }

    /** What a dateline says: the place and the outlet's domain (when written as one), either may be null. */
    record Dateline(String place, String site) {
    }

    static Dateline of(String text) {
        if (text == null || text.isEmpty()) {
            return new Dateline(null, null);
        }
        String head = text.substring(0, Math.min(text.length(), 120));
        Matcher d = DOMAIN_FIRST.matcher(head);
        if (d.find()) {
            return new Dateline(place(d.group(2)), d.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher p = PLACE_FIRST.matcher(head);
        if (p.find() && p.group(1).strip().length() >= 3) {
            String outlet = p.group(2) != null ? p.group(2) : p.group(3);
            String site = outlet != null && outlet.matches("(?i)[a-z0-9-]+(\\.[a-z]{2,6}){1,2}")
                    ? outlet.toLowerCase(Locale.ROOT) : null;
            return new Dateline(place(p.group(1)), site);
        }
        return new Dateline(null, null);
    }

    private static String place(String raw) {
        return org.warta.extract.clean.Dateline.placeName(raw);
    }
}
