package org.warta.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text that a reader sees as one paragraph, heading, list item or quote.
 *
 * @param owner     the nearest block-level element around the text
 * @param kind      what the block is
 * @param text      the text, spaces collapsed, line breaks ({@code <br>}) kept as {@code \n}
 * @param linkChars how many of its characters are inside links
 * @param words     how many words it has (see {@link #countWords})
 */
record TextBlock(Element owner, Kind kind, String text, int linkChars, int words) {
    enum Kind { PARAGRAPH, HEADING, TITLE_HEADING, LIST_ITEM, QUOTE, PRE, CELL, OTHER }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    static TextBlock of(Element owner, Kind kind, String text, int linkChars) {
        return new TextBlock(owner, kind, text, linkChars, countWords(text));
    }

    /** Words between spaces; in scripts written without spaces (Chinese, Japanese, Thai) two characters count one. */
    static int countWords(String text) {
        int n = 0;
        int unspaced = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean w = !Character.isWhitespace(c);
            if (w && !in) {
                n++;
            }
            if (c >= '\u0E00' && c <= '\u0E7F' || c >= '\u3040' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7AF') {
                unspaced++;
            }
            in = w;
        }
        return n + unspaced / 2;
    }

    /** Ends like a sentence or holds one: a full stop, question or exclamation mark, or a closing quote. */
    boolean hasSentencePunctuation() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\u3001' || c == '\uFF0C' || c == '\u201D' || c == ',' || c == ':'
                    || c == ';') {
                return true;
            }
        }
        return false;
    }
}
