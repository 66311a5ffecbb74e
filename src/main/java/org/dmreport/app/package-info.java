/** The one place that knows the order of stages: discover, read, model, analyse, render. */
package org.dmreport.app;
