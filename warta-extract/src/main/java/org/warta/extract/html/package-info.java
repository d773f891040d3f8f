/**
 * Web page -> article: {@link org.warta.extract.html.HtmlArticleExtractor} is the front door (bytes or text in,
 * {@code CleanArticle} plus diagnostics out); {@link org.warta.extract.html.HtmlCharsets} turns page bytes into
 * text. Generic rules only: text blocks vote for the element that holds the story (prose for, links and scraps
 * against), furniture is recognised by tag, role and class/id words kept in data files under
 * {@code org/warta/extract/html/}.
 */
package org.warta.extract.html;
