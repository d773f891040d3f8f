package org.warta.model;

import java.util.List;

/**
 * A person, organisation or place, with every place in the text that names or refers to it.
 *
 * @param country ISO 3166-1 alpha-3, null for international organisations and unknowns
 * @param sector  PLOVER sector code ({@code GOV}, {@code MIL}, {@code IGO}, ...), or null
 * @param role    office or description as the text gives it, or null
 */
public record Entity(String id, EntityType type, String name, String country, String sector, String role,
                     List<Span> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
