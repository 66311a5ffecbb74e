package org.dmreport.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The process's streams and environment, injected so that tests run commands in-process.
 *
 * @param terminal whether standard output and standard error are a terminal (colour, progress)
 * @param env      the environment variables the tool reads ({@code NO_COLOR})
 */
record Streams(InputStream in, PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> env) {}
