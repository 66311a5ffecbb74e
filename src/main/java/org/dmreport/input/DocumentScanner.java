package org.dmreport.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
final class DocumentScanner {

    private enum Tok {
        NONE,
        OPEN,
        COMMA,
        COLON,
        VALUE
    }

    private final char[] t;
    private final boolean lenient;
    private final List<RawDocument> documents = new ArrayList<>();
    private final List<Note> inputNotes = new ArrayList<>();

    private int i;
    private int line = 1;
    private int lineStart;

    private DocumentScanner(char[] text, ReadMode mode) {
        this.t = text;
        this.lenient = mode == ReadMode.LENIENT;
    }

    /** Result: the documents in input order and notes that concern the input as a whole. */
    record Result(List<RawDocument> documents, List<Note> notes) {}

    /**
     * Splits {@code text}; throws {@link ReadFailure} when it holds no JSON document at all.
     */
    static Result scan(char[] text, ReadMode mode) {
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
        int startLine = line;
        int startColumn = col(start);
        List<Note> notes = new ArrayList<>();
        boolean partial = partialBefore;
        int zeroWidth = 0;
        int zeroWidthLine = 0;

        // Open containers, true for an object. A fragment is an object whose braces were not pasted.
        boolean[] objects = new boolean[16];
        int depth = 0;
        if (fragment) {
            objects[depth++] = true;
        }
        boolean expectKey = fragment;
        Tok last = fragment ? Tok.OPEN : Tok.NONE;
        int lastComma = -1;
        int lastLine = line;
        int gap = -1;
        int end = -1;

        i = start;
        while (i < t.length && end < 0) {
            char c = t[i];
            if (c == '\n') {
                i++;
                line++;
                lineStart = i;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || isZeroWidth(c)) {
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
                continue;
            }
            if (lenient && (c == '#' || (c == '/' && i + 1 < t.length && (t[i + 1] == '/' || t[i + 1] == '*')))) {
                notes.add(new Note(NoteKind.COMMENT_REMOVED, line, col(i), "comment removed: " + excerpt(i)));
                blankComment();
                continue;
            }
            if (fragment && depth == 1 && (last == Tok.VALUE && c != ',' || last == Tok.COMMA && c != '"')) {
                if (last == Tok.COMMA) {
                    edit(lastComma, ' ');
                }
                end = i;
                break;
            }
            int tokenLine = line;
            int tokenColumn = col(i);
            switch (c) {
                case '{', '[' -> {
                    missingComma(last, depth > 0 && objects[depth - 1], expectKey, c, gap, notes);
                    if (depth == objects.length) {
                        objects = Arrays.copyOf(objects, depth * 2);
                    }
                    objects[depth++] = c == '{';
                    expectKey = c == '{';
                    last = Tok.OPEN;
                    i++;
                }
                case '}', ']' -> {
                    if (lenient && last == Tok.COMMA) {
                        edit(lastComma, ' ');
                        notes.add(new Note(
                                NoteKind.TRAILING_COMMA_REMOVED,
                                lastLine,
                                columnOf(lastComma),
                                "trailing comma removed"));
                    }
                    depth--;
                    expectKey = false;
                    last = Tok.VALUE;
                    i++;
                    if (depth <= 0) {
                        end = i;
                    }
                }
                case ',' -> {
                    if (lenient && (last == Tok.COMMA || last == Tok.OPEN)) {
                        edit(i, ' ');
                        notes.add(new Note(NoteKind.TRAILING_COMMA_REMOVED, line, col(i), "stray comma removed"));
                        i++;
                        continue;
                    }
                    last = Tok.COMMA;
                    lastComma = i;
                    expectKey = depth > 0 && objects[depth - 1];
                    i++;
                }
                case ':' -> {
                    last = Tok.COLON;
                    expectKey = false;
                    i++;
                }
                case '"' -> {
                    boolean inObject = depth > 0 && objects[depth - 1];
                    boolean key = expectKey || missingComma(last, inObject, expectKey, c, gap, notes) && inObject;
                    skipString();
                    expectKey = false;
                    last = key ? Tok.NONE : Tok.VALUE;
                    if (depth == 0) {
                        end = i;
                    }
                }
                default -> {
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
                        continue;
                    }
                    missingComma(last, depth > 0 && objects[depth - 1], expectKey, c, gap, notes);
                    last = Tok.VALUE;
                    if (depth == 0) {
                        end = i;
                    }
                }
            }
            lastLine = tokenLine;
            gap = -1;
        }
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
        // A fragment's braces were not pasted: it is read from a copy that has them.
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

    /**
     * Puts a comma into the whitespace between two adjacent values when that is what is missing;
     * returns whether it did.
     */
    private boolean missingComma(Tok last, boolean inObject, boolean expectKey, char next, int gap, List<Note> notes) {
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

    /**
     * Repairs the text in place. Edits fall inside the document being cut, which is never scanned
     * again, and the input's characters serve nothing else once cut into documents.
     */
    private void edit(int at, char c) {
        t[at] = c;
    }

    private void blank(int from, int to) {
        for (int k = from; k < to; k++) {
            edit(k, ' ');
        }
    }

    /** Blanks a {@code #}, {@code //} or block comment, keeping its line breaks. */
    private void blankComment() {
        if (t[i] == '/' && t[i + 1] == '*') {
            int close = i + 2;
            while (close + 1 < t.length && !(t[close] == '*' && t[close + 1] == '/')) {
                close++;
            }
            close = Math.min(t.length, close + 2);
            for (; i < close; i++) {
                if (t[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                } else if (t[i] != '\r') {
                    edit(i, ' ');
                }
            }
            return;
        }
        while (i < t.length && t[i] != '\n' && t[i] != '\r') {
            edit(i++, ' ');
        }
    }

    private void skipString() {
        i++;
        while (i < t.length) {
            char c = t[i];
            if (c == '\\') {
                i = Math.min(i + 2, t.length); // an escape at the very end escapes nothing
            } else if (c == '"') {
                i++;
                return;
            } else if (c == '\n') {
                return;
            } else {
                i++;
            }
        }
    }

    private void skipBareToken() {
        int from = i;
        while (i < t.length && isBareChar(t[i])) {
            i++;
        }
        if (i == from) {
            i++;
        }
    }

    private static boolean isBareChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '+'
                || c == '-'
                || c == '_';
    }

    private boolean isElision(int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (t[k] != '.') {
                return false;
            }
        }
        return true;
    }

    private boolean isElisionLine(int at) {
        int k = at;
        while (k < t.length && t[k] == '.') {
            k++;
        }
        if (k - at < 2) {
            return false;
        }
        while (k < t.length && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r' || t[k] == ',')) {
            k++;
        }
        return k >= t.length || t[k] == '\n';
    }

    /** Skips whitespace and zero-width characters, counting lines. */
    private void skipBlank() {
        while (i < t.length) {
            char c = t[i];
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (!(c == ' ' || c == '\t' || c == '\r' || isZeroWidth(c))) {
                return;
            }
            i++;
        }
    }

    private void skipLine() {
        while (i < t.length && t[i] != '\n') {
            i++;
        }
    }

    private boolean isValueStart(int at) {
        char c = t[at];
        if (c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9')) {
            return true;
        }
        return isWord(at, "true") || isWord(at, "false") || isWord(at, "null");
    }

    private boolean isWord(int at, String word) {
        int end = at + word.length();
        if (end > t.length || !new String(t, at, word.length()).equals(word)) {
            return false;
        }
        return end == t.length || !Character.isLetterOrDigit(t[end]);
    }

    /** A line that starts with {@code "key":}: the inside of an object pasted without braces. */
    private boolean isFragmentStart(int at) {
        if (t[at] != '"') {
            return false;
        }
        int k = at + 1;
        while (k < t.length && t[k] != '"' && t[k] != '\n') {
            k += t[k] == '\\' ? 2 : 1;
        }
        if (k >= t.length || t[k] != '"') {
            return false;
        }
        k++;
        while (k < t.length && (t[k] == ' ' || t[k] == '\t')) {
            k++;
        }
        return k < t.length && t[k] == ':';
    }

    static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private int col(int at) {
        return at - lineStart + 1;
    }

    /** Column of any index, found by looking back for its line's start. */
    private int columnOf(int at) {
        int k = at;
        while (k > 0 && t[k - 1] != '\n') {
            k--;
        }
        return at - k + 1;
    }

    /** The rest of the line from {@code at}, shortened, for messages. */
    private String excerpt(int at) {
        int end = at;
        while (end < t.length && t[end] != '\n' && t[end] != '\r' && end - at < 60) {
            end++;
        }
        String text = new String(t, at, end - at).strip();
        boolean cut = end < t.length && t[end] != '\n' && t[end] != '\r';
        return "'" + text + (cut ? "…" : "") + "'";
    }
}
