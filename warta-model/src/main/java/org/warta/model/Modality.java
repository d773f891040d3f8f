package org.warta.model;

public enum Modality { ASSERTED, CLAIMED, PLANNED, POSSIBLE, NEGATED, HISTORICAL }
