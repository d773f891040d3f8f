/** Entity recognition scores on BIO corpora (NERGrit): {@link org.warta.eval.ner.NerEvaluation}. */
package org.warta.eval.ner;
