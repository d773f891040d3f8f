package org.warta.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.warta.extract.Outcome;
import org.warta.extract.date.DateContext.Value;
import org.warta.extract.quantity.QuantityFinder;
import org.warta.extract.quantity.SpelledNumbers;
import org.warta.extract.segment.Document;
import org.warta.model.DateMention;
import org.warta.model.Quantity;
import org.warta.model.Resolution;

/**
 * Dates and periods named in the text, Indonesian and English, as EDTF values with their resolution: full dates
 * ({@code Rabu 30 September 2020}, {@code Selasa (29/10/2013)}, {@code Sept. 30, 2020}), days without a year
 * ({@code Minggu 27 September}, {@code Minggu (24/8)}: the year from the publication date or the nearest earlier
 * date of the text), months, years, spans of years, decades ({@code awal 1990-an} = {@code 199X}), weekdays
 * ({@code Selasa}, {@code on Tuesday}; {@code Minggu} the day, {@code minggu lalu} the week), relative dates
 * ({@code kemarin}, {@code pekan lalu}, {@code 3 hari yang lalu}, {@code last year}) and clock times
 * ({@code pukul 07.30 WIB}). Thread-safe; one instance serves every thread.
 */
public final class DateFinder {
    /** A possible mention: where, and how to resolve it once the mentions before it are known. */
    private record Candidate(int start, int end, Function<DateContext, Value> resolve) {
        int length() {
            return end - start;
        }
    }

    private final DateNames names;
    private final DateWords words;
    private final DatePatterns patterns;
    private final Relatives relatives;

    public DateFinder() {
        this.names = DateNames.standard();
        this.words = DateWords.standard();
        this.patterns = Holder.PATTERNS;
        this.relatives = new Relatives(names, words, patterns);
    }

    private static final class Holder {
        static final DatePatterns PATTERNS = new DatePatterns(DateNames.standard(), DateWords.standard());
        static final DateFinder STANDARD = new DateFinder();
    }

    /** The finder with the shipped name lists and the user's additions. */
    public static DateFinder standard() {
        return Holder.STANDARD;
    }

    public Outcome<List<DateMention>> find(Document doc) {
        return Outcome.of(find(doc.text(), doc.published()));
    }

    /** The date mentions of {@code text}, resolved against {@code published} (may be null). */
    public List<DateMention> find(String text, LocalDate published) {
        List<Candidate> all = new ArrayList<>();
        explicit(text, all);
        dayMonth(text, all);
        years(text, all);
        relatives.find(text, (s, e, f) -> all.add(new Candidate(s, e, f)));
        List<Candidate> chosen = choose(all);
        DateContext ctx = new DateContext(published);
        List<DateMention> out = new ArrayList<>();
        for (Candidate c : chosen) {
            Value v = c.resolve().apply(ctx);
            ctx.saw(v);
            out.add(new DateMention(text.substring(c.start(), c.end()), c.start(), c.end(), v.edtf(),
                    v.resolution()));
        }
        return out;
    }

    /** Longest first, then earliest; no two mentions overlap. Returned in text order. */
    private static List<Candidate> choose(List<Candidate> all) {
        all.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : all) {
            if (chosen.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    private void explicit(String text, List<Candidate> out) {
        for (ExplicitDates.Found f : ExplicitDates.standard().findAll(text)) {
            int[] span = withWeekday(text, f.start(), f.end());
            LocalDate d = f.date();
            out.add(new Candidate(span[0], span[1], ctx -> Value.day(d)));
        }
    }

    private void dayMonth(String text, List<Candidate> out) {
        for (Matcher m = patterns.dayMonth.matcher(text); m.find(); ) {
            addDayMonth(text, m.start(), m.end(), num(m.group("d")), names.month(m.group("m")).number(), out);
        }
        for (Matcher m = patterns.monthDay.matcher(text); m.find(); ) {
            addDayMonth(text, m.start(), m.end(), num(m.group("d")), names.month(m.group("m")).number(), out);
        }
        for (Matcher m = patterns.numericDayMonth.matcher(text); m.find(); ) {
            boolean parens = m.group("open") != null && m.group("close") != null;
            int start = m.group("open") != null && !parens ? m.start("d") : m.start();
            int end = parens ? m.end() : m.end("m");
            int[] span = withWeekday(text, start, end);
            if (parens || span[0] < start) {
                addDayMonth(text, start, end, num(m.group("d")), num(m.group("m")), out);
            }
        }
    }

    private void addDayMonth(String text, int start, int end, int day, int month, List<Candidate> out) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return;
        }
        int[] span = withWeekday(text, start, end);
        DayOfWeek wd = span[2] > 0 ? DayOfWeek.of(span[2]) : null;
        out.add(new Candidate(span[0], span[1], ctx -> {
            Integer y = ctx.yearOf(month, day, wd);
            LocalDate d = y == null ? null : ExplicitDates.valid(String.valueOf(y), String.valueOf(month),
                    String.valueOf(day));
            return d != null ? Value.day(d) : new Value(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day),
                    Resolution.DAY, null, null);
        }));
    }

    /** The span grown back over a weekday name before it ({@code Rabu, }, {@code Selasa (}) and its bracket. */
    private int[] withWeekday(String text, int start, int end) {
        int from = Math.max(0, start - 16);
        Matcher m = patterns.weekdayBefore.matcher(text.substring(from, start));
        if (!m.find()) {
            return new int[] {start, end, 0};
        }
        int newEnd = end;
        if (m.group("open") != null) {
            int k = end;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            if (k < text.length() && text.charAt(k) == ')') {
                newEnd = k + 1;
            }
        }
        return new int[] {from + m.start(), newEnd, names.weekday(m.group("w")).number()};
    }

    private void years(String text, List<Candidate> out) {
        for (Matcher m = patterns.monthYear.matcher(text); m.find(); ) {
            int month = names.month(m.group("m")).number();
            int y = num(m.group("y"));
            out.add(new Candidate(m.start(), m.end(), ctx -> new Value(YearMonth.of(y, month).toString(),
                    Resolution.MONTH, null, y)));
        }
        for (Matcher m = patterns.yearRange.matcher(text); m.find(); ) {
            int a = num(m.group("y1"));
            int b = num(m.group("y2"));
            if (isYear(a) && isYear(b) && b > a) {
                out.add(new Candidate(m.start(), m.end(), ctx -> new Value(a + "/" + b, Resolution.YEAR, null, b)));
            }
        }
        for (Matcher m = patterns.decade.matcher(text); m.find(); ) {
            int y = num(m.group("y"));
            if (y >= 1000 && y <= 2090) {
                String edtf = String.valueOf(y / 10) + "X";
                out.add(new Candidate(m.start(), m.end(), ctx -> new Value(edtf, Resolution.DECADE, null, null)));
            }
        }
        for (Matcher m = patterns.shortDecade.matcher(text); m.find(); ) {
            String edtf = "19" + m.group("yy").charAt(0) + "X";
            out.add(new Candidate(m.start(), m.end(), ctx -> new Value(edtf, Resolution.DECADE, null, null)));
        }
        List<Quantity> counts = null;
        for (Matcher m = patterns.year.matcher(text); m.find(); ) {
            int y = num(m.group("y"));
            if (!isYear(y)) {
                continue;
            }
            if (counts == null) {
                counts = QuantityFinder.standard().find(text, true);
            }
            int s = m.start("y");
            if (counts.stream().noneMatch(q -> q.start() <= s && s < q.end())) {
                out.add(new Candidate(m.start(), m.end(), ctx -> Value.year(y)));
            }
        }
    }

    static boolean isYear(int y) {
        return y >= 1800 && y <= 2100;
    }

    static int num(String digits) {
        return Integer.parseInt(digits);
    }

    static Double spelled(String phrase) {
        return SpelledNumbers.value(phrase);
    }
}
