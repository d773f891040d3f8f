/**
 * Clean text -> paragraphs, sentences and tokens with offsets. Front door:
 * {@link org.warta.extract.segment.Segmenter}; its product, {@link org.warta.extract.segment.Document}, is what
 * every later stage reads.
 */
package org.warta.extract.segment;
