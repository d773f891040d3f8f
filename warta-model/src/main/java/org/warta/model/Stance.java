package org.warta.model;

public enum Stance { NO_COMMENT, DENIED, CONFIRMED, DISPUTED }
