package org.warta.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes what is never story from a page body: scripts, media, forms' controls, navigation, asides, footers,
 * hidden elements, and elements whose class or id names furniture (comments, share bars, related lists, ads...).
 * An element is kept when it holds most of the page's prose or carries a story-body hint, so that a wrapper with an
 * unlucky class name ({@code single-post has-comments}) does not take the story with it.
 */
final class PageCleaner {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "button", "select", "input", "textarea", "option", "video",
            "audio", "picture", "source", "map", "link", "meta", "dialog", "head");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "figure",
            "figcaption", "menu");
    /** An element holding more than this share of the body's text is never removed as furniture. */
    private static final double PROTECTED_SHARE = 0.5;

    private PageCleaner() {
    }

    static void clean(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (NEVER_TEXT.contains(e.normalName()) || hidden(e)) {
                drop.add(e);
            }
        }
        drop.forEach(Node::remove);
        Map<Element, Integer> lengths = proseLengths(body);
        int total = Math.max(1, lengths.getOrDefault(body, 0));
        HintWords furniture = HintWords.furniture().memo();
        HintWords content = HintWords.content().memo();
        List<Element> furnitureFound = new ArrayList<>();
        Set<Element> protectedAncestors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> hintedElements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (e != body && (content.matches(e) || "articleBody".equals(e.attr("itemprop")))) {
                hintedElements.add(e);
                Element a = e;
                while (a != null && protectedAncestors.add(a)) {
                    a = a.parent();
                }
            }
        }
        boolean hinted = !protectedAncestors.isEmpty();
        for (Element e : body.getAllElements()) {
            if (e == body || protectedAncestors.contains(e)) {
                continue;
            }
            boolean looksLikeFurniture = FURNITURE_TAGS.contains(e.normalName()) || furniture.matches(e)
                    || "complementary".equals(e.attr("role")) || "navigation".equals(e.attr("role"))
                    || "contentinfo".equals(e.attr("role"));
            boolean mostProse = lengths.getOrDefault(e, 0) > PROTECTED_SHARE * total;
            if (looksLikeFurniture && (!mostProse || hinted && !insideAny(e, hintedElements))) {
                furnitureFound.add(e);
            }
        }
        furnitureFound.forEach(Node::remove);
    }

    private static boolean insideAny(Element e, Set<Element> ancestors) {
        int level = 0;
        for (Element x = e.parent(); x != null && level < 4 * MainContent.MAX_LEVELS; x = x.parent(), level++) {
            if (ancestors.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Characters of prose (blocks that read like sentences) under each element. */
    static Map<Element, Integer> proseLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        for (TextBlock b : TextBlocks.of(root)) {
            if (MainContent.vote(b) > 0) {
                int n = b.text().length();
                int level = 0;
                for (Element e = b.owner(); e != null && level < 4 * MainContent.MAX_LEVELS; e = e.parent()) {
                    lengths.merge(e, n, Integer::sum);
                    level++;
                }
            }
        }
        return lengths;
    }
}
