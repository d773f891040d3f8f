package org.warta.extract.quantity;

import org.warta.extract.quantity.QuantityLexicon.NumberWord;
import org.warta.extract.quantity.QuantityLexicon.WordKind;

/**
 * Adds up number words left to right, as CLDR's Indonesian and English spell-out rules compose them: a digit
 * times {@code puluh}/{@code ratus}/{@code hundred}, a digit plus {@code belas}, groups times a scale
 * ({@code ribu}, {@code million}), {@code se-} forms meaning one ({@code seratus}, {@code seribu}), halves
 * ({@code satu setengah}, {@code half a million}). {@link #add} refuses a word that cannot follow.
 */
final class WordSum {
    private double total;
    private double base;
    private double part;
    private double lastScale;
    private WordKind last;
    private double lastValue;
    private boolean valued;
    private boolean article;

    /** Takes the next word; false (and unchanged) when it cannot follow the words so far. */
    boolean add(NumberWord w, NumberWord next) {
        if (w == null) {
            return false;
        }
        switch (w.kind()) {
            case DIGIT -> {
                if (last == WordKind.DIGIT || last == WordKind.TEEN || last == WordKind.HALF || last == WordKind.ARTICLE
                        || last == WordKind.ADD && (lastValue % 10 != 0 || lastValue == 10)) {
                    return false;
                }
                base += part;
                part = w.value();
            }
            case ADD -> {
                if (last == WordKind.DIGIT || last == WordKind.TEEN || last == WordKind.HALF || last == WordKind.ARTICLE
                        || last == WordKind.ADD && (lastValue < 100 || w.value() >= 100)) {
                    return false;
                }
                base += part;
                part = w.value();
            }
            case TEEN -> {
                if (last != WordKind.DIGIT || part < 1) {
                    return false;
                }
                base += part + w.value();
                part = 0;
            }
            case MUL -> {
                if (article && last == WordKind.ARTICLE) {
                    part = 1;
                } else if (!(last == WordKind.DIGIT || last == WordKind.ADD && w.value() >= 100 && part < 100)
                        || part <= 0) {
                    return false;
                }
                base += part * w.value();
                part = 0;
            }
            case SCALE, SCALE1 -> {
                double n = base + part;
                if (w.kind() == WordKind.SCALE1) {
                    if (n != 0) {
                        return false;
                    }
                    n = 1;
                } else if (n == 0) {
                    if (last != WordKind.ARTICLE && last != WordKind.HALF) {
                        return false;
                    }
                    n = 1;
                }
                total = lastScale != 0 && w.value() > lastScale ? (total + n) * w.value() : total + n * w.value();
                lastScale = w.value();
                base = 0;
                part = 0;
            }
            case HALF -> {
                if (last == null) {
                    part = w.value();
                } else if (last == WordKind.DIGIT || last == WordKind.ADD || last == WordKind.TEEN) {
                    base += w.value();
                } else {
                    return false;
                }
            }
            case ARTICLE -> {
                if (!(last == null || last == WordKind.HALF) || next == null
                        || !(next.kind() == WordKind.MUL || next.kind() == WordKind.SCALE
                                || next.kind() == WordKind.HALF)) {
                    return false;
                }
                article = true;
            }
            case JOINER -> {
                if (!(last == WordKind.MUL || last == WordKind.SCALE || last == WordKind.SCALE1) || next == null
                        || !(next.kind() == WordKind.DIGIT || next.kind() == WordKind.ADD)) {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        if (w.kind() != WordKind.ARTICLE && w.kind() != WordKind.JOINER) {
            valued = true;
        }
        last = w.kind();
        lastValue = w.value();
        return true;
    }

    /** True when the words so far make a number on their own (not ending in {@code a} or {@code and}). */
    boolean complete() {
        return valued && last != WordKind.ARTICLE && last != WordKind.JOINER;
    }

    double value() {
        return total + base + part;
    }

    double lastScale() {
        return lastScale == 0 ? 1 : lastScale;
    }
}
