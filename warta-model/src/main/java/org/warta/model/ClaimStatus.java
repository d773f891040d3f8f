package org.warta.model;

public enum ClaimStatus { CLAIMED, REPORTED, CONFIRMED, DENIED, DISPUTED }
