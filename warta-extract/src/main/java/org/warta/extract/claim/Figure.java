package org.warta.extract.claim;

import org.warta.model.Count;
import org.warta.model.ObjectCategory;

/**
 * One counted item a predicate governs: its count, the counted noun phrase ({@code objectStart..objectEnd}, UTF-16
 * offsets), its category and how directly the text gave them.
 *
 * @param before          true when the figure stands before its predicate ({@code 5 orang tewas})
 * @param categoryGuessed true when no noun named the category (a default for the predicate)
 * @param implicitOne     true for a single counted person without a number ({@code a journalist was killed})
 * @param part            true for a part of the figure before it ({@code including 21 over Kursk Oblast}): its place
 *                        is its own, not one that later figures of its source share
 */
record Figure(Count count, int countStart, int objectStart, int objectEnd, String objectText,
              ObjectCategory category, boolean before, boolean categoryGuessed, boolean implicitOne, boolean part) {

    Figure whole() {
        return new Figure(count, countStart, objectStart, objectEnd, objectText, category, before, categoryGuessed,
                implicitOne, false);
    }

    /** This figure counting {@code other}'s kind of thing ({@code destroyed 22 combat vehicles and captured nine others}). */
    Figure countingAs(ObjectCategory other) {
        return new Figure(count, countStart, objectStart, objectEnd, objectText, other, before, false, implicitOne, part);
    }

    Figure asPart() {
        return new Figure(count, countStart, objectStart, objectEnd, objectText, category, before, categoryGuessed,
                implicitOne, true);
    }
}
