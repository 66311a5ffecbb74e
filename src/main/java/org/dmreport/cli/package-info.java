/** The command line: picocli commands that turn options into requests, and nothing else. */
package org.dmreport.cli;
