package org.warta.store;

import java.time.LocalDate;

/**
 * Which claims: each field may be null. {@code claimant}, {@code affected} and {@code place} written as
 * three capitals are an ISO 3166 alpha-3 country code ({@code AZE}); anything else matches an entity id or
 * part of the entity's name, ignoring case;
 * {@code predicate} and {@code object} match exactly ({@code KILLED}, {@code armoured_vehicle}); the dates
 * bound the day the claim is about (its period's start, else the article's publication day).
 */
public record ClaimFilter(String claimant, String affected, String predicate, String object, String place,
                          LocalDate from, LocalDate to) {
    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null, null, null);
}
