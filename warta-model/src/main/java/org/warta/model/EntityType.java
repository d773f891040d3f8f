package org.warta.model;

public enum EntityType { PERSON, ORGANIZATION, LOCATION }
