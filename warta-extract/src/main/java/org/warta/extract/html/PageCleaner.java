package org.warta.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

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
    private static final Set<String> FURNITURE_ROLES = Set.of("complementary", "navigation", "contentinfo",
            "banner");
    /** An element holding more than this share of the body's text is never removed as furniture. */
    private static final double PROTECTED_SHARE = 0.5;

    private PageCleaner() {
    }

    /**
     * Cleans {@code body} in place and hands back its text blocks when they are still valid (no inline element
     * with text was removed, so dropping the blocks of removed elements gives the same blocks), else null.
     */
    static List<TextBlock> clean(Element body) {
        Elements all = body.getAllElements();
        List<Element> drop = new ArrayList<>();
        for (Element e : all) {
            if (NEVER_TEXT.contains(e.normalName()) || hidden(e)) {
                drop.add(e);
            }
        }
        drop.forEach(Node::remove);
        // the list still holds the dropped elements and their descendants: checking them too costs less than a
        // second walk of the page, and none of them has text left in the page
        List<TextBlock> blocks = TextBlocks.of(body);
        Map<Element, Integer> lengths = proseLengths(blocks);
        int total = Math.max(1, lengths.getOrDefault(body, 0));
        HintWords furniture = HintWords.furniture().memo();
        HintWords content = HintWords.content().memo();
        List<Element> furnitureFound = new ArrayList<>();
        Set<Element> protectedAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> hintedElements = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : all) {
            if (e != body && e.attributesSize() > 0
                    && (content.matches(e) || "articleBody".equals(e.attr("itemprop")))) {
                hintedElements.add(e);
                Element a = e;
                while (a != null && protectedAncestors.add(a)) {
                    a = a.parent();
                }
            }
        }
        boolean hinted = !protectedAncestors.isEmpty();
        for (Element e : all) {
            if (e == body || protectedAncestors.contains(e)) {
                continue;
            }
            boolean looksLikeFurniture = FURNITURE_TAGS.contains(e.normalName())
                    || e.attributesSize() > 0 && (furniture.matches(e) || FURNITURE_ROLES.contains(e.attr("role")));
            boolean mostProse = lengths.getOrDefault(e, 0) > PROTECTED_SHARE * total;
            if (looksLikeFurniture && (!mostProse || hinted && !insideAny(e, hintedElements))) {
                furnitureFound.add(e);
            }
        }
        boolean blocksStillValid = true;
        for (Element e : furnitureFound) {
            if (!TextBlocks.BLOCK_TAGS.contains(e.normalName()) && e.parent() != null && e.hasText()) {
                blocksStillValid = false;
            }
            e.remove();
        }
        return blocksStillValid ? attached(blocks, body) : null;
    }

    /** The blocks whose element is still in the page. */
    private static List<TextBlock> attached(List<TextBlock> blocks, Element body) {
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        Element root = body.root();
        Map<Element, Boolean> known = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (known.computeIfAbsent(b.owner(), o -> topOf(o) == root)) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static Element topOf(Element e) {
        Element x = e;
        while (x.parent() != null) {
            x = x.parent();
        }
        return x;
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
        if (e.attributesSize() == 0) {
            return false;
        }
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
    static Map<Element, Integer> proseLengths(List<TextBlock> blocks) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
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
