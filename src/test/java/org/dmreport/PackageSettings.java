package org.dmreport;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.QuietReporter;

/** ApprovalTests settings: approved files live under src/test/resources; a mismatch only fails. */
public class PackageSettings {
    public static String ApprovalBaseDirectory = "../resources";
    public static ApprovalFailureReporter UseReporter = new QuietReporter();
}
