package org.warta.model;

/** What a claim says happened to the counted object. */
public enum Predicate {
    KILLED, WOUNDED, KILLED_OR_WOUNDED, MISSING, CAPTURED, ARRESTED, DISPLACED, DESTROYED, DAMAGED, SEIZED,
    SHOT_DOWN, AFFECTED
}
