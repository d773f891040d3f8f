/**
 * The record contract of {@code ../shared/spec/record.md}: one {@link org.warta.model.Record} per article.
 * Front door: {@link org.warta.model.RecordJson}, which reads and writes records as JSON exactly as
 * {@code record.schema.json} says (snake_case names, nulls written, never missing).
 */
package org.warta.model;
