package org.warta.extract.entity;

import java.util.HashSet;
import java.util.Set;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;

/**
 * The words an article writes in lower case somewhere: a capitalised one-word run at a sentence start that the
 * article also writes in lower case is a common word, not a name. An article asks a few times: the first questions
 * are answered by a scan of its tokens (comparing strings of another length costs next to nothing), and only an
 * article that asks more gets a set, built once. One per document and thread; not shared.
 */
final class LowerCaseWords {
    private static final int SCANS = 4;
    private final Document doc;
    private int asked;
    private Set<String> words;

    LowerCaseWords(Document doc) {
        this.doc = doc;
    }

    /** True when the article writes {@code folded} (a word lower-cased by {@link NameKey#fold}) in lower case. */
    boolean contains(String folded) {
        if (++asked <= SCANS) {
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    if (t.text().equals(folded) && isLowerCaseWord(t)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (words == null) {
            int tokens = doc.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
            words = new HashSet<>(tokens); // sized once: never rehashed while filled
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    if (isLowerCaseWord(t)) {
                        words.add(t.text());
                    }
                }
            }
        }
        return words.contains(folded);
    }

    private static boolean isLowerCaseWord(Token t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0));
    }
}
