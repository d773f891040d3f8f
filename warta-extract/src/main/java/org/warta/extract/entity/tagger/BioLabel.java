package org.warta.extract.entity.tagger;

import org.warta.model.EntityType;

/** The tagger's labels: outside a name, or the beginning or inside of a person, place or organisation. */
public enum BioLabel {
    O(null, false),
    B_PERSON(EntityType.PERSON, false),
    I_PERSON(EntityType.PERSON, true),
    B_LOCATION(EntityType.LOCATION, false),
    I_LOCATION(EntityType.LOCATION, true),
    B_ORGANIZATION(EntityType.ORGANIZATION, false),
    I_ORGANIZATION(EntityType.ORGANIZATION, true);

    static final BioLabel[] ALL = values();
    static final int COUNT = ALL.length;
    private final EntityType type;
    private final boolean inside;

    BioLabel(EntityType type, boolean inside) {
        this.type = type;
        this.inside = inside;
    }

    /** The entity type, or null for {@link #O}. */
    public EntityType type() {
        return type;
    }

    public boolean inside() {
        return inside;
    }

    /** The label that begins ({@code inside} false) or continues a name of {@code type}. */
    public static BioLabel of(EntityType type, boolean inside) {
        for (BioLabel l : ALL) {
            if (l.type == type && l.inside == inside) {
                return l;
            }
        }
        throw new IllegalArgumentException("No BIO label for type '" + type + "'; expected PERSON, LOCATION or "
                + "ORGANIZATION");
    }

    /** An inside label may only follow a label of its own type: {@code O I-PERSON} is no valid sequence. */
    boolean mayFollow(BioLabel previous) {
        return !inside || previous != null && previous.type == type;
    }
}
