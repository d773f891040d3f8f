/** Extraction on all cores into the store in durable batches. */
package org.warta.store.ingest;
