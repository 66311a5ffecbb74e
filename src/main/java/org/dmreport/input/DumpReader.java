package org.dmreport.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.dmreport.input.core.ReadFailure;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputSource;
import org.dmreport.input.map.SnapshotMapper;
import org.dmreport.input.schema.DocumentSchema;
import org.dmreport.input.schema.SchemaValidator;
import org.dmreport.input.schema.ShapeKeys;
import org.dmreport.input.text.DmctlFailure;
import org.dmreport.input.text.DocumentScanner;
import org.dmreport.input.text.OwnOutputs;
import org.dmreport.input.text.RawDocument;
import org.dmreport.input.text.TextDecoder;
import org.dmreport.input.tree.JNode;
import org.dmreport.input.tree.TreeReader;
import org.dmreport.model.Capture;
import org.dmreport.model.DmVersion;
import org.dmreport.model.DmVersionRange;
import org.dmreport.model.FailedQuery;
import org.dmreport.model.Note;
import org.dmreport.model.NoteKind;
import org.dmreport.model.Problem;
import org.dmreport.model.SchemaViolation;
import org.dmreport.model.Snapshot;
import org.dmreport.model.Where;

/**
 * Reads one input into snapshots: bytes (gunzipped when gzip), text, documents, Jackson, model.
 * A clean UTF-8 file that holds exactly one JSON object takes a fast path straight from its bytes;
 * anything else goes through the {@link DocumentScanner}. Never throws for bad input: every
 * failure becomes a {@link Problem} and the next document goes on. Thread-safe.
 */
public final class DumpReader {

    /** Notes in the order of their place in the input; input-wide notes (line 0) first. */
    private static final Comparator<Note> NOTE_ORDER =
            Comparator.comparingInt(Note::line).thenComparingInt(Note::column);

    private static final ThreadLocal<FileBuffer> FILE_BUFFERS = ThreadLocal.withInitial(FileBuffer::new);

    private final ReadMode mode;
    private final ReadLimits limits;
    private final CaptureTimes.Policy times;
    private final TreeReader trees;
    private final SchemaValidator schemas;

    /** A reader that does not validate against the JSON Schemas. */
    public DumpReader(ReadMode mode, ReadLimits limits, CaptureTimes.Preference timePreference) {
        this(mode, limits, timePreference, null);
    }

    /** A reader that validates every whole document with {@code schemas} when not null. */
    public DumpReader(
            ReadMode mode, ReadLimits limits, CaptureTimes.Preference timePreference, SchemaValidator schemas) {
        this(mode, limits, CaptureTimes.Policy.of(timePreference), schemas);
    }

    /** A reader whose captures' times follow {@code times}, validating with {@code schemas} when not null. */
    public DumpReader(ReadMode mode, ReadLimits limits, CaptureTimes.Policy times, SchemaValidator schemas) {
        this.mode = mode;
        this.limits = limits;
        this.times = times;
        this.trees = new TreeReader(limits, mode == ReadMode.STRICT);
        this.schemas = schemas;
    }

    /** Reads a file or, for {@link InputSource#stdin()}, the given stream. */
    public ReadResult read(InputSource source, Supplier<InputStream> stdin) {
        return read(source, captureOf(source), stdin);
    }

    /** When and where {@code source} was captured, as this reader decides it (before reading it). */
    public Capture captureOf(InputSource source) {
        return decide(source).capture();
    }

    /** {@link #captureOf}, and whether its time came from a path timestamp without an offset. */
    public CaptureTimes.Decided decide(InputSource source) {
        return CaptureTimes.decide(source, times);
    }

    /** As {@link #read(InputSource, Supplier)}, with the capture already decided by {@link #captureOf}. */
    public ReadResult read(InputSource source, Capture capture, Supplier<InputStream> stdin) {
        try {
            if (source.isStdin()) {
                byte[] bytes = readBounded(stdin.get());
                return read(source, bytes, bytes.length, capture);
            }
            FileBuffer buffer = FILE_BUFFERS.get();
            byte[] bytes = buffer.fill(source.path(), limits.maxInputBytes());
            return read(source, bytes, buffer.length, capture);
        } catch (IOException e) {
            return failed(source, 0, 0, "cannot read: " + e.getMessage());
        } catch (ReadFailure e) {
            return failed(source, e.line(), e.column(), e.getMessage());
        }
    }

    /** Reads bytes already in memory; {@code capture} says where and when they were captured. */
    public ReadResult read(InputSource source, byte[] bytes, Capture capture) {
        return read(source, bytes, bytes.length, capture);
    }

    /**
     * Reads the first {@code length} of {@code bytes}, which may be a thread's reused buffer: nothing
     * read keeps a reference to them, and the slow paths work on copies.
     */
    private ReadResult read(InputSource source, byte[] bytes, int length, Capture capture) {
        List<Note> inputNotes = new ArrayList<>();
        try {
            if (length >= 2 && TextDecoder.isGzip(bytes)) {
                bytes = TextDecoder.gunzip(Arrays.copyOf(bytes, length), limits.maxInputBytes(), inputNotes);
                length = bytes.length;
            }
            String own = OwnOutputs.recognise(bytes, length);
            if (own != null) {
                return new ReadResult(List.of(), List.of(), "written by dmreport (" + own + "), not read as captures");
            }
            if (inputNotes.isEmpty()) {
                ReadResult fast = fastPathIfClean(source, bytes, length, capture);
                if (fast != null) {
                    return fast;
                }
            }
            return decodedSlowPath(source, bytes, length, capture, inputNotes);
        } catch (ReadFailure e) {
            return failed(source, e.line(), e.column(), e.getMessage());
        }
    }

    /**
     * A thread's buffer for the bytes of one file at a time: a batch of captures would otherwise
     * allocate (and zero) as many bytes as it reads. A file larger than {@link #KEPT} is read into
     * an array of its own, so that one large input does not stay in memory.
     */
    private static final class FileBuffer {
        private static final int KEPT = 4 << 20;

        private byte[] kept = new byte[64 << 10];
        /** The number of bytes the last {@link #fill} read. */
        int length;

        /**
         * Reads {@code path}, into the kept buffer when it fits; returns the array that holds its
         * first {@link #length} bytes.
         */
        byte[] fill(Path path, long limit) throws IOException {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                long size = channel.size();
                if (size > limit) {
                    throw new ReadFailure(
                            0,
                            0,
                            "input of " + size + " bytes exceeds the limit of " + limit + " bytes (--max-input-size)");
                }
                // One byte more than the size, so that reaching the end needs no second buffer.
                byte[] target = kept.length > size ? kept : new byte[(int) Math.min(size + 1, Integer.MAX_VALUE - 16)];
                int length = 0;
                while (true) {
                    if (length == target.length) {
                        if (length > limit) {
                            break;
                        }
                        // The file grew while it was read: go on reading, as Files.readAllBytes does.
                        target = Arrays.copyOf(target, (int) Math.min((long) length * 2, Integer.MAX_VALUE - 16));
                    }
                    int n = channel.read(ByteBuffer.wrap(target, length, target.length - length));
                    if (n < 0) {
                        break;
                    }
                    length += n;
                }
                if (length > limit) {
                    throw new ReadFailure(
                            0, 0, "input of more than " + limit + " bytes exceeds the limit (--max-input-size)");
                }
                if (target != kept && target.length <= KEPT) {
                    kept = target;
                }
                this.length = length;
                return target;
            }
        }
    }

    private byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, limits.maxInputBytes() + 1));
        if (bytes.length > limits.maxInputBytes()) {
            throw new ReadFailure(
                    0,
                    0,
                    "standard input exceeds the limit of " + limits.maxInputBytes() + " bytes (--max-input-size)");
        }
        return bytes;
    }

    private static boolean startsWithObject(byte[] bytes, int length) {
        for (int k = 0; k < length; k++) {
            byte b = bytes[k];
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\t') {
                return false;
            }
        }
        return false;
    }

    /** The fast path's result for plain (not gzipped) bytes, or null when they take the slow path. */
    ReadResult fastPathIfClean(InputSource source, byte[] bytes, int length, Capture capture) {
        return mode != ReadMode.STRICT && startsWithObject(bytes, length)
                ? fastPath(source, bytes, length, capture)
                : null;
    }

    /** The slow path's result for plain (not gzipped) bytes, whatever the fast path would do. */
    ReadResult decodedSlowPath(InputSource source, byte[] bytes, int length, Capture capture, List<Note> inputNotes) {
        char[] text = TextDecoder.decode(length == bytes.length ? bytes : Arrays.copyOf(bytes, length), inputNotes);
        noteLineEndings(text, inputNotes);
        DmctlFailure.Said failure = DmctlFailure.find(text);
        if (failure != null) {
            return failedCapture(capture, failure, inputNotes);
        }
        return slowPath(source, text, capture, inputNotes);
    }

    /** One JSON object and nothing else, straight from the bytes; null to take the slow path. */
    private ReadResult fastPath(InputSource source, byte[] bytes, int length, Capture capture) {
        if (TextDecoder.hasCarriageReturn(bytes, length)) {
            return null;
        }
        JNode root;
        List<Note> notes = new ArrayList<>();
        ShapeKeys.Tracker shape = tracker();
        try {
            root = trees.read(
                    bytes, length, TreeReader.AS_IS, notes, shape, TextDecoder.mayHoldSurrogate(bytes, length));
        } catch (ReadFailure e) {
            if (e.overLimit()) {
                // The slow path would decode the whole text (twice the bytes, and a copy per
                // document) only to meet the same limit at the same value.
                throw e;
            }
            return null;
        }
        List<Snapshot> snapshots = new ArrayList<>(1);
        List<Problem> problems = new ArrayList<>(0);
        toSnapshot(source, capture, 1, root, shape, false, notes, snapshots, problems);
        return new ReadResult(snapshots, problems);
    }

    /** A shape tracker when documents are validated, else null. */
    private ShapeKeys.Tracker tracker() {
        return schemas == null ? null : schemas.tracker();
    }

    private ReadResult slowPath(InputSource source, char[] text, Capture capture, List<Note> inputNotes) {
        List<Snapshot> snapshots = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (mode == ReadMode.STRICT) {
            List<Note> notes = new ArrayList<>(inputNotes);
            ShapeKeys.Tracker shape = tracker();
            JNode root = trees.read(text, TreeReader.AS_IS, true, notes, shape);
            toSnapshot(source, capture, 1, root, shape, false, notes, snapshots, problems);
            return new ReadResult(snapshots, problems);
        }
        DocumentScanner.Result scanned = DocumentScanner.scan(text, mode);
        List<RawDocument> documents = scanned.documents();
        List<List<Note>> notesByDocument = distribute(inputNotes, scanned.notes(), documents);
        for (int k = 0; k < documents.size(); k++) {
            RawDocument document = documents.get(k);
            List<Note> notes = notesByDocument.get(k);
            notes.addAll(document.notes());
            try {
                ShapeKeys.Tracker shape = tracker();
                JNode root =
                        trees.read(document.text(), document.offset(), document.length(), document, true, notes, shape);
                toSnapshot(source, capture, k + 1, root, shape, document.partial(), notes, snapshots, problems);
            } catch (ReadFailure e) {
                problems.add(new Problem(
                        source.name(), source.cluster(), e.line(), e.column(), e.getMessage() + hint(document, e)));
            }
        }
        return new ReadResult(snapshots, problems);
    }

    /**
     * Gives each input-level note to a document: encoding notes and skipped text before a document
     * to that document, text after the last one to the last.
     */
    private static List<List<Note>> distribute(List<Note> encoding, List<Note> skipped, List<RawDocument> documents) {
        List<List<Note>> result = new ArrayList<>(documents.size());
        for (int k = 0; k < documents.size(); k++) {
            result.add(new ArrayList<>(k == 0 ? encoding : List.of()));
        }
        for (Note note : skipped) {
            int target = documents.size() - 1;
            for (int k = 0; k < documents.size(); k++) {
                if (documents.get(k).line0() > note.line()) {
                    target = k;
                    break;
                }
            }
            result.get(target).add(note);
        }
        return result;
    }

    private void toSnapshot(
            InputSource source,
            Capture capture,
            int index,
            JNode root,
            ShapeKeys.Tracker shape,
            boolean partial,
            List<Note> notes,
            List<Snapshot> snapshots,
            List<Problem> problems) {
        try {
            SnapshotMapper.Mapped mapped = SnapshotMapper.map(root, mode == ReadMode.LENIENT);
            List<Note> all = new ArrayList<>(notes);
            all.addAll(mapped.notes());
            all.sort(NOTE_ORDER);
            DocumentSchema schema = DocumentSchema.of(mapped.response()).orElse(null);
            List<SchemaViolation> violations = schemas == null || mapped.fragment() || schema == null
                    ? List.of()
                    : schemas.validate(root, shape, schema, partial);
            snapshots.add(new Snapshot(
                    capture,
                    index,
                    mapped.response(),
                    mapped.version(),
                    partial || mapped.fragment(),
                    all,
                    mapped.unknownKeys(),
                    violations));
        } catch (ReadFailure e) {
            problems.add(new Problem(source.name(), source.cluster(), e.line(), e.column(), e.getMessage()));
        }
    }

    /** A hint when a default-mode failure is something {@code --lenient} repairs. */
    private String hint(RawDocument document, ReadFailure failure) {
        if (mode == ReadMode.LENIENT || !failure.getMessage().startsWith("Unexpected character")) {
            return "";
        }
        char[] text = document.text();
        int end = document.offset() + document.length();
        int line = failure.line() - document.line0() + 1;
        int offset = document.offset();
        for (int l = 1; l < line && offset < end; offset++) {
            if (text[offset] == '\n') {
                l++;
            }
        }
        int column = line == 1 ? failure.column() - document.column0() : failure.column() - 1;
        int at = offset + Math.max(0, column);
        while (at < end && (text[at] == ' ' || text[at] == '\t' || text[at] == '\r' || text[at] == '\n')) {
            at++;
        }
        if (at >= end) {
            return "";
        }
        char c = text[at];
        if (c == '#' || c == '/') {
            return " (a comment? --lenient removes comments)";
        }
        if (c == '.') {
            return " (an elision '...'? --lenient reads around it)";
        }
        if (c == '}' || c == ']') {
            return " (a trailing comma? --lenient removes it)";
        }
        if (c == '"' || c == '{' || c == '[') {
            return " (a missing comma? --lenient inserts it)";
        }
        return "";
    }

    private static void noteLineEndings(char[] text, List<Note> notes) {
        int line = 1;
        for (int k = 0; k < text.length; k++) {
            if (text[k] == '\n') {
                line++;
            } else if (text[k] == '\r' && k + 1 < text.length && text[k + 1] == '\n') {
                notes.add(new Note(NoteKind.LINE_ENDINGS, line, 0, "CRLF line endings read"));
                return;
            }
        }
    }

    /**
     * dmctl's failure text as a failed capture: a failed query whose message is what dmctl said,
     * noted as such, of no particular DM version.
     */
    private static ReadResult failedCapture(Capture capture, DmctlFailure.Said said, List<Note> inputNotes) {
        List<Note> notes = new ArrayList<>(inputNotes);
        notes.add(new Note(
                NoteKind.DMCTL_FAILURE,
                said.line(),
                1,
                "dmctl's failure text, not a document: the master did not answer this query-status"));
        return new ReadResult(
                List.of(new Snapshot(
                        capture,
                        1,
                        new FailedQuery(said.message(), Where.NONE),
                        DmVersionRange.atLeast(DmVersion.of(1, 0)),
                        false,
                        notes,
                        List.of(),
                        List.of())),
                List.of());
    }

    private static ReadResult failed(InputSource source, int line, int column, String message) {
        return new ReadResult(List.of(), List.of(new Problem(source.name(), source.cluster(), line, column, message)));
    }
}
