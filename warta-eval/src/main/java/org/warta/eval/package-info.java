/**
 * Scores Warta against the real data sets under {@code ../shared/data}: one package per evaluation
 * ({@code content}, {@code quantity}, {@code ner}, {@code quote}, {@code plover}), each with a front door that
 * returns {@link org.warta.eval.Scores} the CLI prints and the floor tests hold.
 */
package org.warta.eval;
