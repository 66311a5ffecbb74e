/**
 * Which inputs a command line names: files and directories walked in a fixed order, the DM cluster
 * each describes and when it was captured, decided before anything is read.
 */
package org.dmreport.input.find;
