package org.warta.model;

/**
 * How many: an exact {@code value}, or bounds for vague amounts ({@code puluhan ribu}: min 10000, max 99999).
 */
public record Count(Double value, Double min, Double max, boolean approximate) {
    public static Count exact(double value) {
        return new Count(value, null, null, false);
    }

    public static Count between(double min, double max) {
        return new Count(null, min, max, true);
    }
}
