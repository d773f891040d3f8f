package org.warta.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.warta.extract.Outcome;
import org.warta.extract.clean.CleanArticle;
import org.warta.extract.clean.SiteNames;
import org.warta.model.Diagnostic;

/**
 * A web page -> {@link CleanArticle}: the story's text without the page's furniture, and the fields the page
 * states (title, published, site, language, author). Generic rules only: text and link density, sentence
 * punctuation, and class/id words kept as data files. A bad page (empty, binary, huge, deeply nested, no body)
 * gives an article, maybe with empty text, and a diagnostic; never an exception. Thread-safe.
 */
public final class HtmlArticleExtractor {
    /** Pages are cut here (characters): a news story fits many times over; bounded time and memory. */
    static final int MAX_CHARS = 4_000_000;
    /** Bytes are cut here before decoding, so that a huge download never becomes a huge string. */
    static final int MAX_BYTES = 3 * MAX_CHARS;
    private static final String STAGE = "html";

    /** A page as bytes, with the HTTP Content-Type header when known (else null). */
    public Outcome<CleanArticle> extract(byte[] bytes, String contentType, String url) {
        if (bytes == null || bytes.length == 0) {
            return extract("", url);
        }
        if (bytes.length > MAX_BYTES) {
            byte[] head = Arrays.copyOf(bytes, MAX_BYTES);
            Outcome<CleanArticle> cut = extract(HtmlCharsets.decode(head, contentType), url);
            List<Diagnostic> all = new ArrayList<>(cut.diagnostics());
            all.add(0, new Diagnostic(STAGE, String.format(Locale.ROOT, "The page at '%s' has %,d "
                    + "bytes; read only the first %,d. A news page is far smaller: check that this is one article.",
                    url, bytes.length, MAX_BYTES)));
            return new Outcome<>(cut.value(), all);
        }
        return extract(HtmlCharsets.decode(bytes, contentType), url);
    }

    public Outcome<CleanArticle> extract(String html, String url) {
        Outcome.Builder out = new Outcome.Builder(STAGE);
        if (html == null || html.isBlank()) {
            out.note("The page at '" + url + "' is empty; expected HTML. Check the download.");
            return out.done(empty(url));
        }
        if (looksBinary(html)) {
            out.note("The page at '" + url + "' looks binary (control characters in its first 8 KB), not HTML; "
                    + "check the content type of the download.");
            return out.done(empty(url));
        }
        String source = html;
        if (source.length() > MAX_CHARS) {
            out.note(String.format(Locale.ROOT, "The page at '%s' has %,d characters; read only the first %,d. "
                    + "A news page is far smaller: check that this is one article.", url, html.length(), MAX_CHARS));
            source = source.substring(0, MAX_CHARS);
        }
        try {
            return out.done(read(Parser.htmlParser().parseInput(ScriptStripper.reader(source),
                    url == null ? "" : url), url, out));
        } catch (RuntimeException | StackOverflowError e) {
            out.note("Could not read the page at '" + url + "': " + e + "; the article is left empty. "
                    + "Please report the page.");
            return out.done(empty(url));
        }
    }

    private static CleanArticle read(Document page, String url, Outcome.Builder out) {
        PageMetadata meta = new PageMetadata(page);
        String title = PageTitles.title(page, meta);
        String published = meta.published(url);
        String site = meta.site(url);
        String language = meta.language();
        String author = meta.author();
        Element body = page.body();
        String text = "";
        if (body == null || body.childNodeSize() == 0) {
            out.note("The page at '" + url + "' has no body; only its metadata is read.");
        } else {
            List<TextBlock> blocks = PageCleaner.clean(body);
            text = StoryText.of(MainContent.blocks(body, blocks), title);
            if (text.isEmpty()) {
                out.note("Found no story text on the page at '" + url + "'; expected paragraphs of prose.");
            }
        }
        Datelines.Dateline dateline = Datelines.of(text);
        return new CleanArticle(title, text, published, dateline.place(), site != null ? site : dateline.site(),
                language, author);
    }

    private static CleanArticle empty(String url) {
        return new CleanArticle(null, "", null, null, SiteNames.fromUrl(url), null, null);
    }

    private static boolean looksBinary(String s) {
        int n = Math.min(s.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }
}
