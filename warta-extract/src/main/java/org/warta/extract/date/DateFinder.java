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
        List<WordScan.Word> words = WordScan.of(text);
        List<ExplicitDates.Found> fullDates = explicit(text, words, all);
        dayMonth(text, words, all);
        years(text, words, all);
        relatives.find(text, words, (s, e, f) -> all.add(new Candidate(s, e, f)));
        List<Candidate> chosen = choose(all);
        // unpublished: a byline's date in the text stands in (not a date of the events: 'the attack on 7 October')
        DateContext ctx = new DateContext(published, published != null ? null
                : PublicationDates.byline(text, fullDates).orElse(null));
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

    /** Adds the full dates; returns them. */
    private List<ExplicitDates.Found> explicit(String text, List<WordScan.Word> words, List<Candidate> out) {
        List<ExplicitDates.Found> found = ExplicitDates.standard().findAll(text, words);
        for (ExplicitDates.Found f : found) {
            int[] span = withWeekday(text, f.start(), f.end());
            LocalDate d = f.date();
            out.add(new Candidate(span[0], span[1], ctx -> Value.day(d)));
        }
        return found;
    }

    private void dayMonth(String text, List<WordScan.Word> words, List<Candidate> out) {
        WordScan.scan(patterns.dayMonth, text, words, WordKinds.DIGITS, m -> addDayMonth(text, m.start(), m.end(),
                num(m.group("d")), names.month(m.group("m")).number(), out));
        WordScan.scan(patterns.monthDay, text, words, WordKinds.MONTH, m -> addDayMonth(text, m.start(), m.end(),
                num(m.group("d")), names.month(m.group("m")).number(), out));
        WordScan.scan(patterns.numericDayMonth, text, words, WordKinds.DIGITS | WordKinds.OPEN_PAREN,
                m -> numericDayMonth(text, m, out));
    }

    /** {@code (24/8)}, or {@code 24/8} after a weekday; a bare {@code 1/2} is no date. */
    private void numericDayMonth(String text, Matcher m, List<Candidate> out) {
        boolean parens = m.group("open") != null && m.group("close") != null;
        int start = m.group("open") != null && !parens ? m.start("d") : m.start();
        int end = parens ? m.end() : m.end("m");
        int[] span = withWeekday(text, start, end);
        if (parens || span[0] < start) {
            addDayMonth(text, start, end, num(m.group("d")), num(m.group("m")), out);
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

    private void years(String text, List<WordScan.Word> words, List<Candidate> out) {
        WordScan.scan(patterns.monthYear, text, words, WordKinds.MONTH | WordKinds.BULAN,
                m -> {
                    int month = names.month(m.group("m")).number();
                    int y = num(m.group("y"));
                    out.add(new Candidate(m.start(), m.end(), ctx -> new Value(YearMonth.of(y, month).toString(),
                            Resolution.MONTH, null, y)));
                });
        int yearish = WordKinds.DIGITS | WordKinds.YEAR_WORD | WordKinds.DECADE_PART;
        WordScan.scan(patterns.yearRange, text, words, yearish, m -> {
            int a = num(m.group("y1"));
            int b = num(m.group("y2"));
            if (isYear(a) && isYear(b) && b > a) {
                out.add(new Candidate(m.start(), m.end(), ctx -> new Value(a + "/" + b, Resolution.YEAR, null, b)));
            }
        });
        WordScan.scan(patterns.decade, text, words, yearish, m -> {
            int y = num(m.group("y"));
            if (y >= 1000 && y <= 2090) {
                String edtf = String.valueOf(y / 10) + "X";
                out.add(new Candidate(m.start(), m.end(), ctx -> new Value(edtf, Resolution.DECADE, null, null)));
            }
        });
        WordScan.scan(patterns.shortDecade, text, words, yearish | WordKinds.APOSTROPHE, m -> {
                    String edtf = "19" + m.group("yy").charAt(0) + "X";
                    out.add(new Candidate(m.start(), m.end(), ctx -> new Value(edtf, Resolution.DECADE, null, null)));
                });
        WordScan.scan(patterns.beforeChrist, text, words, yearish, m -> {
            int a = num(m.group("a"));
            String edtf = m.group("b") == null ? bc(a) : bc(a) + "/" + bc(num(m.group("b")));
            out.add(new Candidate(m.start(), m.end(), ctx -> new Value(edtf, Resolution.YEAR, null, null)));
        });
        WordScan.scan(patterns.century, text, words, WordKinds.DIGITS | WordKinds.CENTURY_CUE, m -> {
                    int n = num(m.group("n") != null ? m.group("n") : m.group("en"));
                    if (n >= 1 && n <= 21) {
                        String edtf = String.format(Locale.ROOT, "%02dXX", n - 1);
                        out.add(new Candidate(m.start(), m.end(), ctx -> new Value(edtf, null, null, null)));
                    }
                });
        List<int[]> years = new ArrayList<>();
        WordScan.scan(patterns.year, text, words, yearish, m -> {
            if (isYear(num(m.group("y")))) {
                years.add(new int[] {m.start(), m.end(), m.start("y"), num(m.group("y"))});
            }
        });
        if (years.isEmpty()) {
            return;
        }
        for (int[] y : years) {
            if (!countsSomething(text, y[2], y[1])) {
                int year = y[3];
                out.add(new Candidate(y[0], y[1], ctx -> Value.year(year)));
            }
        }
    }

    /** True when the quantity finder reads the number at {@code [start, end)} as a count ({@code 2020 orang}). */
    private static boolean countsSomething(String text, int start, int end) {
        int from = Math.max(0, start - 24);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = Math.min(text.length(), end + 48);
        int at = start - from;
        List<Quantity> counts = QuantityFinder.standard().find(text.substring(from, to), true);
        return counts.stream().anyMatch(q -> q.start() <= at && at < q.end());
    }


    /** A year before Christ in ISO 8601 astronomical numbering, as EDTF writes it: 580 BC = -0579. */
    static String bc(int year) {
        return String.format(Locale.ROOT, "-%04d", year - 1);
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
