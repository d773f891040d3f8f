/**
 * Direct and reported speech with speakers. Front door: {@link org.warta.extract.quote.QuoteFinder}; the
 * reporting cues of both languages are data in {@code quote/cues.tsv}.
 */
package org.warta.extract.quote;
