/**
 * Scores of the quantity and date finders on inline-tagged text: {@link org.warta.eval.quantity.QuantityEvaluation}.
 */
package org.warta.eval.quantity;
