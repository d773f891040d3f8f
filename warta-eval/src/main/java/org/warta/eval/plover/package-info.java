/**
 * {@code warta eval plover}: scores Warta's claim and event stages on the PLOVER gold-standard sentences. Front
 * door: {@link org.warta.eval.plover.PloverEval}; {@link org.warta.eval.plover.Stages} chooses the entity and
 * quantity stages it reads (the pipeline's, or eval-only stand-ins).
 */
package org.warta.eval.plover;
