package org.warta.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stretch of the cleaned text: code-point offsets, end exclusive, and the words themselves.
 *
 * @param text the covered words, or null where only the offsets matter
 */
public record Span(int start, int end, @JsonInclude(JsonInclude.Include.NON_NULL) String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") is invalid; expected 0 <= start <= end.");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end, null);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
