package org.warta.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Splits an element's content into {@link TextBlock}s in document order; iterative, so any depth is safe. */
final class TextBlocks implements NodeVisitor {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption");

    private static final Pattern LINE_BREAK = Pattern.compile(" *\n[ \n]*");
    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preDepth;
    private Element owner;

    private TextBlocks() {
    }

    static List<TextBlock> of(Element root) {
        TextBlocks visitor = new TextBlocks();
        visitor.owner = root;
        NodeTraversor.traverse(visitor, root);
        visitor.flush();
        return visitor.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owner = e;
            } else if (tag.equals("br")) {
                trimTrailingSpace();
                text.append('\n');
            } else if (tag.equals("img") && text.length() > 0) {
                text.append(' ');
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("pre")) {
                preDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("pre")) {
                preDepth--;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owner = e.parent() == null ? e : e.parent();
            }
        }
    }

    private void append(String s) {
        if (s.isEmpty()) {
            return;
        }
        int before = text.length();
        if (preDepth > 0) {
            text.append(s);
        } else {
            int run = 0; // start of the run of non-space characters being read, appended whole at its end
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    text.append(s, run, i);
                    run = i + 1;
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' '
                            && text.charAt(text.length() - 1) != '\n') {
                        text.append(' ');
                    }
                }
            }
            text.append(s, run, s.length());
        }
        if (linkDepth > 0) {
            linkChars += text.length() - before;
        }
    }

    private void trimTrailingSpace() {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    private void flush() {
        String s = text.toString().strip();
        if (!s.isEmpty()) {
            if (s.indexOf('\n') >= 0) {
                s = LINE_BREAK.matcher(s).replaceAll("\n");
            }
            blocks.add(TextBlock.of(owner, kindOf(owner), s, Math.min(linkChars, s.length())));
        }
        text.setLength(0);
        linkChars = 0;
    }

    private static TextBlock.Kind kindOf(Element e) {
        return switch (e.normalName()) {
            case "h1" -> TextBlock.Kind.TITLE_HEADING;
            case "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
            case "blockquote" -> TextBlock.Kind.QUOTE;
            case "pre" -> TextBlock.Kind.PRE;
            case "td", "th" -> TextBlock.Kind.CELL;
            case "p" -> TextBlock.Kind.PARAGRAPH;
            default -> TextBlock.Kind.OTHER;
        };
    }
}
