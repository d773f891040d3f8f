package org.warta.model;

/**
 * A number that counts something, with the counted noun phrase as written and its category.
 *
 * @param unit     the counted noun phrase as written ({@code personel militer Armenia}), a currency or {@code %}
 * @param category a {@link ObjectCategory} JSON name where the noun says it, else null
 */
public record Quantity(String text, int start, int end, Double value, Double min, Double max, boolean approximate,
                       String unit, String category) {
    public Span span() {
        return new Span(start, end, text);
    }

    public Count count() {
        return new Count(value, min, max, approximate);
    }
}
