package org.warta.model;

/** What a stage could not do, said so that the user knows what to do about it. */
public record Diagnostic(String stage, String message) {
}
