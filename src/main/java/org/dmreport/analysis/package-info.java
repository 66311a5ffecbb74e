/** Pure functions over the model: dmctl's task-status rule, and later health, series, lag and throughput. */
package org.dmreport.analysis;
