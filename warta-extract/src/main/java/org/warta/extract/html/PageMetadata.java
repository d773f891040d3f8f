package org.warta.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.extract.clean.SiteNames;

/**
 * The article's fields that a page states outside its text: published date, site, language and author. The title
 * has its own reader, {@link PageTitles}.
 */
final class PageMetadata {
    private final Document page;
    private final Map<String, String> metas = new HashMap<>();
    private String jsonLd;

    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
    private static final Pattern LD_CREATED = Pattern.compile("\"dateCreated\"\\s*:\\s*\"([^\"]{8,40})\"");
    private static final Pattern LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*\\[?\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{2,80})\"");
    private static final Pattern LANG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");
    private static final int MAX_LD_CHARS = 200_000;
    private static final int MAX_VISIBLE_DATE_SCAN = 3_000;

    PageMetadata(Document page) {
        this.page = page;
        for (Element e : page.head().getElementsByTag("meta")) {
            String v = e.attr("content").strip();
            if (v.isEmpty()) {
                continue;
            }
            for (String key : new String[] {e.attr("property"), e.attr("name"), e.attr("itemprop"),
                    e.attr("http-equiv")}) {
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
                }
            }
        }
    }

    String published(String url) {
        String ld = jsonLd();
        for (Pattern p : new Pattern[] {LD_PUBLISHED, LD_CREATED}) {
            int at = ld.indexOf(p == LD_PUBLISHED ? "\"datePublished\"" : "\"dateCreated\"");
            if (at < 0) {
                continue;
            }
            Matcher m = p.matcher(ld).region(at, ld.length());
            String v = m.find() ? PublishedDates.fromIso(m.group(1)) : null;
            if (v != null) {
                return v;
            }
        }
        for (String key : new String[] {"article:published_time", "og:published_time", "datePublished",
                "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
                "sailthru.date", "parsely-pub-date", "article.published", "published_time"}) {
            String v = PublishedDates.fromIso(meta(key));
            if (v != null) {
                return v;
            }
        }
        for (Element e : page.select("[itemprop=datePublished]")) {
            String v = PublishedDates.fromIso(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
            if (v != null) {
                return v;
            }
        }
        for (Element e : page.select("time[datetime]")) {
            String v = PublishedDates.fromIso(e.attr("datetime"));
            if (v != null) {
                return v;
            }
        }
        String fromUrl = PublishedDates.fromUrl(url);
        if (fromUrl != null) {
            return fromUrl;
        }
        return visibleDate();
    }

    /** A date written near the top of the body, where bylines and datelines are. */
    private String visibleDate() {
        if (page.body() == null) {
            return null;
        }
        for (Element e : page.body().select("time, [class*=date], [class*=time], [class*=publish], [id*=date]")) {
            String text = e.text();
            if (text.length() < 120) {
                String v = PublishedDates.fromText(text);
                if (v != null) {
                    return v;
                }
            }
        }
        String text = page.body().text();
        return PublishedDates.fromText(text.substring(0, Math.min(text.length(), MAX_VISIBLE_DATE_SCAN)));
    }

    /** The outlet's domain: canonical URL, og:url, the page's URL, then an og:site_name that is a domain. */
    String site(String url) {
        Element canonical = page.head().selectFirst("link[rel=canonical][href]");
        for (String candidate : new String[] {canonical == null ? null : canonical.attr("abs:href"),
                meta("og:url"), url}) {
            String site = SiteNames.fromUrl(candidate);
            if (site != null && site.contains(".")) {
                return site;
            }
        }
        String name = meta("og:site_name");
        if (name != null && name.strip().matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            return SiteNames.normalise(name.strip());
        }
        return null;
    }

    /** ISO 639-1 from {@code <html lang>}, {@code content-language} or {@code og:locale}; {@code in} -> {@code id}. */
    String language() {
        Element html = page.root().firstElementChild();
        for (String candidate : new String[] {html == null ? null : html.attr("lang"), meta("content-language"),
                meta("og:locale")}) {
            if (candidate == null) {
                continue;
            }
            Matcher m = LANG.matcher(candidate.strip());
            if (m.matches()) {
                String code = m.group(1).toLowerCase(Locale.ROOT);
                if (code.equals("in") || code.equals("ind")) {
                    return "id";
                }
                if (code.equals("eng")) {
                    return "en";
                }
                if (code.length() == 2) {
                    return code;
                }
            }
        }
        return null;
    }

    String author() {
        String m = meta("author");
        if (m != null && !m.isBlank() && !m.startsWith("http")) {
            return m.strip();
        }
        Matcher ld = LD_AUTHOR.matcher(jsonLd());
        if (ld.find()) {
            return ld.group(1).strip();
        }
        String article = meta("article:author");
        if (article != null && !article.isBlank() && !article.startsWith("http")) {
            return article.strip();
        }
        for (Element e : page.select("[rel=author], [itemprop=author]")) {
            String name = e.hasAttr("content") ? e.attr("content") : e.text();
            if (!name.isBlank() && name.length() < 80) {
                return name.strip();
            }
        }
        return null;
    }

    /** A {@code <meta>} value by {@code property}, {@code name} or {@code itemprop} (any case), or null. */
    String meta(String key) {
        return metas.get(key.toLowerCase(Locale.ROOT));
    }

    private String jsonLd() {
        if (jsonLd != null) {
            return jsonLd;
        }
        StringBuilder sb = new StringBuilder();
        for (Element s : page.getElementsByTag("script")) {
            if (!s.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            sb.append(s.data()).append('\n');
            if (sb.length() > MAX_LD_CHARS) {
                break;
            }
        }
        jsonLd = sb.toString();
        return jsonLd;
    }
}
