package org.warta.extract.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Text -> {@link Document}. Paragraphs are separated by newlines. A sentence ends at {@code .}, {@code !},
 * {@code ?} or an ellipsis when the next word starts a sentence (capital letter, digit or quote mark), never
 * after an abbreviation or an initial, and never inside a quotation that opens and closes in the same paragraph,
 * so that a quote of several sentences stays with its reporting cue.
 */
public final class Segmenter {
    private final Tokenizer tokenizer;

    public Segmenter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public static Segmenter standard() {
        return new Segmenter(Tokenizer.standard());
    }

    public Document segment(String text, String language, LocalDate published) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            List<Token> tokens = tokenizer.tokenize(text, lineStart, lineEnd);
            if (!tokens.isEmpty()) {
                split(text, tokens, paragraph, sentences);
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new Document(text, language, published, sentences);
    }

    private static void split(String text, List<Token> tokens, int paragraph, List<Sentence> out) {
        boolean balanced = quoteMarks(tokens) % 2 == 0;
        boolean inQuote = false;
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean closesQuote = false;
            if (isStraightOrCurlyQuote(t.text())) {
                boolean was = inQuote;
                inQuote = opens(t.text(), inQuote);
                closesQuote = was && !inQuote;
            }
            boolean endsInsideQuote = closesQuote && i > 0 && isTerminal(tokens.get(i - 1).text());
            if (!endsInsideQuote && (!isTerminal(t.text()) || (balanced && inQuote))) {
                continue;
            }
            if (t.text().equals(".") && i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
                    && Character.isDigit(tokens.get(i + 1).text().charAt(0))) {
                continue; // a calibre or a decimal written without its naught ('two .303 rifles'), no sentence's end
            }
            int last = i;
            while (last + 1 < tokens.size() && isCloser(tokens.get(last + 1).text())) {
                String next = tokens.get(last + 1).text();
                if (isStraightOrCurlyQuote(next)) {
                    if (opens(next, inQuote)) {
                        break; // an opening mark belongs to the next sentence
                    }
                    inQuote = false;
                }
                last++;
            }
            if (last + 1 < tokens.size() && !startsSentence(tokens.get(last + 1))) {
                continue;
            }
            out.add(sentence(tokens, first, last, paragraph));
            first = last + 1;
            i = last;
        }
        if (first < tokens.size()) {
            out.add(sentence(tokens, first, tokens.size() - 1, paragraph));
        }
    }

    private static Sentence sentence(List<Token> tokens, int first, int last, int paragraph) {
        List<Token> own = tokens.subList(first, last + 1);
        return new Sentence(own.get(0).start(), own.get(own.size() - 1).end(), own, paragraph);
    }

    private static int quoteMarks(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (isStraightOrCurlyQuote(t.text())) {
                n++;
            }
        }
        return n;
    }

    private static boolean isStraightOrCurlyQuote(String s) {
        return s.equals("\"") || s.equals("\u201C") || s.equals("\u201D");
    }

    private static boolean opens(String mark, boolean inQuote) {
        if (mark.equals("\u201C")) {
            return true;
        }
        if (mark.equals("\u201D")) {
            return false;
        }
        return !inQuote;
    }

    /** True for a token that ends a sentence: a full stop, a question or exclamation mark, an ellipsis. */
    public static boolean isTerminal(String s) {
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("\u2026") || s.startsWith("..");
    }

    private static boolean isCloser(String s) {
        return isStraightOrCurlyQuote(s) || s.equals(")") || s.equals("\u2019") || s.equals("'") || s.equals("]")
                || isTerminal(s);
    }

    private static boolean startsSentence(Token t) {
        int cp = t.text().codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || isStraightOrCurlyQuote(t.text())
                || t.text().equals("(") || t.text().equals("\u2018") || t.text().equals("-");
    }
}
