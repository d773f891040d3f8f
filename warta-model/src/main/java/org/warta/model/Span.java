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

    // equals and hashCode written out, with the values a record's generated ones give (hash = hash * 31 + each
    // component's, in order), so maps keyed by spans iterate as before: the generated ones are linked through
    // method handles on first use, which cost a one-file extract several milliseconds on its critical path.
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && start == s.start && end == s.end && java.util.Objects.equals(text, s.text);
    }

    @Override
    public int hashCode() {
        return (Integer.hashCode(start) * 31 + Integer.hashCode(end)) * 31 + java.util.Objects.hashCode(text);
    }
}
