package org.warta.extract.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.extract.Outcome;
import org.warta.extract.date.PublicationDates;

/**
 * A plain-text scrape -> {@link CleanArticle}: the headline (also when the page repeats it), the dateline
 * ({@code IMPIANNEWS.COM (Azerbaijan).}, {@code JAKARTA, KOMPAS.com -}), the publication date, and the body
 * without the furniture listed in {@code clean/boilerplate.tsv}. Paragraphs come out separated by a blank line.
 */
public final class TextCleaner {
    /** A headline is a short first line that does not read as a sentence. */
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_TITLE_CHARS = 250;
    /** Where to look for the date and the dateline: the first few paragraphs. */
    private static final int HEAD = 3;
    /** How far a date line is looked for below a page's menus, until the first paragraph of prose. */
    private static final int MAX_HEAD_LINES = 40;
    /** A standfirst of a sentence or two above the byline's date is shorter than this; a story's lede longer. */
    private static final int MIN_PROSE_WORDS = 30;
    /** Menus, tag lists and linked headlines: runs of this many short lines that are not sentences. */
    private static final int MIN_MENU_RUN = 4;
    private static final int MAX_MENU_WORDS = 12;
    /** A byline with its date ('TOI News Desk / TNN / Updated: Dec 6, 2025, 21:14 IST'). */
    private static final int MAX_BYLINE_CHARS = 100;
    /** The longest paragraph (a photo caption, a byline) that may stand above a dateline and goes with it. */
    private static final int MAX_FURNITURE_ABOVE_DATELINE = 300;
    /** A date line has names and numbers only: a lower-case word of four letters or more means prose. */
    private static final java.util.regex.Pattern LOWER_CASE_WORD = java.util.regex.Pattern.compile("(?<!\\p{L})\\p{Ll}{4,}");

    /** A site's name after a bar at a headline's end: at most three words. */
    private static final java.util.regex.Pattern SITE_SUFFIX =
            java.util.regex.Pattern.compile("\\s+\\|\\s+[^|\\s]+(\\s+[^|\\s]+){0,2}\\s*$");

    /**
     * What a page's title adds to its headline: a dash or a bar, then at most five words ({@code - Dunia Tempo.co},
     * {@code - Military & Defense - TASS}).
     */
    private static final java.util.regex.Pattern SITE_AFTER_HEADLINE =
            java.util.regex.Pattern.compile("\\s+[-–—|]\\s+\\S+(\\s+\\S+){0,4}\\s*$");
    /** A section's name before a bar at a page title's start: at most three words ({@code Live updates | }). */
    private static final java.util.regex.Pattern SECTION_BEFORE_HEADLINE =
            java.util.regex.Pattern.compile("\\S+(\\s\\S+){0,2}\\s+\\|\\s+");
    /** Lines of the outlet's name, menus and sections a copied page may open with above its headline. */
    private static final int MAX_MASTHEAD_LINES = 5;
    /** A row of a table of figures, no menu item: a label, a colon or a dash, a number ('- Tank: 10.925 (+5)'). */
    private static final java.util.regex.Pattern DATA_ROW = java.util.regex.Pattern.compile(
            "^[-•*–]?\\s*\\p{L}[\\p{L} /()&.-]{0,40}\\s*[:—–]\\s*[\\d.,]+(\\s*\\([+−-]?\\s*[\\d.,]+\\))?\\s*$");
    /** Words of one section's name in a breadcrumb above the headline ('India News'). */
    private static final int MAX_CRUMB_WORDS = 4;
    /** A line shorter than this is no headline a page's title may repeat. */
    private static final int MIN_REPEATED_TITLE = 20;

    private final Boilerplate boilerplate;
    private final Dateline.Patterns datelines;

    public TextCleaner() {
        this(Boilerplate.standard(), Dateline.Patterns.standard());
    }

    TextCleaner(Boilerplate boilerplate, Dateline.Patterns datelines) {
        this.boilerplate = boilerplate;
        this.datelines = datelines;
    }

    public Outcome<CleanArticle> clean(String raw, String url) {
        Outcome.Builder out = new Outcome.Builder("clean");
        List<String> paragraphs = Paragraphs.split(Paragraphs.normalise(raw), boilerplate::endsInACredit);
        String title = takeTitle(paragraphs);

        Dateline dateline = null;
        for (int i = 0; i < Math.min(HEAD, paragraphs.size()); i++) {
            dateline = datelines.wholeLine(paragraphs.get(i));
            if (dateline != null) {
                paragraphs.remove(i);
                break;
            }
        }
        LocalDate published = takeDateLine(paragraphs);
        List<String> body = withoutFurniture(paragraphs);
        for (int i = 0; dateline == null && i < Math.min(HEAD, body.size()); i++) {
            dateline = datelines.lead(body.get(i));
            if (dateline != null) {
                body.set(i, body.get(i).substring(dateline.length()).strip());
                body.subList(0, i).clear(); // a caption or byline above the dateline
            } else if (body.get(i).length() > MAX_FURNITURE_ABOVE_DATELINE) {
                break;
            }
        }
        if (published == null) {
            published = findDate(body);
        }
        String text = String.join("\n\n", body);
        if (text.isBlank()) {
            out.note("No article text is left after removing the headline, dateline and page furniture; "
                    + "check that the input is an article and not a list or index page.");
        }
        return out.done(new CleanArticle(title, text, published == null ? null : published.toString(),
                dateline == null ? null : dateline.place(), dateline == null ? null : dateline.site(), null, null));
    }

    /**
     * A page's text read by the HTML extractor may still open with a dateline ({@code GENEVA -},
     * {@code MEDAN, KOMPAS.com -}): cut it from the text and fill the dateline, and the site when the page
     * did not name it. A dateline the page marked up itself is kept, but its copy in the text still goes.
     */
    public CleanArticle withLeadDateline(CleanArticle article) {
        String[] paragraphs = article.text().split("\n\n", -1);
        for (int i = 0; i < Math.min(HEAD + 1, paragraphs.length); i++) {
            String p = paragraphs[i];
            Dateline alone = p.isEmpty() ? null : datelines.wholeLine(p);
            Dateline lead = alone != null || p.isEmpty() ? null : datelines.lead(p);
            if (alone != null || lead != null) {
                // a standfirst, byline or caption above the dateline goes with it ('KHARTOUM' on a line, Anadolu)
                List<String> rest = new ArrayList<>(List.of(paragraphs).subList(i + 1, paragraphs.length));
                if (lead != null) {
                    rest.add(0, p.substring(lead.length()).strip());
                }
                Dateline d = alone != null ? alone : lead;
                return new CleanArticle(article.title(), String.join("\n\n", rest).strip(), article.published(),
                        article.dateline() != null ? article.dateline() : d.place(),
                        article.site() != null ? article.site() : d.site(), article.language(), article.author());
            }
            if (p.length() > MAX_FURNITURE_ABOVE_DATELINE) {
                break;
            }
        }
        return article;
    }

    /** Removes and returns the headline: a short first line, and any copies of it that follow. */
    private String takeTitle(List<String> paragraphs) {
        // the outlet's name, its menus and the section a copied page opens with, above the headline
        for (int i = 0; i < MAX_MASTHEAD_LINES && paragraphs.size() > 2; i++) {
            if (aboveHeadline(paragraphs.get(0), paragraphs.get(1))) {
                paragraphs.remove(0);
            } else if (i > 0 && paragraphs.size() > 3 && Boilerplate.isMenu(paragraphs.get(1).strip())
                    && !boilerplate.isFurniture(paragraphs.get(0))) {
                paragraphs.remove(0); // the outlet's tagline between its name and its menu
            } else {
                break;
            }
        }
        if (paragraphs.size() < 2) {
            return null;
        }
        String first = paragraphs.get(0);
        String key = Boilerplate.key(first);
        boolean repeated = Boilerplate.hasKey(paragraphs.get(1), key);
        if (!repeated && !looksLikeHeadline(first)) {
            return null;
        }
        paragraphs.remove(0);
        first = SITE_SUFFIX.matcher(first).replaceFirst(""); // 'Somali forces ... army says | Reuters'
        dropCopies(paragraphs, first, key); // the headline again under the page's menus
        java.util.regex.Matcher site = SITE_AFTER_HEADLINE.matcher(first);
        String headline = site.find() && site.start() >= MIN_REPEATED_TITLE ? first.substring(0, site.start()) : null;
        java.util.regex.Matcher section = headline == null ? null : SECTION_BEFORE_HEADLINE.matcher(headline);
        if (section != null && section.lookingAt() && !paragraphs.contains(headline)) {
            headline = headline.substring(section.end()); // 'Live updates | IDF says ... | The Times of Israel'
        }
        // the page's title was the headline and the site's name ('... - Dunia Tempo.co'): the copy below is the headline
        return headline != null && dropCopies(paragraphs, headline, null) ? headline : first;
    }

    /**
     * Drops the copies of {@code headline} (or of the line whose key is {@code key}) among the first lines, and the
     * headline from a copy with a standfirst joined to it; true when there was one.
     */
    private static boolean dropCopies(List<String> paragraphs, String headline, String key) {
        String headlineKey = Boilerplate.key(headline);
        boolean found = false;
        for (int i = 0; i < Math.min(MAX_HEAD_LINES, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (Boilerplate.hasKey(p, headlineKey) || key != null && Boilerplate.hasKey(p, key)) {
                paragraphs.remove(i--);
                found = true;
            } else if (headline.length() >= MIN_REPEATED_TITLE && p.startsWith(headline + " ")) {
                paragraphs.set(i, p.substring(headline.length()).strip());
                found = true;
            }
        }
        return found;
    }

    /** Furniture, or an outlet's or section's name with more of them or the headline under it. */
    private boolean aboveHeadline(String line, String next) {
        return boilerplate.isFurniture(line) || sectionsBefore(line, next) || Mastheads.standard().is(line)
                && (boilerplate.isFurniture(next) || Mastheads.standard().is(next)
                    || looksLikeHeadline(next) && PublicationDates.find(next).isEmpty());
    }

    /**
     * True when {@code line} is a trail of sections that ends with the headline below it ({@code News / India News /
     * 12 Maoists ... killed}): a breadcrumb whose last crumb is the story.
     */
    private static boolean sectionsBefore(String line, String next) {
        if (next.length() < MIN_REPEATED_TITLE || line.length() <= next.length() || !line.endsWith(next)) {
            return false;
        }
        String trail = line.substring(0, line.length() - next.length()).strip();
        if (trail.isEmpty() || "/>›»|".indexOf(trail.charAt(trail.length() - 1)) < 0) {
            return false;
        }
        for (String crumb : trail.substring(0, trail.length() - 1).split("\\s+[/>›»|]\\s+")) {
            if (crumb.isBlank() || !Character.isUpperCase(crumb.strip().charAt(0))
                    || crumb.strip().split("\\s+").length > MAX_CRUMB_WORDS) {
                return false;
            }
        }
        return true;
    }

    private boolean looksLikeHeadline(String line) {
        if (line.length() > MAX_TITLE_CHARS || line.split("\\s+").length > MAX_TITLE_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        return datelines.wholeLine(line) == null && datelines.lead(line) == null && !boilerplate.isFurniture(line)
                && !boilerplate.endsStory(line);
    }

    /**
     * A line near the top that holds only a date ({@code Rabu, 30 September 2020 10:15 WIB}) is metadata: looked for
     * in the first few lines, and further down as long as no paragraph of prose has come (a page's menus first).
     */
    private static LocalDate takeDateLine(List<String> paragraphs) {
        for (int i = 0; i < Math.min(MAX_HEAD_LINES, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (i >= HEAD && readsAsProse(p)) {
                break;
            }
            Optional<LocalDate> d = Optional.empty();
            if (p.length() <= 60 && p.split("\\s+").length <= 8 && !LOWER_CASE_WORD.matcher(p).find()) {
                d = PublicationDates.find(p);
            } else if (p.length() <= MAX_BYLINE_CHARS && reads(p, MAX_MENU_WORDS)) {
                d = PublicationDates.inBody(p); // 'TOI News Desk / TNN / Updated: Dec 6, 2025, 21:14 IST'
            }
            if (d.isPresent()) {
                paragraphs.remove(i);
                return d.get();
            }
        }
        return null;
    }

    /** A paragraph of the article's prose: long enough, and ending as a sentence does. */
    private static boolean readsAsProse(String p) {
        return !reads(p, MAX_MENU_WORDS) && p.split("\\s+").length >= MIN_PROSE_WORDS;
    }

    /** A line of at most {@code words} words that does not end as a sentence does: a menu item, a tag, a link. */
    private static boolean reads(String p, int words) {
        String t = p.strip();
        return !t.isEmpty() && ".!?\"”…".indexOf(t.charAt(t.length() - 1)) < 0 && t.split("\\s+").length <= words;
    }

    /**
     * Which paragraphs stand in a run of at least {@link #MIN_MENU_RUN} short lines that do not end as sentences do:
     * a page's menus, tag lists and lists of linked headlines, pasted along with the article.
     */
    private static boolean[] menuRuns(List<String> paragraphs) {
        boolean[] menu = new boolean[paragraphs.size()];
        int runStart = 0;
        for (int i = 0; i <= paragraphs.size(); i++) {
            if (i < paragraphs.size() && reads(paragraphs.get(i), MAX_MENU_WORDS)
                    && !DATA_ROW.matcher(paragraphs.get(i)).matches()) {
                continue;
            }
            if (i - runStart >= MIN_MENU_RUN) {
                java.util.Arrays.fill(menu, runStart, i, true);
            }
            runStart = i + 1;
        }
        return menu;
    }

    private List<String> withoutFurniture(List<String> paragraphs) {
        int total = 0;
        for (String p : paragraphs) {
            total += p.length();
        }
        boolean[] menu = menuRuns(paragraphs);
        List<String> body = new ArrayList<>();
        int seen = 0;
        boolean link = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            Boilerplate.Key key = boilerplate.keyOf(p);
            boolean ends = boilerplate.endsStory(p, key);
            if (ends && seen >= total / 2) {
                break;
            }
            if (menu[i]) {
                seen += p.length();
                continue;
            }
            seen += p.length();
            boolean linked = link && readsAsHeadline(p);
            link = boilerplate.introducesLink(p) || linked; // 'Baca Juga' and the headlines under it
            if (ends || linked || link || boilerplate.isFurniture(p, key)) {
                continue;
            }
            String trimmed = boilerplate.withoutTrail(p).strip();
            if (!trimmed.isEmpty()) {
                body.add(trimmed);
            }
        }
        return body;
    }

    /** A linked story's headline under "Baca juga:": short, without a full stop at its end. */
    private static boolean readsAsHeadline(String p) {
        String t = p.strip();
        return !t.isEmpty() && t.length() <= MAX_TITLE_CHARS && t.charAt(t.length() - 1) != '.';
    }

    /** The first byline date in the opening paragraphs, else in the closing ones. */
    private static LocalDate findDate(List<String> body) {
        for (int i = 0; i < body.size(); i++) {
            if (i < HEAD || i >= body.size() - 2) {
                Optional<LocalDate> d = PublicationDates.inBody(body.get(i));
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return null;
    }
}
