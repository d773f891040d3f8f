/**
 * The article-extraction benchmark's scoring of extracted article bodies: {@link
 * org.warta.eval.content.ContentEvaluation#score} over {@link org.warta.eval.content.ContentGold#load pages with a
 * gold body}, 4-gram shingles of {@code \w+} tokens per page, precision and recall averaged over pages.
 */
package org.warta.eval.content;
