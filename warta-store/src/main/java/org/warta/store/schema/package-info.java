/** Versioned schema: SQL migrations applied in order when a store is opened. */
package org.warta.store.schema;
