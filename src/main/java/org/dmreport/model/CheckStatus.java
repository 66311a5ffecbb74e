package org.dmreport.model;

/** The Check unit's status, which the documentation lists although no shipped worker creates it. */
public record CheckStatus(
        Boolean passed, Long total, Long successful, Long failed, Long warning, String detail, Where where) {}
