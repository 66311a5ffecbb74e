package org.dmreport.cli;

/** {@code --color}: whether text output carries ANSI colours. */
enum Color {
    AUTO,
    ALWAYS,
    NEVER;

    /** Whether to colour standard output: auto colours a terminal unless NO_COLOR is set. */
    boolean on(Streams streams) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> streams.outTerminal() && !streams.env().containsKey("NO_COLOR");
        };
    }

    @Override
    public String toString() {
        return Words.word(this);
    }
}
