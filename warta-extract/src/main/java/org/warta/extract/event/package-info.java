/**
 * PLOVER events: who did what to whom, with mode and modality, from event words ({@code event/verbs-*.tsv}) and from
 * the claims that quantify them. Front door: {@link org.warta.extract.event.EventCoder}.
 */
package org.warta.extract.event;
