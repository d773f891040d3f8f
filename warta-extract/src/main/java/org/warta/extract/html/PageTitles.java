package org.warta.extract.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline: {@code og:title} (or {@code twitter:title}), a schema.org or blog-template headline element, the
 * {@code <h1>}, then {@code <title>}; the site's name, when glued on with a separator ({@code Headline | Site},
 * {@code Blog: Headline}), is cut off. An {@code <h1>} that only names the site (blog templates) is not a title.
 */
final class PageTitles {
    private static final String SEP = "(?:\\s+[|\u2013\u2014\u00BB\u00B7\u2022-]\\s+|\\s*\\|\\s*)";
    private static final Pattern LAST = Pattern.compile("^(.+)" + SEP + "(.+?)$");
    private static final Pattern FIRST = Pattern.compile("^(.+?)" + SEP + "(.+)$");
    private static final Pattern COLON = Pattern.compile("^([^:]{2,60}):\\s+(.+)$");
    private static final int MAX_TITLE = 300;

    private PageTitles() {
    }

    static String title(Document page, PageMetadata meta) {
        String titleTag = clean(page.title());
        String siteName = clean(meta.meta("og:site_name"));
        String og = clean(meta.meta("og:title"));
        if (og == null) {
            og = clean(meta.meta("twitter:title"));
        }
        if (og != null && og.length() < MAX_TITLE) {
            return withoutSite(og, siteName);
        }
        Element headline = page.selectFirst("[itemprop=headline], .entry-title, .post-title");
        String text = headline == null ? null : clean(headline.text());
        if (text != null && text.length() < MAX_TITLE) {
            return withoutSite(text, siteName);
        }
        for (Element h1 : page.select("h1")) {
            String h = clean(h1.text());
            if (h != null && h.length() < MAX_TITLE && !namesSite(h, siteName, titleTag)) {
                return h;
            }
        }
        if (titleTag == null) {
            return null;
        }
        Matcher colon = COLON.matcher(titleTag);
        Element h1 = page.selectFirst("h1");
        if (colon.matches() && (sameName(colon.group(1), siteName)
                || h1 != null && sameName(colon.group(1), h1.text()))) {
            return colon.group(2).strip();
        }
        return withoutSite(titleTag, siteName);
    }

    /** Cuts a site name glued on with a separator; with no known site name, a short end part is taken for it. */
    static String withoutSite(String title, String siteName) {
        Matcher last = LAST.matcher(title);
        Matcher first = FIRST.matcher(title);
        if (!last.matches() || !first.matches()) {
            return title;
        }
        if (siteName != null) {
            if (sameName(last.group(2), siteName)) {
                return last.group(1).strip();
            }
            if (sameName(first.group(1), siteName)) {
                return first.group(2).strip();
            }
        }
        if (words(last.group(2)) <= 4 && words(last.group(1)) >= 3) {
            return last.group(1).strip();
        }
        if (words(first.group(1)) <= 2 && words(first.group(2)) >= 4) {
            return first.group(2).strip();
        }
        return title;
    }

    private static boolean namesSite(String h1, String siteName, String titleTag) {
        if (siteName != null && sameName(h1, siteName)) {
            return true;
        }
        if (titleTag == null || h1.length() >= 0.6 * titleTag.length()) {
            return false;
        }
        Matcher last = LAST.matcher(titleTag);
        Matcher first = FIRST.matcher(titleTag);
        Matcher colon = COLON.matcher(titleTag);
        return last.matches() && sameName(last.group(2), h1) || first.matches() && sameName(first.group(1), h1)
                || colon.matches() && sameName(colon.group(1), h1);
    }

    private static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return !x.isEmpty() && (x.equals(y) || x.equals(y.replaceAll("(com|coid|co|id|net|org)$", ""))
                || y.equals(x.replaceAll("(com|coid|co|id|net|org)$", "")));
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
