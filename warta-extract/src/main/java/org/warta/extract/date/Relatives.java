package org.warta.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.warta.extract.date.DateContext.Value;
import org.warta.extract.date.DateWords.Relative;
import org.warta.extract.date.DateWords.Unit;
import org.warta.model.Resolution;

/**
 * Mentions that need the publication date (or an earlier date of the text) to mean a day: relative phrases
 * ({@code kemarin}, {@code pekan lalu}, {@code last year}), {@code N units ago} ({@code 3 hari yang lalu},
 * {@code two years ago}), weekdays alone ({@code Selasa}, {@code on Tuesday}, {@code Sabtu malam}), months alone
 * ({@code Mei lalu}, {@code September}) and clock times ({@code pukul 07.30 WIB}).
 */
final class Relatives {
    /** The value of a window-before word of date/words.tsv that spans without a count ('the past week'). */
    private static final String ALONE = "alone";

    interface Sink {
        void add(int start, int end, Function<DateContext, Value> resolve);
    }

    private final DateNames names;
    private final DateWords words;
    private final DatePatterns patterns;

    Relatives(DateNames names, DateWords words, DatePatterns patterns) {
        this.names = names;
        this.words = words;
        this.patterns = patterns;
    }

    void find(String text, List<WordScan.Word> scan, Sink sink) {
        WordScan.scan(patterns.relative, text, scan, WordKinds.RELATIVE_FIRST, m -> {
            Relative r = words.relative.get(String.join(" ", m.group().toLowerCase(Locale.ROOT).split("\\s+")));
            sink.add(m.start(), m.end(), ctx -> shift(ctx.anchor(), r.unit(), r.offset()));
        });
        WordScan.scan(patterns.ago, text, scan, (ws, i) -> isUnit(ws, i + 1) || isUnit(ws, i + 2),
                m -> ago(m, sink));
        windows(text, scan, sink);
        weekdays(text, scan, sink);
        months(text, scan, sink);
        times(text, scan, sink);
    }

    /**
     * Spans that end at the publication: 'the past 24 hours', 'the last seven days', 'the past week', '24 jam
     * terakhir', 'tiga hari terakhir', 'sepekan terakhir'. Without a count only 'past' spans ('the past week'): 'last
     * week' is the calendar week before (relative.tsv), 'the previous year' the year before; a word before the unit
     * that is no number ('dalam pekan terakhir') leaves one unit.
     */
    private void windows(String text, List<WordScan.Word> scan, Sink sink) {
        WordScan.scan(patterns.windowBefore, text, scan, WordKinds.WINDOW_BEFORE, m -> {
            String pre = m.group("pre").toLowerCase(Locale.ROOT);
            if (m.group("n") == null && !ALONE.equals(words.value("window-before", pre))) {
                return; // 'last week': the calendar week; 'down from the previous year': the year before
            }
            window(m, sink);
        });
        WordScan.scan(patterns.windowAfter, text, scan, (ws, i) -> windowAfterWithin(ws, i + 1)
                && (ws.get(i).is(WordKinds.UNIT_ONE) || isUnit(ws, i) || isUnit(ws, i + 1) || isUnit(ws, i + 2)),
                m -> window(m, sink));
    }

    /** True when a word that closes a span ('terakhir') stands within three words from {@code from}: rare, so first. */
    private static boolean windowAfterWithin(List<WordScan.Word> ws, int from) {
        for (int k = from; k < Math.min(ws.size(), from + 3); k++) {
            if (ws.get(k).is(WordKinds.WINDOW_AFTER)) {
                return true;
            }
        }
        return false;
    }

    private void window(Matcher m, Sink sink) {
        String n = m.group("n");
        Double amount = n == null ? Double.valueOf(1) : number(n);
        int start = m.start();
        if (amount == null) { // 'hujan dua hari terakhir': the count is the last word; 'dalam pekan terakhir': none
            String last = n.substring(Math.max(n.lastIndexOf(' '), n.lastIndexOf('-')) + 1);
            if (words.value("vague", last.toLowerCase(Locale.ROOT)) != null) {
                return; // 'beberapa bulan terakhir', 'the past few days': how long, the words do not say
            }
            amount = DateFinder.spelled(last);
            start = amount == null ? m.start("u") : m.end("n") - last.length();
            amount = amount == null ? 1.0 : amount;
        }
        if (!isCountOfUnits(amount)) {
            return;
        }
        String word = m.group("u") != null ? m.group("u") : m.group("one");
        String role = m.group("u") != null ? "unit" : "unit-one";
        Unit unit = Unit.valueOf(words.value(role, word.toLowerCase(Locale.ROOT)));
        int units = amount.intValue();
        sink.add(start, m.end(), ctx -> span(ctx.anchor(), unit, units));
    }

    /** The days from {@code units} units before {@code anchor} to it, an EDTF interval; unknown without an anchor. */
    static Value span(LocalDate anchor, Unit unit, int units) {
        if (anchor == null) {
            return Value.UNKNOWN;
        }
        LocalDate from = switch (unit) {
            case HOUR -> anchor.minusDays(Math.max(1, (units + 23) / 24));
            case DAY -> anchor.minusDays(units);
            case WEEK -> anchor.minusWeeks(units);
            case MONTH -> anchor.minusMonths(units);
            case YEAR -> anchor.minusYears(units);
        };
        return new Value(from + "/" + anchor, Resolution.DAY, null, anchor.getYear());
    }

    /** The number a count is written as ('3', 'tiga', 'twenty-four'), or null. */
    private static Double number(String n) {
        return n.chars().allMatch(Character::isDigit) ? Double.valueOf(n) : DateFinder.spelled(n);
    }

    /** True for a whole count of units a date may be that far from another (1 to 500). */
    private static boolean isCountOfUnits(Double n) {
        return n != null && n == Math.floor(n) && n >= 1 && n <= 500;
    }

    private boolean isUnit(List<WordScan.Word> ws, int i) {
        return i < ws.size() && ws.get(i).is(WordKinds.UNIT);
    }

    private void ago(Matcher m, Sink sink) {
        Double n = number(m.group("n"));
        if (!isCountOfUnits(n)) {
            return;
        }
        Unit unit = Unit.valueOf(words.value("unit", m.group("u")));
        int sign = words.value("past", m.group("dir")) != null ? -1 : 1;
        int amount = n.intValue() * sign;
        sink.add(m.start(), m.end(), ctx -> shift(ctx.anchor(), unit, amount));
    }

    private void weekdays(String text, List<WordScan.Word> scan, Sink sink) {
        WordScan.scan(patterns.weekday, text, scan, WordKinds.WEEKDAY | WordKinds.BEFORE_DAY | WordKinds.HARI,
                m -> weekday(m, sink));
    }

    private void weekday(Matcher m, Sink sink) {
        DateNames.Name w = names.weekday(m.group("w"));
        if (w.abbreviation()) {
            return;
        }
        boolean sunday = m.group("w").toLowerCase(Locale.ROOT).equals("minggu");
        String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
        boolean dayWord = m.group("pre") != null && m.group("pre").equalsIgnoreCase("hari");
        if (sunday && !dayWord && (!Character.isUpperCase(m.group("w").charAt(0)) || rel != null
                && !rel.equals("kemarin") && m.group("part") == null)) {
            return; // minggu lalu, minggu depan: the week, not Sunday
        }
        String pre = m.group("pre") == null ? "" : m.group("pre").toLowerCase(Locale.ROOT);
        int direction = rel != null ? Integer.parseInt(words.value("after-day", rel))
                : words.value("before-day", pre) != null ? Integer.parseInt(words.value("before-day", pre)) : -1;
        if (pre.equals("on") || pre.equals("this") && direction == 0) {
            direction = pre.equals("on") ? -1 : 0;
        }
        int start = pre.equals("on") || pre.equals("hari") ? m.start("w") : m.start();
        int dir = direction;
        DayOfWeek day = DayOfWeek.of(w.number());
        sink.add(start, m.end(), ctx -> {
            LocalDate d = ctx.weekday(day, dir);
            return d == null ? Value.UNKNOWN : Value.day(d);
        });
    }

    private void months(String text, List<WordScan.Word> scan, Sink sink) {
        WordScan.scan(patterns.monthAlone, text, scan, WordKinds.MONTH | WordKinds.BULAN,
                m -> month(text, m, sink));
    }

    private void month(String text, Matcher m, Sink sink) {
        DateNames.Name month = names.month(m.group("m"));
        String word = m.group("m");
        if (month.abbreviation() || !month.indonesian() && !Character.isUpperCase(word.charAt(0))
                || word.equals("May") && m.group("rel") == null && !m.group().startsWith("bulan")
                && !precededBy(text, m.start(), "in")) {
            return;
        }
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        boolean future = rel.equals("depan") || rel.equals("mendatang") || rel.equals("next");
        int mm = month.number();
        sink.add(m.start(), m.end(), ctx -> {
            Integer y = ctx.yearOfMonth(mm, future);
            return y == null ? new Value(String.format(Locale.ROOT, "XXXX-%02d", mm), Resolution.MONTH, null, null)
                    : new Value(YearMonth.of(y, mm).toString(), Resolution.MONTH, null, y);
        });
    }

    private void times(String text, List<WordScan.Word> scan, Sink sink) {
        WordScan.scan(patterns.time, text, scan, WordKinds.DIGITS | WordKinds.TIME_CUE,
                m -> time(m, sink));
    }

    private void time(Matcher m, Sink sink) {
        boolean cue = m.group("cue") != null;
        String zone = m.group("z") == null ? null : words.value("zone", m.group("z"));
        int h = Integer.parseInt(m.group("h"));
        if (!cue && zone == null || h > 24 || !cue && m.group("min") == null && h > 12 && zone == null) {
            return;
        }
        String clock = String.format(Locale.ROOT, "T%02d:%s%s", h, m.group("min") == null ? "00" : m.group("min"),
                zone == null ? "" : zone);
        sink.add(m.start(), m.end(), ctx -> {
            LocalDate d = ctx.lastDay() != null ? ctx.lastDay() : ctx.anchor();
            return d == null ? Value.UNKNOWN : new Value(d + clock, Resolution.DAY, null, null);
        });
    }

    private static boolean precededBy(String text, int at, String word) {
        String before = text.substring(Math.max(0, at - word.length() - 1), at).strip().toLowerCase(Locale.ROOT);
        return before.endsWith(word);
    }

    /** The day, week, month or year {@code offset} units from {@code anchor}; unknown without an anchor. */
    static Value shift(LocalDate anchor, Unit unit, int offset) {
        if (anchor == null) {
            return Value.UNKNOWN;
        }
        return switch (unit) {
            case HOUR -> Value.day(anchor.plusDays(offset / 24)); // '3 jam lalu': that day; '48 hours ago' two back
            case DAY -> Value.day(anchor.plusDays(offset));
            case WEEK -> {
                LocalDate monday = anchor.plusWeeks(offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Value(monday + "/" + monday.plusDays(6), Resolution.DAY, null, monday.getYear());
            }
            case MONTH -> {
                YearMonth ym = YearMonth.from(anchor).plusMonths(offset);
                yield new Value(ym.toString(), Resolution.MONTH, null, ym.getYear());
            }
            case YEAR -> Value.year(anchor.getYear() + offset);
        };
    }
}
