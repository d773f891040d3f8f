/** Near-duplicate detection: MinHash signatures and LSH story clusters. */
package org.warta.store.cluster;
