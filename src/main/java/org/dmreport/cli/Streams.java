package org.dmreport.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The process's streams and environment, injected so that tests run commands in-process.
 *
 * @param outTerminal whether standard output is a terminal (colour)
 * @param errTerminal whether standard error is a terminal (the progress line)
 * @param env      the environment variables the tool reads ({@code NO_COLOR})
 */
record Streams(
        InputStream in,
        PrintWriter out,
        PrintWriter err,
        boolean outTerminal,
        boolean errTerminal,
        Map<String, String> env) {}
