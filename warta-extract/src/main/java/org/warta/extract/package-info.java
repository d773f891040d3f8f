/**
 * Article in, record out. Front door: {@link org.warta.extract.Extractor}.
 *
 * <p>The pipeline's stages, one package each, in order: {@code clean} (plain-text scrapes) or {@code html}
 * (web pages) -> {@code lang} -> {@code segment} -> {@code date}, {@code quantity}, {@code entity} ->
 * {@code quote} -> {@code claim} -> {@code event}. Language knowledge lives in {@code lexicon} files beside
 * each stage's code.
 */
package org.warta.extract;
