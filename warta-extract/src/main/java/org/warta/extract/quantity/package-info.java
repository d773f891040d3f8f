/**
 * Numbers that count something, Indonesian and English. Front door: {@link org.warta.extract.quantity.QuantityFinder}
 * ({@code QuantityFinder.standard().find(document)}). The language knowledge is data under
 * {@code resources/org/warta/extract/quantity/}: number words, scales, vague amounts, hedges, currencies, percent
 * words, counted nouns and their categories, words that end a unit, label words.
 */
package org.warta.extract.quantity;
