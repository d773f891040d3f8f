/**
 * The embedded store: DuckDB tables for every part of the record, a Lucene full-text index, content-hash
 * idempotence and story clusters. Front door: {@link org.warta.store.Store#open}; ingest in
 * {@link org.warta.store.ingest.Ingester}.
 */
package org.warta.store;
