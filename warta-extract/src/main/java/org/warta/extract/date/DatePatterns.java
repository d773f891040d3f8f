package org.warta.extract.date;

import java.util.regex.Pattern;

/** The date finder's regular expressions, built once from the name and word files. */
final class DatePatterns {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String BN = "(?<![\\p{L}\\p{N}.,/:])";
    private static final String EN = "(?![\\p{L}\\p{N}]|[.,/:]\\d)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    final Pattern dayMonth;
    final Pattern monthDay;
    final Pattern numericDayMonth;
    final Pattern monthYear;
    final Pattern yearRange;
    final Pattern decade;
    final Pattern shortDecade;
    final Pattern beforeChrist;
    final Pattern century;
    final Pattern year;
    final Pattern monthAlone;
    final Pattern weekday;
    final Pattern weekdayBefore;
    final Pattern relative;
    final Pattern ago;
    final Pattern windowBefore;
    final Pattern windowAfter;
    final Pattern time;

    DatePatterns(DateNames names, DateWords words) {
        String month = "(?:" + names.monthAlternation() + ")";
        String wideMonth = "(?:" + names.monthAlternation() + ")";
        String day = "(?:" + names.weekdayAlternation() + ")";
        dayMonth = Pattern.compile(B + "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>" + month + ")" + E, FLAGS);
        monthDay = Pattern.compile(B + "(?<m>" + month + ")\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?" + EN, FLAGS);
        numericDayMonth = Pattern.compile("(?<open>\\(\\s*)?" + BN + "(?<d>\\d{1,2})\\s*/\\s*(?<m>\\d{1,2})"
                + "(?![\\p{N}/]|[.,]\\d)(?<close>\\s*\\))?", FLAGS);
        monthYear = Pattern.compile(B + "(?:bulan\\s+)?(?<m>" + month + ")\\s*,?\\s*(?<y>\\d{4})" + EN, FLAGS);
        yearRange = Pattern.compile(BN + "(?:(?:tahun|periode|years?)\\s+)?(?<y1>\\d{4})\\s*[-\u2013/]\\s*(?<y2>\\d{4})"
                + EN, FLAGS);
        decade = Pattern.compile(B + "(?:(?<part>" + words.alternation("decade-part") + ")[\\s-]+)?"
                + "(?:(?:tahun|the|era)\\s+)?(?<y>\\d{3}0)(?:\\s*-\\s*an|an|['\u2019]?s)" + E, FLAGS);
        shortDecade = Pattern.compile("(?:(?<part>" + words.alternation("decade-part") + ")[\\s-]+)?"
                + "(?:(?:tahun|the|era)\\s+)?['\u2019]\\s?(?<yy>[1-9]0)(?:\\s*-\\s*an|an|s)" + E, FLAGS);
        beforeChrist = Pattern.compile(B + "(?:tahun\\s+|year\\s+)?(?<a>\\d{1,4})(?:\\s*[-\u2013]\\s*(?<b>\\d{1,4}))?"
                + "\\s+(?:sebelum\\s+Masehi|SM|BC|BCE|B\\.C\\.)(?![\\p{L}\\p{N}])", FLAGS);
        century = Pattern.compile(B + "(?:abad\\s+ke-?\\s*(?<n>\\d{1,2})|(?:the\\s+)?(?<en>\\d{1,2})(?:st|nd|rd|th)"
                + "[\\s-]century)" + E, FLAGS);
        year = Pattern.compile(BN + "(?:(?:tahun|year)\\s+)?(?<y>\\d{4})" + EN, FLAGS);
        monthAlone = Pattern.compile(B + "(?<!\\d\\s)(?:bulan\\s+)?(?<m>" + wideMonth + ")(?!\\.?\\s*\\d)"
                + "(?:\\s+(?<rel>lalu|ini|depan|mendatang|"
                + "kemarin|silam|last|next))?" + E, FLAGS);
        weekday = Pattern.compile(B + "(?:(?<pre>" + words.alternation("before-day") + "|hari)\\s+)?(?<w>" + day + ")"
                + "(?:\\s+(?<part>" + words.alternation("daypart") + "))?(?:\\s+(?<rel>"
                + words.alternation("after-day") + "))?" + E, FLAGS);
        weekdayBefore = Pattern.compile(B + "(?<w>" + day + ")\\s*,?\\s*(?<open>\\(\\s*)?$", FLAGS);
        relative = Pattern.compile(B + "(?:" + words.alternation("relative") + ")" + E, FLAGS);
        String count = "(?<n>\\d{1,3}|\\p{L}+(?:[\\s-]\\p{L}+)?)"; // '3', 'tiga', 'twenty-four', 'dua puluh'
        ago = Pattern.compile(B + count + "\\s+(?<u>" + words.alternation("unit") + ")\\s+(?<dir>"
                + words.alternation("past") + "|" + words.alternation("future") + ")" + E, FLAGS);
        windowBefore = Pattern.compile(B + "(?<pre>" + words.alternation("window-before") + ")\\s+(?:" + count
                + "\\s+)?(?<u>" + words.alternation("unit") + ")" + E, FLAGS);
        windowAfter = Pattern.compile(B + "(?:(?:" + count + "\\s+)?(?<u>" + words.alternation("unit") + ")|(?<one>"
                + words.alternation("unit-one") + "))\\s+(?:" + words.alternation("window-after") + ")" + E, FLAGS);
        time = Pattern.compile(B + "(?:(?<cue>" + words.alternation("time-cue") + ")\\.?\\s+)?(?<h>\\d{1,2})"
                + "(?:[.:](?<min>[0-5]\\d))?(?:\\s*(?<z>" + words.alternation("zone") + "))?" + E, FLAGS);
    }
}
