package org.warta.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Category of what a claim counts; written in JSON in lower case ({@code armoured_vehicle}). */
public enum ObjectCategory {
    PERSONNEL, CIVILIANS, PEOPLE, ARMOURED_VEHICLE, ARTILLERY, AIR_DEFENCE, AIRCRAFT, HELICOPTER, DRONE, SHIP,
    VEHICLE, DEPOT, POSITION, ANTI_TANK_WEAPON, RADAR, BUILDING, OTHER;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    @JsonCreator
    public static ObjectCategory fromJson(String name) {
        for (ObjectCategory c : values()) {
            if (c.jsonName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown object category '" + name + "'; expected one of "
                + java.util.Arrays.stream(values()).map(ObjectCategory::jsonName).toList() + ".");
    }
}
