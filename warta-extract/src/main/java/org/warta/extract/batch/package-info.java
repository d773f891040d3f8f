/**
 * Many articles on every core, results in input order: {@link org.warta.extract.batch.BatchExtractor}.
 */
package org.warta.extract.batch;
