package org.dmreport.report;

import org.dmreport.model.Printable;

/**
 * The one escaping of text put into GitHub-flavoured Markdown, by the report's template and the rule
 * table alike: characters Markdown would read as markup are backslashed, HTML is neutralised,
 * {@code |} cannot break a table, and a line break becomes {@code " ↵ "}, so that a table row or
 * list item stays one line. No raw HTML is written: a {@code <br>} renders on GitHub but is dropped
 * by renderers in safe mode (cmark-gfm {@code --safe}, chat tools), where the two lines would run
 * together.
 */
public final class MarkdownText {

    private MarkdownText() {}

    /**
     * {@code text} as Markdown that renders as exactly that text; what a terminal or renderer would
     * act on (an escape sequence, a bidirectional override) shows as its escape ({@link Printable}).
     */
    public static String escape(String raw) {
        String text = Printable.text(raw);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' ->
                    sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\r' -> {}
                case '\n' -> sb.append(" \u21b5 ");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
