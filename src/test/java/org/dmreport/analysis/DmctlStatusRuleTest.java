package org.dmreport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dmreport.model.ErrorShape;
import org.dmreport.model.FullResponse;
import org.dmreport.model.ProcessError;
import org.dmreport.model.ProcessResult;
import org.dmreport.model.RelayStatus;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmctl's own test table (dm-behaviour §4) and every quirk listed there. */
class DmctlStatusRuleTest {

    private static final String SUFFIX = ". Please run `query-status test` to get more details.";
    private static final ProcessResult ONE_ERROR = new ProcessResult(
            false,
            List.of(new ProcessError(
                    ErrorShape.NAMED, 10001L, "database", "upstream", "high", "boom", "", "", Where.NONE)),
            null,
            Where.NONE);

    private static SubtaskStatus subtask(String stage, String unit, ProcessResult result) {
        return subtask("test", stage, unit, result);
    }

    private static SubtaskStatus subtask(String name, String stage, String unit, ProcessResult result) {
        return new SubtaskStatus(name, stage, unit, result, "", null, null, null, null, null, null, Where.NONE);
    }

    private static SourceEntry source(int n, RelayStatus relay, SubtaskStatus... subtasks) {
        return new SourceEntry(true, "", "source-" + n, "worker-" + n, null, relay, List.of(subtasks), Where.NONE);
    }

    private static RelayStatus relay(String stage, ProcessResult result) {
        return new RelayStatus("", "", "", "", "", false, stage, result, Where.NONE);
    }

    private static String status(SourceEntry... entries) {
        List<TaskStatus> tasks = DmctlStatusRule.of(new FullResponse(true, "", List.of(entries), Where.NONE));
        assertEquals(1, tasks.size());
        return tasks.get(0).taskStatus();
    }

    private static String stages(String... stages) {
        List<SourceEntry> entries = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            entries.add(source(i + 1, null, subtask(stages[i], "Sync", null)));
        }
        return status(entries.toArray(SourceEntry[]::new));
    }

    @Test
    void runningRunningPausedWithAnErrorIsAnError() {
        assertEquals(
                "Error - Some error occurred in subtask" + SUFFIX,
                status(
                        source(1, null, subtask("Running", "Sync", null)),
                        source(2, null, subtask("Running", "Sync", null)),
                        source(3, null, subtask("Paused", "Sync", ONE_ERROR))));
    }

    /** A relay that is not running, under a running Sync, names its stage; one with errors is an error. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Paused|true|Error - Relay status is Error",
                "Paused|false|Error - Relay status is Paused",
                "Stopped|false|Error - Relay status is Stopped"
            })
    void aRelayNotRunningUnderARunningSyncNamesItsStage(String stage, boolean errors, String expected) {
        assertEquals(
                expected + SUFFIX,
                status(
                        source(1, relay(stage, errors ? ONE_ERROR : null), subtask("Running", "Sync", null)),
                        source(2, null, subtask("Running", "Sync", null)),
                        source(3, null, subtask("Paused", "Sync", null))));
    }

    @Test
    void relayOfAnotherEntryDoesNotCount() {
        assertEquals(
                "Running",
                status(
                        source(1, relay("Paused", null), subtask("Running", "Load", null)),
                        source(2, null, subtask("Running", "Sync", null))));
    }

    @Test
    void relayPausedUnderALoadUnitDoesNotCount() {
        assertEquals("Running", status(source(1, relay("Paused", null), subtask("Running", "Load", null))));
    }

    @Test
    void runningRunningPausedWithoutErrorIsPaused() {
        assertEquals("Paused", stages("Running", "Running", "Paused"));
    }

    @ParameterizedTest
    @CsvSource({"Finished", "Stopped", "Paused", "Running", "New", "Pausing", "Resuming", "Stopping", "InvalidStage"})
    void allSubtasksInOneStageGiveThatStage(String stage) {
        assertEquals(stage, stages(stage, stage, stage));
    }

    @Test
    void mixesWithoutPausedAreRunningEvenWhenNothingRuns() {
        assertEquals("Running", stages("New", "New", "Finished"));
        assertEquals("Running", stages("Stopped", "Finished"));
    }

    @Test
    void whichErrorWinsDependsOnDocumentOrder() {
        SourceEntry relayError = source(1, relay("Stopped", null), subtask("Running", "Sync", null));
        SourceEntry subtaskError = source(2, null, subtask("Paused", "Sync", ONE_ERROR));
        assertEquals("Error - Relay status is Stopped" + SUFFIX, status(relayError, subtaskError));
        assertEquals("Error - Some error occurred in subtask" + SUFFIX, status(subtaskError, relayError));
    }

    @Test
    void pausedByHandAfterAnErrorKeepsTheError() {
        ProcessResult canceled = new ProcessResult(true, ONE_ERROR.errors(), null, Where.NONE);
        assertEquals(
                "Error - Some error occurred in subtask" + SUFFIX,
                status(source(1, null, subtask("Paused", "Sync", canceled))));
    }

    @Test
    void pausedSticksOverLaterStages() {
        assertEquals("Paused", stages("Paused", "Running", "New"));
    }

    @Test
    void sourcesThatDidNotAnswerContributeNothingButTheirTasksStay() {
        SourceEntry silent = new SourceEntry(
                false,
                "timeout",
                "source-9",
                "",
                null,
                null,
                List.of(subtask("Paused", "Sync", ONE_ERROR)),
                Where.NONE);
        List<TaskStatus> tasks = DmctlStatusRule.of(new FullResponse(
                true,
                "",
                List.of(
                        source(1, null, subtask("Running", "Sync", null)),
                        silent,
                        source(2, null, subtask("other", "Paused", "Sync", null))),
                Where.NONE));
        assertEquals(
                List.of("other: Paused [source-2] []", "test: Running [source-1] [source-9]"),
                tasks.stream()
                        .map(t -> t.taskName() + ": " + t.taskStatus() + " " + t.sources() + " " + t.unknownSources())
                        .toList());
        List<TaskStatus> onlySilent = DmctlStatusRule.of(new FullResponse(true, "", List.of(silent), Where.NONE));
        assertEquals(TaskStatus.UNKNOWN, onlySilent.get(0).taskStatus());
    }

    @Test
    void sourcesAreListedInVisitingOrder() {
        List<TaskStatus> tasks = DmctlStatusRule.of(new FullResponse(
                true,
                "",
                List.of(
                        source(3, null, subtask("Running", "Sync", null)),
                        source(1, null, subtask("Running", "Sync", null))),
                Where.NONE));
        assertEquals(List.of("source-3", "source-1"), tasks.get(0).sources());
    }
}
