/**
 * Claims: counted outcomes (killed, wounded, destroyed, shot down, arrested, displaced, ...) with who claims them,
 * through whom, against whom, where, when, and how the other side answered. Front door:
 * {@link org.warta.extract.claim.ClaimFinder}; language knowledge in {@code claim/*.tsv} via
 * {@link org.warta.extract.claim.ClaimLexicon}.
 */
package org.warta.extract.claim;
