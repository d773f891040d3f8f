/** Quotation and speaker scores on inline-tagged sentences (id-news-ner): {@link org.warta.eval.quote.QuoteEvaluation}. */
package org.warta.eval.quote;
