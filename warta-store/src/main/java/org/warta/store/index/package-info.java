/** The Lucene full-text index and its analysers (Indonesian inflectional, English). */
package org.warta.store.index;
