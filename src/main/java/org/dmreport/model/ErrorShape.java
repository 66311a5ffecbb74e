package org.dmreport.model;

/** The three ways DM has printed a processing error over its history. */
public enum ErrorShape {
    /** DM 1.0.0-1.0.1: {@code {Type, msg}}. */
    TYPE_MSG,
    /** DM 1.0.2-1.0.7: {@code {Type, msg, error{ErrCode, ErrClass (number), ...}}}. */
    NUMERIC,
    /** DM 2.0 and later: {@code {ErrCode, ErrClass, ErrScope, ErrLevel, Message, RawCause, Workaround}}. */
    NAMED,
    /**
     * The DM OpenAPI's {@code error_msg}: each error's {@code Message} only, one a line; its code is
     * known only when the message quotes one ({@code [code=38032:class=...]}).
     */
    MESSAGE
}
