/**
 * Plain-text scrapes -> {@link org.warta.extract.clean.CleanArticle}: repeated headline, dateline, boilerplate
 * lines. Front door: {@link org.warta.extract.clean.TextCleaner}.
 */
package org.warta.extract.clean;
