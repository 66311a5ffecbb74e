package org.dmreport.input.text;

import java.util.List;
import org.dmreport.input.tree.TreeReader;
import org.dmreport.model.Note;

/**
 * The text of one JSON document cut from an input, cleaned and (in lenient mode) repaired, ready
 * for Jackson: {@code length} characters of {@code text} from {@code offset}, a view of the input's
 * own characters (repaired in place) rather than a copy, so that a large input is held once.
 * {@code line0}/{@code column0} place the view's first character in the input so that parser
 * locations can be reported as the user sees them.
 *
 * @param column0 1-based column of {@code text[0]}; 0 when a {@code {} was put before a fragment
 * @param partial text was elided or only a fragment was given
 */
public record RawDocument(
        char[] text, int offset, int length, int line0, int column0, boolean partial, List<Note> notes)
        implements TreeReader.Placement {

    /** Input line of a 1-based parser line. */
    @Override
    public int line(int parserLine) {
        return line0 + parserLine - 1;
    }

    /** Input column of a 1-based parser column on a 1-based parser line. */
    @Override
    public int column(int parserLine, int parserColumn) {
        return parserLine == 1 ? column0 + parserColumn - 1 : parserColumn;
    }
}
