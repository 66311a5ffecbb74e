package org.dmreport.input.text;

/**
 * A cursor over an input's text, with the moves a scan of it needs: past strings, bare tokens,
 * blanks and lines; the blanking of comments and of characters edited away, in place, so that
 * every line and column stays where it was; and where the cursor stands, for notes and messages.
 */
abstract class TextCursor {

    /** The text, edited in place. */
    final char[] t;
    /** The cursor. */
    int i;
    /** The cursor's line, 1-based, and where that line starts. */
    int line = 1;

    int lineStart;

    TextCursor(char[] text) {
        this.t = text;
    }

    /**
     * Repairs the text in place. Edits fall inside the document being cut, which is never scanned
     * again, and the input's characters serve nothing else once cut into documents.
     */
    final void edit(int at, char c) {
        t[at] = c;
    }

    final void blank(int from, int to) {
        for (int k = from; k < to; k++) {
            edit(k, ' ');
        }
    }

    /** Blanks a {@code #}, {@code //} or block comment, keeping its line breaks. */
    final void blankComment() {
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

    final void skipString() {
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

    final void skipBareToken() {
        int from = i;
        while (i < t.length && isBareChar(t[i])) {
            i++;
        }
        if (i == from) {
            i++;
        }
    }

    static boolean isBareChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '+'
                || c == '-'
                || c == '_';
    }

    final boolean isElision(int from, int to) {
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

    final boolean isElisionLine(int at) {
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
    final void skipBlank() {
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

    final void skipLine() {
        while (i < t.length && t[i] != '\n') {
            i++;
        }
    }

    final boolean isValueStart(int at) {
        char c = t[at];
        if (c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9')) {
            return true;
        }
        return isWord(at, "true") || isWord(at, "false") || isWord(at, "null");
    }

    final boolean isWord(int at, String word) {
        int end = at + word.length();
        if (end > t.length || !new String(t, at, word.length()).equals(word)) {
            return false;
        }
        return end == t.length || !Character.isLetterOrDigit(t[end]);
    }

    /** A line that starts with {@code "key":}: the inside of an object pasted without braces. */
    final boolean isFragmentStart(int at) {
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

    final int col(int at) {
        return at - lineStart + 1;
    }

    /** Column of any index, found by looking back for its line's start. */
    final int columnOf(int at) {
        int k = at;
        while (k > 0 && t[k - 1] != '\n') {
            k--;
        }
        return at - k + 1;
    }

    /** The rest of the line from {@code at}, shortened, for messages. */
    final String excerpt(int at) {
        int end = at;
        while (end < t.length && t[end] != '\n' && t[end] != '\r' && end - at < 60) {
            end++;
        }
        String text = new String(t, at, end - at).strip();
        boolean cut = end < t.length && t[end] != '\n' && t[end] != '\r';
        return "'" + text + (cut ? "…" : "") + "'";
    }
}
