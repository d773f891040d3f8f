package org.warta.model;

public enum Resolution { DAY, MONTH, YEAR, DECADE }
