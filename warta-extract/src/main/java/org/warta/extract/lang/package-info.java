/**
 * Which language an article is in: {@link org.warta.extract.lang.LanguageIdentifier}, from weighted marker
 * words kept in {@code lang/markers.tsv}; tells Indonesian from Malay by their distinct spellings.
 */
package org.warta.extract.lang;
