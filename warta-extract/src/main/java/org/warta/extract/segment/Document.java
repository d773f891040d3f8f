package org.warta.extract.segment;

import java.time.LocalDate;
import java.util.List;

/**
 * The clean text split into sentences, with the language and publication date that later stages resolve
 * against. Offsets are UTF-16 indexes into {@code text}; the extractor turns them into code points at the end.
 *
 * @param language  ISO 639-1 code or {@code und}
 * @param published publication date, or null when unknown
 */
public record Document(String text, String language, LocalDate published, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains offset {@code at}, or null. */
    public Sentence sentenceAt(int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (at < s.start()) {
                hi = mid - 1;
            } else if (at >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    public boolean isIndonesian() {
        return "id".equals(language) || "ms".equals(language);
    }
}
