/** CSV tables for spreadsheets, written with Apache Commons CSV; the one place it is used. */
package org.dmreport.report.csv;
