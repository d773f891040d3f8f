package org.warta.model;

/** A time range in EDTF; either end may be null. */
public record Period(String from, String to) {
}
