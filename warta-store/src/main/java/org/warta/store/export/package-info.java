/** Export shapes other tools read: PLOVER event records and GDELT GKG-style cells. */
package org.warta.store.export;
