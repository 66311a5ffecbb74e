package org.dmreport.cli;

/** A command line that parses but makes no sense; reported like picocli's own usage errors (exit 2). */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
