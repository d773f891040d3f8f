/**
 * Stage zero: bytes from files, folders and JSON Lines -> {@link org.warta.extract.RawArticle}s, or a clear
 * per-item failure. Front doors: {@link org.warta.extract.read.ArticleFiles} and
 * {@link org.warta.extract.read.JsonLinesReader}.
 */
package org.warta.extract.read;
