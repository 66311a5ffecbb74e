package org.dmreport.model;

/** A key that no DM version prints at that place, kept so the validator can report it. */
public record UnknownKey(String name, Origin origin) {}
