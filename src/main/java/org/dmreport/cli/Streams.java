package org.dmreport.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** The process's streams, injected so that tests run commands in-process. */
record Streams(InputStream in, PrintWriter out, PrintWriter err) {}
