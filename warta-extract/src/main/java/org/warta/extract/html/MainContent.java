package org.warta.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the story in a cleaned page body: every text block votes for the elements around it, sentence-like
 * paragraphs for, link lists and short fragments against; the element with the highest total is the story's
 * container (the deepest one on a tie). A maximum-subtree choice: a container grows to take in a second run of
 * paragraphs only when they outweigh the furniture between them.
 */
final class MainContent {
    /** How far up from a block its vote reaches. */
    static final int MAX_LEVELS = 48;

    private MainContent() {
    }

    /** The blocks of the story's container, in order (not yet filtered); {@code known}: the body's blocks, or null. */
    static List<TextBlock> blocks(Element body, List<TextBlock> known) {
        List<TextBlock> all = known != null ? known : TextBlocks.of(body);
        Map<Element, double[]> scores = new IdentityHashMap<>();
        Map<Element, Integer> depths = new IdentityHashMap<>();
        for (TextBlock b : all) {
            double vote = vote(b);
            if (vote == 0) {
                continue;
            }
            int level = 0;
            for (Element e = b.owner(); e != null && level < MAX_LEVELS; e = e.parent(), level++) {
                scores.computeIfAbsent(e, k -> new double[1])[0] += vote;
            }
        }
        Element best = null;
        double bestScore = 0;
        int bestDepth = -1;
        for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
            double s = entry.getValue()[0];
            if (s < bestScore) {
                continue;
            }
            int depth = depths.computeIfAbsent(entry.getKey(), MainContent::depth);
            if (s > bestScore || depth > bestDepth) {
                best = entry.getKey();
                bestScore = s;
                bestDepth = depth;
            }
        }
        if (best == null) {
            return all;
        }
        List<TextBlock> inside = new ArrayList<>();
        for (TextBlock b : all) {
            if (b.owner() == best || isAncestor(best, b.owner())) {
                inside.add(b);
            }
        }
        return inside;
    }

    /** A block's vote: its unlinked characters when it reads like prose, a penalty when it is links or a scrap. */
    static double vote(TextBlock b) {
        if (b.kind() == TextBlock.Kind.TITLE_HEADING) {
            return 0;
        }
        int len = b.text().length();
        double density = b.linkDensity();
        if (density > 0.5) {
            return -0.5 * len;
        }
        if (b.words() >= 10 && b.hasSentencePunctuation()) {
            return (len - b.linkChars()) - b.linkChars();
        }
        if (b.kind() == TextBlock.Kind.HEADING) {
            return 0;
        }
        return -0.25 * Math.min(len, 60);
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element x = e.parent(); x != null; x = x.parent()) {
            d++;
        }
        return d;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        int level = 0;
        for (Element x = e.parent(); x != null && level < 4 * MAX_LEVELS; x = x.parent(), level++) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }
}
