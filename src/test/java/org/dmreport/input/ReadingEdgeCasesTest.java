package org.dmreport.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dmreport.cli.Cli;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputFinder;
import org.dmreport.input.find.InputSource;
import org.dmreport.input.text.TextDecoder;
import org.dmreport.model.NoteKind;
import org.dmreport.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How captures are found and read: encodings, compression, junk around documents, limits, walks. */
class ReadingEdgeCasesTest {

    static final String FULL = """
            {
                "result": true,
                "msg": "",
                "sources": [
                    {
                        "result": true,
                        "msg": "",
                        "sourceStatus": {"source": "mysql-01", "worker": "w1", "result": null, "relayStatus": null},
                        "subTaskStatus": [
                            {"name": "t1", "stage": "Running", "unit": "Sync", "result": null, "unresolvedDDLLockID": ""}
                        ]
                    }
                ]
            }
            """;

    @TempDir
    Path dir;

    private ReadResult read(ReadMode mode, byte[] bytes) throws IOException {
        Path file = dir.resolve("capture.json");
        Files.write(file, bytes);
        return new DumpReader(mode, ReadLimits.DEFAULT, CaptureTimes.Preference.MTIME)
                .read(new InputSource(file.toString(), file), () -> null);
    }

    private ReadResult read(String text) throws IOException {
        return read(ReadMode.DEFAULT, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<NoteKind> kinds(Snapshot snapshot) {
        return snapshot.notes().stream().map(n -> n.kind()).toList();
    }

    /**
     * Files are read into a buffer each thread reuses: whatever the order of sizes (around the
     * buffer's, and above what it keeps), a file reads as its bytes alone do.
     */
    @Test
    void aReusedBufferGivesWhatTheFileAloneGives() throws IOException {
        DumpReader reader = new DumpReader(ReadMode.DEFAULT, ReadLimits.DEFAULT, CaptureTimes.Preference.MTIME);
        byte[] body = FULL.getBytes(StandardCharsets.UTF_8);
        int[] sizes = {(64 << 10) + 7, body.length, 64 << 10, (64 << 10) - 1, 5 << 20, body.length + 1, 64 << 10};
        for (int k = 0; k < sizes.length; k++) {
            byte[] bytes = Arrays.copyOf(body, sizes[k]);
            Arrays.fill(bytes, body.length, bytes.length, (byte) (k % 2 == 0 ? ' ' : '\n'));
            if (k == 0) {
                bytes[bytes.length - 2] = '\r'; // a CR left in the buffer past the next, shorter file
            }
            Path file = dir.resolve("capture-" + k + ".json");
            Files.write(file, bytes);
            InputSource source = new InputSource(file.toString(), file);
            ReadResult fromFile = reader.read(source, () -> null);
            assertEquals(reader.read(source, bytes, reader.captureOf(source)), fromFile, "size " + sizes[k]);
            assertEquals(1, fromFile.snapshots().size(), "size " + sizes[k]);
        }
    }

    @Test
    void gzipIsRecognisedByItsMagicBytes() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(FULL.getBytes(StandardCharsets.UTF_8));
        }
        ReadResult result = read(ReadMode.DEFAULT, zipped.toByteArray());
        assertEquals(1, result.snapshots().size());
        assertEquals(List.of(NoteKind.GZIP), kinds(result.snapshots().get(0)));
    }

    @Test
    void gzipBeyondTheSizeLimitIsRefused() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(new byte[4096]);
        }
        Path file = dir.resolve("bomb.json.gz");
        Files.write(file, zipped.toByteArray());
        ReadResult result = new DumpReader(
                        ReadMode.DEFAULT, new ReadLimits(1000, 64, 1000, 64), CaptureTimes.Preference.MTIME)
                .read(new InputSource("bomb.json.gz", file), () -> null);
        assertTrue(result.problems().get(0).message().contains("exceeds the limit of 1000 bytes"));
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(content);
        }
        return zipped.toByteArray();
    }

    /** The JDK's GZIPInputStream recursed once per empty member: 20,000 of them overflowed the stack. */
    @Test
    void twentyThousandEmptyMembersThenADocumentAreReadWithoutRecursion() throws IOException {
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        byte[] empty = gzip(new byte[0]);
        for (int k = 0; k < 20_000; k++) {
            many.write(empty);
        }
        many.write(gzip(FULL.getBytes(StandardCharsets.UTF_8)));
        Path file = dir.resolve("many.json.gz");
        Files.write(file, many.toByteArray());
        Cli.Result result = Cli.run("status", file.toString());
        assertEquals(3, result.code(), result.err());
        assertEquals(file + ":0:0: gzip data has more than 10000 members: not a capture\n", result.err());
        ReadResult fewer =
                read(ReadMode.DEFAULT, Arrays.copyOfRange(many.toByteArray(), 10_001 * empty.length, many.size()));
        assertEquals(1, fewer.snapshots().size());
        assertTrue(fewer.snapshots().get(0).notes().stream()
                .anyMatch(n -> n.message().equals("gzip-compressed input decompressed (10000 members)")));
    }

    @Test
    void aDamagedOrTruncatedGzipIsNamedAsSuch() throws IOException {
        byte[] good = gzip(FULL.getBytes(StandardCharsets.UTF_8));
        byte[] badCrc = good.clone();
        badCrc[badCrc.length - 8] ^= 1;
        assertEquals(
                "corrupt gzip data: CRC-32 mismatch (the data is damaged)",
                read(ReadMode.DEFAULT, badCrc).problems().get(0).message());
        assertEquals(
                "corrupt gzip data: the data ends inside the compressed stream (a truncated file)",
                read(ReadMode.DEFAULT, Arrays.copyOf(good, good.length / 2))
                        .problems()
                        .get(0)
                        .message());
        byte[] twice = new byte[good.length * 2];
        System.arraycopy(good, 0, twice, 0, good.length);
        System.arraycopy(good, 0, twice, good.length, good.length);
        assertEquals(2, read(ReadMode.DEFAULT, twice).snapshots().size());
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws IOException {
        byte[] body = FULL.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);
        ReadResult result = read(ReadMode.STRICT, bytes);
        assertEquals(List.of(NoteKind.BYTE_ORDER_MARK), kinds(result.snapshots().get(0)));
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws IOException {
        ReadResult little = read(ReadMode.DEFAULT, ("\uFEFF" + FULL).getBytes(StandardCharsets.UTF_16LE));
        ReadResult big = read(ReadMode.DEFAULT, ("\uFEFF" + FULL).getBytes(StandardCharsets.UTF_16BE));
        assertEquals(List.of(NoteKind.UTF16), kinds(little.snapshots().get(0)));
        assertEquals(List.of(NoteKind.UTF16), kinds(big.snapshots().get(0)));
    }

    @Test
    void crlfLineEndingsAreReadAndNoted() throws IOException {
        ReadResult result = read(FULL.replace("\n", "\r\n"));
        assertEquals(List.of(NoteKind.LINE_ENDINGS), kinds(result.snapshots().get(0)));
    }

    /** The word-at-a-time search must find a CR in any byte of a word and in the tail, and nothing else. */
    @Test
    void aCarriageReturnIsFoundAtEveryPlace() {
        for (int length = 0; length <= 40; length++) {
            byte[] bytes = new byte[length];
            for (int k = 0; k < length; k++) {
                bytes[k] = (byte) (k % 2 == 0 ? 0x0C : 0x8D); // neighbours of CR that must not count
            }
            assertEquals(false, TextDecoder.hasCarriageReturn(bytes, length), "none in " + length);
            for (int at = 0; at < length; at++) {
                byte[] withCr = bytes.clone();
                withCr[at] = '\r';
                assertTrue(TextDecoder.hasCarriageReturn(withCr, length), "at " + at + " of " + length);
                assertEquals(false, TextDecoder.hasCarriageReturn(withCr, at), "before " + at + " of " + length);
            }
        }
    }

    /**
     * The word-at-a-time look for what may read as a surrogate finds a {@code \\uD}/{@code \\ud}
     * escape and a 0xED byte at any place, across words and in the tail, and says no to their
     * neighbours: other escapes, 0xEC and 0xEE, "ud" without a backslash.
     */
    @Test
    void whatMayReadAsASurrogateIsFoundAtEveryPlace() {
        byte[][] signs = {
            "\\ud".getBytes(StandardCharsets.US_ASCII), "\\uD".getBytes(StandardCharsets.US_ASCII), {(byte) 0xED}
        };
        byte[] filler = "x\\u003c\\\"ud\\n".getBytes(StandardCharsets.US_ASCII);
        for (int length = 0; length <= 40; length++) {
            byte[] bytes = new byte[length];
            for (int k = 0; k < length; k++) {
                bytes[k] = k % 7 == 6 ? (byte) (k % 2 == 0 ? 0xEC : 0xEE) : filler[k % filler.length];
            }
            assertEquals(
                    false,
                    TextDecoder.mayHoldSurrogate(bytes, length),
                    "none in " + new String(bytes, 0, length, StandardCharsets.ISO_8859_1));
            for (byte[] sign : signs) {
                for (int at = 0; at + sign.length <= length; at++) {
                    byte[] with = bytes.clone();
                    System.arraycopy(sign, 0, with, at, sign.length);
                    assertTrue(TextDecoder.mayHoldSurrogate(with, length), "at " + at + " of " + length);
                    assertEquals(false, TextDecoder.mayHoldSurrogate(with, at + sign.length - 1), "cut before its end");
                }
            }
        }
    }

    @Test
    void promptAndBannerLinesBeforeTheDocumentAreSkipped() throws IOException {
        ReadResult result = read("tiup is checking updates for component dmctl ...\n"
                + "Starting component `dmctl`: /root/.tiup/components/dmctl/v6.0.0/dmctl/dmctl query-status t1\n"
                + "» query-status t1\n" + FULL + "» \n");
        Snapshot snapshot = result.snapshots().get(0);
        assertEquals(List.of(NoteKind.TEXT_BEFORE_SKIPPED, NoteKind.TEXT_AFTER_SKIPPED), kinds(snapshot));
        assertTrue(snapshot.notes().get(0).message().contains("lines 1-3"));
        assertEquals(18, snapshot.notes().get(1).line());
    }

    @Test
    void threeDocumentsInOneFileAreThreeSnapshotsInOrder() throws IOException {
        ReadResult result = read(FULL + FULL.replace("Running", "Paused") + "\n» query-status t1\n" + FULL);
        assertEquals(3, result.snapshots().size());
        assertEquals(
                List.of(1, 2, 3),
                result.snapshots().stream().map(Snapshot::document).toList());
        assertEquals(
                List.of(NoteKind.TEXT_BETWEEN_SKIPPED), kinds(result.snapshots().get(2)));
    }

    @Test
    void aBrokenDocumentDoesNotStopTheNextOne() throws IOException {
        ReadResult result = read(FULL.replace("\"msg\": \"\",", "\"msg\": ,") + FULL);
        assertEquals(1, result.snapshots().size());
        assertEquals(2, result.snapshots().get(0).document());
        assertEquals(1, result.problems().size());
        assertEquals(3, result.problems().get(0).line());
    }

    @Test
    void emptyFileIsAProblem() throws IOException {
        ReadResult result = read("");
        assertEquals("empty input: no JSON document", result.problems().get(0).message());
    }

    @Test
    void truncatedFileIsRefusedAtItsEnd() throws IOException {
        ReadResult result = read(FULL.substring(0, 200));
        assertTrue(result.snapshots().isEmpty());
        assertTrue(
                result.problems().get(0).message().contains("end-of-input"),
                result.problems().toString());
    }

    @Test
    void zeroWidthCharactersOutsideStringsAreRemoved() throws IOException {
        ReadResult result = read(FULL.replace("    \"msg\"", "\u200B   \"msg\""));
        assertEquals(
                List.of(NoteKind.ZERO_WIDTH_REMOVED), kinds(result.snapshots().get(0)));
    }

    @Test
    void nestingOverTheLimitIsRefusedQuickly() throws IOException {
        ReadResult result = read("[".repeat(100_000));
        assertTrue(
                result.problems().get(0).message().contains("over a reading limit"),
                result.problems().toString());
    }

    @Test
    void duplicateKeysAreRefusedOnlyInStrictMode() throws IOException {
        String duplicated =
                FULL.replace("\"msg\": \"\",\n    \"sources\"", "\"msg\": \"\",\n    \"msg\": \"x\",\n    \"sources\"");
        assertEquals(
                List.of(NoteKind.DUPLICATE_KEY),
                kinds(read(duplicated).snapshots().get(0)));
        ReadResult strict = read(ReadMode.STRICT, duplicated.getBytes(StandardCharsets.UTF_8));
        assertEquals("duplicate key \"msg\"", strict.problems().get(0).message());
        assertEquals(4, strict.problems().get(0).line());
    }

    @Test
    void lenientRepairsAreNotedLineByLine() throws IOException {
        String pasted = """
                {
                    "result": true, # top
                    "msg": "",
                    "sources": [
                        {
                            "result": true,
                            ...
                            "sourceStatus": {"source": "s1", "worker": "w", "result": null, "relayStatus": null},
                            "subTaskStatus": [
                                {"name": "t1", "stage": "Running", "unit": "Sync", "result": null} // ok
                            ],
                        }
                    ]
                }
                """;
        ReadResult result = read(ReadMode.LENIENT, pasted.getBytes(StandardCharsets.UTF_8));
        Snapshot snapshot = result.snapshots().get(0);
        assertTrue(snapshot.partial());
        assertEquals(
                List.of(
                        NoteKind.COMMENT_REMOVED,
                        NoteKind.ELISION_REMOVED,
                        NoteKind.COMMENT_REMOVED,
                        NoteKind.TRAILING_COMMA_REMOVED),
                kinds(snapshot));
        assertEquals(
                List.of(2, 7, 10, 11),
                snapshot.notes().stream().map(n -> n.line()).toList());
    }

    @Test
    void directoriesAreWalkedInSortedOrderWithTheirDefaultNames() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve("a/z"));
        for (String name : List.of("b/2.json", "a/z/1.log", "a/3.txt", "a/skip.yaml", "c.json.gz", "a/4.out")) {
            Files.writeString(dir.resolve(name), "x".repeat(name.length()));
        }
        InputFinder.Found found = new InputFinder(List.of(), List.of("*.out")).find(List.of(dir.toString()));
        assertEquals(
                List.of("a/3.txt", "a/z/1.log", "b/2.json", "c.json.gz"),
                found.inputs().stream()
                        .map(i -> dir.relativize(i.path()).toString())
                        .toList());
        // Sizes as the walk saw them, so that planning the reading asks the file system no more.
        assertEquals(List.of(7L, 9L, 8L, 9L), found.sizes());
        InputFinder.Found named = new InputFinder(List.of(), List.of())
                .find(List.of(dir.resolve("b/2.json").toString()));
        assertEquals(List.of(-1L), named.sizes());
    }

    @Test
    void aSymbolicLinkLoopIsNotFollowed() throws IOException {
        Files.createDirectories(dir.resolve("captures"));
        Files.writeString(dir.resolve("captures/one.json"), FULL);
        Files.createSymbolicLink(dir.resolve("captures/loop"), dir.resolve("captures"));
        InputFinder.Found found = new InputFinder(List.of(), List.of()).find(List.of(dir.toString()));
        assertEquals(1, found.inputs().size());
        assertEquals(1, found.warnings().size());
    }

    /**
     * A directory reached by two links is walked at the first in walk order and named in a warning
     * at the second; a link back up is cut; hidden entries and dangling links are skipped.
     */
    @Test
    void aDirectoryIsWalkedOnceAtItsFirstLinkInWalkOrder() throws IOException {
        Files.createDirectories(dir.resolve("a/real"));
        Files.writeString(dir.resolve("a/real/one.json"), "1");
        Files.createDirectories(dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("b/link"), dir.resolve("a/real"));
        Files.createSymbolicLink(dir.resolve("a/real/up"), dir.resolve("a"));
        Files.createSymbolicLink(dir.resolve("a/dangling.json"), dir.resolve("nowhere"));
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve(".hidden/secret.json"), "s");
        InputFinder.Found found = new InputFinder(List.of(), List.of()).find(List.of(dir.toString()));
        assertEquals(
                List.of(dir + "/a/real/one.json"),
                found.inputs().stream().map(InputSource::name).toList());
        assertEquals(
                List.of(
                        dir + "/a/dangling.json: a symbolic link to nothing (or a file that cannot be looked at), "
                                + "not read",
                        dir + "/a/real/up: directory already walked (a symbolic link loop or a second link to it), "
                                + "not followed",
                        dir + "/b/link: directory already walked (a symbolic link loop or a second link to it), "
                                + "not followed"),
                found.warnings());
    }

    @Test
    void aNamedPipeInAWalkIsAWarningAndNeverOpened() throws Exception {
        Files.writeString(dir.resolve("one.json"), FULL);
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString())
                        .start()
                        .waitFor());
        Cli.Result result = Cli.run("status", dir.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(
                "dmreport: warning: " + dir + "/pipe.json: a named pipe, socket or device, not a regular file: "
                        + "not read\n",
                result.err());
    }

    @Test
    void whatThisToolWroteIsNeverReadBackAsCaptures() throws IOException {
        Path captures = Files.createDirectories(dir.resolve("2026-11-26T00-00-00Z"));
        Files.writeString(captures.resolve("query-status.json"), FULL);
        Path out = dir.resolve("out");
        assertEquals(
                0,
                Cli.run("report", "-f", "json", "-o", out.resolve("report.json").toString(), dir.toString())
                        .code());
        assertEquals(
                0,
                Cli.run(
                                "check",
                                "-f",
                                "json",
                                "-o",
                                out.resolve("check.json").toString(),
                                "-f",
                                "sarif",
                                "-o",
                                out.resolve("check.sarif.json").toString(),
                                "--write-baseline",
                                out.resolve("baseline.txt").toString(),
                                dir.toString())
                        .code());
        assertEquals(
                0,
                Cli.run("status", "-f", "json", "-o", out.resolve("status.json").toString(), dir.toString())
                        .code());
        Cli.Result again = Cli.run("check", "--include", "*.json", "--include", "*.txt", dir.toString());
        assertEquals(0, again.code(), again.err());
        for (String written : List.of(
                "baseline.txt: written by dmreport (check --write-baseline)",
                "check.json: written by dmreport (check -f json)",
                "check.sarif.json: written by dmreport (check -f sarif)",
                "report.json: written by dmreport (report -f json)",
                "status.json: written by dmreport (status -f json)")) {
            assertTrue(again.err().contains(out + "/" + written + ", not read as captures"), again.err());
        }
        assertTrue(again.err().contains("checked 1 document in 6 files"), again.err());
    }

    @Test
    void anObjectWithTasksIsASummaryOnlyWhenShapedAsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("tasks.json"), "{\"title\": \"x\", \"tasks\": [{\"name\": \"t\"}]}");
        Cli.Result result = Cli.run("status", file.toString());
        assertEquals(3, result.code());
        assertEquals(
                file + ":1:1: not query-status output: an object with keys {title, tasks}, not a summary (result or "
                        + "msg, and tasks entries with a taskName)\n",
                result.err());
    }

    @Test
    void anOutputThatIsOneOfTheInputsIsAUsageErrorAndTheInputIsKept() throws IOException {
        Path input = Files.writeString(dir.resolve("in.json"), FULL);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), input);
        for (String[] args : List.of(
                new String[] {"status", "-f", "json", "-o", input.toString(), input.toString()},
                new String[] {"check", "-f", "json", "-o", link.toString(), input.toString()},
                new String[] {"report", "-f", "md", "-o", input.toString(), input.toString()})) {
            Cli.Result result = Cli.run(args);
            assertEquals(2, result.code(), result.err());
            assertTrue(
                    result.err().startsWith("dmreport: -o " + args[4] + ": is the input " + args[5] + ";"),
                    result.err());
        }
        assertEquals(FULL, Files.readString(input));
    }

    /** File names are bytes: two folders whose names differ only in bytes that are not UTF-8 stay two clusters. */
    @Test
    void foldersNamedByBytesThatAreNotUtf8StayDistinctClusters() throws Exception {
        Path root = Files.createDirectories(dir.resolve("fleet"));
        Process mkdir = new ProcessBuilder(
                        "sh",
                        "-c",
                        "for b in 377 376; do d=\"$0/c$(printf \"\\\\$b\")/2026-11-26T00-00-00Z\"; "
                                + "mkdir -p \"$d\" && cp \"$1\" \"$d/q.json\"; done",
                        root.toString(),
                        Files.writeString(dir.resolve("full.json"), FULL).toString())
                .start();
        assertEquals(0, mkdir.waitFor(), new String(mkdir.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        Cli.Result result = Cli.run("status", root.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("c\\xfe"), result.out());
        assertTrue(result.out().contains("c\\xff"), result.out());
        assertFalse(result.out().contains("\uFFFD"), result.out());
        Cli.Result check = Cli.run("check", "-f", "json", root.toString());
        assertFalse(check.out().contains("conflicting-captures"), check.out());
    }

    /** A path part written as a time that is none is named, once, never silently replaced by the mtime. */
    @Test
    void anImpossibleTimeInAPathIsANoteNamingThePart() throws IOException {
        for (String folder : List.of("2026-02-30T00-00-00Z", "2026-13-01T00-00-00Z", "20261126T250000Z")) {
            Path captures = Files.createDirectories(dir.resolve("cap").resolve(folder));
            Files.writeString(captures.resolve("a.json"), FULL);
            Files.writeString(captures.resolve("b.json"), FULL);
        }
        Cli.Result result = Cli.run("status", dir.resolve("cap").toString());
        List<String> notes = result.err()
                .lines()
                .filter(l -> l.contains("looks like a capture time but is none"))
                .toList();
        assertEquals(3, notes.size(), result.err());
        assertTrue(
                notes.get(0)
                        .matches("dmreport: warning: .*/cap/2026-02-30T00-00-00Z/a.json: '2026-02-30T00-00-00Z' "
                                + "\\(Invalid date 'FEBRUARY 30'\\) looks like a capture time but is none: the file's "
                                + "modification time is taken instead"),
                notes.get(0));
        assertTrue(notes.get(1).contains("'2026-13-01T00-00-00Z' (Invalid value for MonthOfYear"), notes.get(1));
        assertTrue(notes.get(2).contains("'20261126T250000Z' (Invalid value for HourOfDay"), notes.get(2));
    }

    /**
     * An input found by walking a folder is as safe as one named: every output target, the files of a
     * report folder and a baseline included, is compared with every input found before anything is
     * read or written.
     */
    @Test
    void anOutputThatIsAnInputFoundInAFolderIsAUsageErrorAndTheInputIsKept() throws IOException {
        Path captures = Files.createDirectories(dir.resolve("cap/2026-11-26T00-00-00Z"));
        Path capture = Files.writeString(captures.resolve("query-status.json"), FULL);
        Path named = Files.writeString(captures.resolve("report.json"), FULL);
        Path root = dir.resolve("cap");
        Path baseline = dir.resolve("cap/2026-11-26T00-00-00Z/baseline.txt");
        Files.writeString(baseline, FULL);
        List<String[]> runs = List.of(
                new String[] {"status", "-f", "json", "-o", capture.toString(), root.toString()},
                new String[] {"check", "-f", "sarif", "-o", capture.toString(), root.toString()},
                new String[] {"check", "--write-baseline", baseline.toString(), root.toString()},
                new String[] {"report", "-f", "json,md", "-o", captures.toString(), root.toString()});
        List<String> expected = List.of(
                "-o " + capture + ": is the input " + capture + ";",
                "-o " + capture + ": is the input " + capture + ";",
                "--write-baseline " + baseline + ": is the input " + baseline + ";",
                "-o " + named + ": is the input " + named + ";");
        for (int k = 0; k < runs.size(); k++) {
            Cli.Result result = Cli.run(runs.get(k));
            assertEquals(2, result.code(), result.err());
            assertTrue(result.err().startsWith("dmreport: " + expected.get(k)), result.err());
        }
        assertEquals(FULL, Files.readString(capture));
        assertEquals(FULL, Files.readString(named));
        assertEquals(FULL, Files.readString(baseline));
        try (var files = Files.list(captures)) {
            assertEquals(3, files.count(), "no output and no temporary file was written");
        }
    }

    @Test
    void controlCharactersInAPathAreEscapedInItsOneLineProblem() throws IOException {
        Path odd = Files.createDirectories(dir.resolve("a\nb\rc\u001b[31md\u202e"));
        Files.writeString(odd.resolve("x.json"), "{\"x\": 1}");
        Cli.Result result = Cli.run("check", dir.toString());
        assertTrue(
                result.out().startsWith(dir + "/a\\nb\\rc\\x1b[31md\\u202e/x.json:1: error [unreadable-input]"),
                result.out());
        assertEquals(1, result.out().lines().count());
    }

    @Test
    void findingNoDocumentAtAllIsAnError() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "nothing");
        Cli.Result result = Cli.run("status", dir.toString());
        assertEquals(3, result.code());
        assertTrue(result.err().contains("no query-status document found"), result.err());
    }

    @Test
    void standardInputIsRead() {
        Cli.Result result = Cli.runWithStdin(FULL.getBytes(StandardCharsets.UTF_8), "status", "-");
        assertEquals(0, result.code(), result.err());
        assertEquals("unknown-time (stdin) -#1 full DM >= 2.0\n  t1: Running (mysql-01)\n", result.out());
    }
}
