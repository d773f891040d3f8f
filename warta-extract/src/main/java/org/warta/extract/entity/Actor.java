package org.warta.extract.entity;

import java.time.LocalDate;
import java.util.List;
import org.warta.model.EntityType;

/**
 * One real-world actor a dictionary knows: a country, an organisation, a state body, a person or an outlet.
 *
 * @param key     identity inside one dictionary ({@code country:AZE}, {@code person:Nikol Pashinyan}); mentions
 *                with the same key are one entity
 * @param country ISO 3166-1 alpha-3, or null
 * @param sector  PLOVER sector, or null
 * @param roles   dated offices (people only), oldest first
 */
public record Actor(String key, EntityType type, String name, String country, Sector sector, List<DatedRole> roles) {
    public Actor {
        roles = List.copyOf(roles);
    }

    /** The office held on {@code day} (the latest one when the day is unknown), or null. */
    public DatedRole roleOn(LocalDate day) {
        DatedRole found = null;
        for (DatedRole r : roles) {
            if (day == null ? found == null || r.to() == null || found.to() != null && r.to().isAfter(found.to())
                    : r.heldOn(day)) {
                found = r;
            }
        }
        return found;
    }
}
