package org.dmreport.input.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dmreport.input.core.ReadFailure;
import org.dmreport.input.core.ReadMode;
import org.dmreport.model.Note;
import org.dmreport.model.NoteKind;

/**
 * Cuts an input's text into JSON documents as captures are found in the field: text before the
 * first document (shell prompts, tiup banners), between documents (captures appended with
 * {@code >>}) and after the last one is skipped; zero-width characters outside strings are
 * blanked. In {@link ReadMode#LENIENT} it also repairs what people do to pasted JSON: comments,
 * trailing and doubled commas, missing commas between adjacent values, {@code ...} elisions and a
 * bare {@code "key": value} fragment. Every step becomes a {@link Note} with its line.
 *
 * <p>This is a lexical pass, not a parser: it knows strings, brackets and punctuation, so that
 * edits replace characters in place (keeping every line and column) and Jackson does the parsing
 * and reports what remains wrong. Not used in {@link ReadMode#STRICT}, which skips nothing.
 */
public final class DocumentScanner extends TextCursor {

    private enum Tok {
        NONE,
        OPEN,
        COMMA,
        COLON,
        VALUE
    }

    private final boolean lenient;
    private final List<RawDocument> documents = new ArrayList<>();
    private final List<Note> inputNotes = new ArrayList<>();

    private DocumentScanner(char[] text, ReadMode mode) {
        super(text);
        this.lenient = mode == ReadMode.LENIENT;
    }

    /** Result: the documents in input order and notes that concern the input as a whole. */
    public record Result(List<RawDocument> documents, List<Note> notes) {}

    /**
     * Splits {@code text}; throws {@link ReadFailure} when it holds no JSON document at all.
     */
    public static Result scan(char[] text, ReadMode mode) {
        DocumentScanner scanner = new DocumentScanner(text, mode);
        scanner.run();
        return new Result(scanner.documents, scanner.inputNotes);
    }

    private void run() {
        boolean first = true;
        boolean elidedBefore = false;
        while (true) {
            int skippedFrom = -1;
            String skippedText = null;
            int start;
            boolean fragment;
            while (true) {
                skipBlank();
                if (i >= t.length) {
                    start = -1;
                    fragment = false;
                    break;
                }
                fragment = isFragmentStart(i);
                if (fragment && !lenient && first && skippedFrom < 0) {
                    throw new ReadFailure(
                            line,
                            col(i),
                            "the input is a fragment (" + excerpt(i)
                                    + ") rather than a JSON document; --lenient reads it");
                }
                fragment &= lenient;
                if (fragment || t[i] == '{' || (first && skippedFrom < 0 && isValueStart(i))) {
                    start = i;
                    break;
                }
                if (skippedFrom < 0) {
                    skippedFrom = line;
                    skippedText = excerpt(i);
                }
                if (lenient && isElisionLine(i)) {
                    elidedBefore = true;
                }
                skipLine();
            }
            if (skippedFrom >= 0) {
                noteSkipped(first, start < 0, skippedFrom, skippedText);
            }
            if (start < 0) {
                if (first) {
                    throw new ReadFailure(
                            1,
                            1,
                            t.length == 0
                                    ? "empty input: no JSON document"
                                    : "no JSON document found (a query-status document starts with '{')");
                }
                return;
            }
            documents.add(document(start, fragment, elidedBefore));
            elidedBefore = false;
            first = false;
        }
    }

    private void noteSkipped(boolean first, boolean last, int fromLine, String text) {
        int toLine = i >= t.length ? lastLine() : line - 1;
        String lines = toLine > fromLine ? "lines " + fromLine + "-" + toLine : "line " + fromLine;
        if (first) {
            inputNotes.add(new Note(
                    NoteKind.TEXT_BEFORE_SKIPPED,
                    fromLine,
                    1,
                    "text before the JSON document skipped (" + lines + ": " + text + ")"));
        } else if (last) {
            inputNotes.add(new Note(
                    NoteKind.TEXT_AFTER_SKIPPED,
                    fromLine,
                    1,
                    "text after the last JSON document skipped (" + lines + ": " + text + ")"));
        } else {
            inputNotes.add(new Note(
                    NoteKind.TEXT_BETWEEN_SKIPPED,
                    fromLine,
                    1,
                    "text between JSON documents skipped (" + lines + ": " + text + ")"));
        }
    }

    private int lastLine() {
        return t.length > 0 && t[t.length - 1] == '\n' ? line - 1 : line;
    }

    /** Scans one document from {@code start}; leaves {@code i} just after it. */
    private RawDocument document(int start, boolean fragment, boolean partialBefore) {
        return new Document(start, fragment, partialBefore).scan();
    }

    /**
     * One document being scanned: the containers open, the last token and where the blank before
     * the next one began, and the notes taken. Each kind of token has its method; the text and the
     * position are the scanner's.
     */
    private final class Document {
        private final int start;
        private final boolean fragment;
        private final int startLine;
        private final int startColumn;
        private final List<Note> notes = new ArrayList<>();
        private boolean partial;
        private int zeroWidth;
        private int zeroWidthLine;

        /** Open containers, true for an object. A fragment is an object whose braces were not pasted. */
        private boolean[] objects = new boolean[16];

        private int depth;
        private boolean expectKey;
        private Tok last;
        private int lastComma = -1;
        private int lastLine;
        /** Where the blank before the current token began; -1 when none. */
        private int gap = -1;
        /** Just after the document once its end is found; -1 before. */
        private int end = -1;

        Document(int start, boolean fragment, boolean partialBefore) {
            this.start = start;
            this.fragment = fragment;
            this.startLine = line;
            this.startColumn = col(start);
            this.partial = partialBefore;
            if (fragment) {
                objects[depth++] = true;
            }
            this.expectKey = fragment;
            this.last = fragment ? Tok.OPEN : Tok.NONE;
            this.lastLine = line;
        }

        RawDocument scan() {
            i = start;
            while (i < t.length && end < 0) {
                char c = t[i];
                if (c == '\n') {
                    i++;
                    line++;
                    lineStart = i;
                } else if (c == ' ' || c == '\t' || c == '\r' || isZeroWidth(c)) {
                    whitespace(c);
                } else if (lenient
                        && (c == '#' || (c == '/' && i + 1 < t.length && (t[i + 1] == '/' || t[i + 1] == '*')))) {
                    notes.add(new Note(NoteKind.COMMENT_REMOVED, line, col(i), "comment removed: " + excerpt(i)));
                    blankComment();
                } else if (fragment && depth == 1 && (last == Tok.VALUE && c != ',' || last == Tok.COMMA && c != '"')) {
                    if (last == Tok.COMMA) {
                        edit(lastComma, ' ');
                    }
                    end = i;
                } else {
                    int tokenLine = line;
                    if (token(c)) {
                        lastLine = tokenLine;
                        gap = -1;
                    }
                }
            }
            return finish();
        }

        /** Whitespace, or a zero-width character blanked. */
        private void whitespace(char c) {
            if (c != ' ' && c != '\t' && c != '\r') {
                edit(i, ' ');
                if (zeroWidth++ == 0) {
                    zeroWidthLine = line;
                }
            }
            if (gap < 0 && c != '\r') {
                gap = i;
            }
            i++;
        }

        /** One token; false when it was removed, so that it is not the last one seen. */
        private boolean token(char c) {
            switch (c) {
                case '{', '[' -> open(c);
                case '}', ']' -> close();
                case ',' -> {
                    return comma();
                }
                case ':' -> {
                    last = Tok.COLON;
                    expectKey = false;
                    i++;
                }
                case '"' -> string();
                default -> {
                    return bare();
                }
            }
            return true;
        }

        private void open(char c) {
            missingComma(depth > 0 && objects[depth - 1], c);
            if (depth == objects.length) {
                objects = Arrays.copyOf(objects, depth * 2);
            }
            objects[depth++] = c == '{';
            expectKey = c == '{';
            last = Tok.OPEN;
            i++;
        }

        private void close() {
            if (lenient && last == Tok.COMMA) {
                edit(lastComma, ' ');
                notes.add(new Note(
                        NoteKind.TRAILING_COMMA_REMOVED, lastLine, columnOf(lastComma), "trailing comma removed"));
            }
            depth--;
            expectKey = false;
            last = Tok.VALUE;
            i++;
            if (depth <= 0) {
                end = i;
            }
        }

        private boolean comma() {
            if (lenient && (last == Tok.COMMA || last == Tok.OPEN)) {
                edit(i, ' ');
                notes.add(new Note(NoteKind.TRAILING_COMMA_REMOVED, line, col(i), "stray comma removed"));
                i++;
                return false;
            }
            last = Tok.COMMA;
            lastComma = i;
            expectKey = depth > 0 && objects[depth - 1];
            i++;
            return true;
        }

        private void string() {
            boolean inObject = depth > 0 && objects[depth - 1];
            boolean key = expectKey || missingComma(inObject, '"') && inObject;
            skipString();
            expectKey = false;
            last = key ? Tok.NONE : Tok.VALUE;
            if (depth == 0) {
                end = i;
            }
        }

        /** A number, literal or elision; false when it was an elision, removed. */
        private boolean bare() {
            int tokenLine = line;
            int tokenColumn = col(i);
            int from = i;
            skipBareToken();
            if (lenient && isElision(from, i)) {
                blank(from, i);
                partial = true;
                notes.add(new Note(
                        NoteKind.ELISION_REMOVED,
                        tokenLine,
                        tokenColumn,
                        "elision '...' removed: what it stood for is unknown"));
                return false;
            }
            missingComma(depth > 0 && objects[depth - 1], t[from]);
            last = Tok.VALUE;
            if (depth == 0) {
                end = i;
            }
            return true;
        }

        /**
         * Puts a comma into the whitespace between two adjacent values when that is what is missing;
         * returns whether it did.
         */
        private boolean missingComma(boolean inObject, char next) {
            if (!lenient || last != Tok.VALUE || expectKey || gap < 0 || (inObject && next != '"')) {
                return false;
            }
            int gapLine = line;
            for (int k = gap; k < i; k++) {
                if (t[k] == '\n') {
                    gapLine--;
                }
            }
            notes.add(new Note(NoteKind.COMMA_INSERTED, gapLine, columnOf(gap), "missing comma inserted"));
            edit(gap, ',');
            return true;
        }

        /** The document found, with its notes; a fragment is read from a copy that has its braces. */
        private RawDocument finish() {
            if (end < 0) {
                end = t.length;
            }
            if (zeroWidth > 0) {
                notes.add(
                        0,
                        new Note(
                                NoteKind.ZERO_WIDTH_REMOVED,
                                zeroWidthLine,
                                0,
                                zeroWidth + " zero-width character" + (zeroWidth == 1 ? "" : "s")
                                        + " outside strings removed"));
            }
            i = end;
            if (!fragment) {
                return new RawDocument(t, start, end - start, startLine, startColumn, partial, notes);
            }
            char[] text = new char[end - start + 2];
            text[0] = '{';
            System.arraycopy(t, start, text, 1, end - start);
            text[text.length - 1] = '}';
            notes.add(
                    0,
                    new Note(
                            NoteKind.FRAGMENT_WRAPPED,
                            startLine,
                            startColumn,
                            "fragment " + excerpt(start) + " read as the members of one object"));
            return new RawDocument(text, 0, text.length, startLine, startColumn - 1, true, notes);
        }
    }
}
