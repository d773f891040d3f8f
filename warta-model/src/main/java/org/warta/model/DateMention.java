package org.warta.model;

/**
 * A date or period named in the text; {@code value} in EDTF ({@code 2020-09-27}, {@code 2020-09}, {@code 199X}).
 */
public record DateMention(String text, int start, int end, String value, Resolution resolution) {
    public Span span() {
        return new Span(start, end, text);
    }
}
