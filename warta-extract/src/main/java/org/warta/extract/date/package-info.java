/**
 * Dates and periods named in the text, Indonesian and English, as EDTF values. Front doors:
 * {@link org.warta.extract.date.DateFinder} for a document's mentions, and
 * {@link org.warta.extract.date.PublicationDates} for the first full date of a byline. Month and day names, relative
 * phrases and the words around dates are data under {@code resources/org/warta/extract/date/}.
 */
package org.warta.extract.date;
