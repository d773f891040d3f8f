package org.warta.extract.entity.tagger;

import org.warta.model.EntityType;

/** A name the tagger found: tokens {@code from} to {@code to} (exclusive) of the sentence, and its type. */
public record TaggedName(int from, int to, EntityType type) {
}
