package org.dmreport.input.find;

import com.google.re2j.Pattern;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * A glob in the JDK's {@code glob:} syntax ({@code *}, {@code **}, {@code ?}, {@code [a-z]},
 * {@code [!a]}, {@code {a,b}}, {@code \} escapes), matched in time linear in the name. The JDK's own
 * matcher compiles a glob to a backtracking {@code java.util.regex} pattern, so {@code *a*a*a*a*a*b}
 * against a long name runs for minutes: each star multiplies the ways to fail. Here the glob is
 * written as the same regular expression the JDK writes (its syntax errors included, with the same
 * messages and positions); a glob with at most one star, which cannot backtrack more than once per
 * character (every default glob, {@code *.json}), is matched by the JDK's matcher, the others by
 * RE2/J, which never backtracks. A test holds the two matchers to the same answers.
 */
public final class Glob {

    private final Predicate<String> matcher;
    private final boolean onName;

    private Glob(Predicate<String> matcher, boolean onName) {
        this.matcher = matcher;
        this.onName = onName;
    }

    /** The glob {@code glob}; throws {@link SyntaxException} when it is not one. */
    public static Glob of(String glob) {
        String regex = new Translation(glob).regex();
        Predicate<String> matcher = stars(glob) <= 1
                ? java.util.regex.Pattern.compile(regex).asMatchPredicate()
                : Pattern.compile(regex)::matches;
        return new Glob(matcher, !glob.contains("/"));
    }

    /** The number of star runs ({@code *} or {@code **}) outside brackets and escapes: the backtracking points. */
    private static int stars(String glob) {
        int stars = 0;
        boolean inBracket = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inBracket) {
                inBracket = c != ']';
            } else if (c == '[') {
                inBracket = true;
            } else if (c == '*' && (i == 0 || glob.charAt(i - 1) != '*')) {
                stars++;
            }
        }
        return stars;
    }

    /** Whether {@code path} matches: its file name when the glob has no {@code /}, else the whole path. */
    public boolean matches(Path path) {
        Path subject = onName ? path.getFileName() : path;
        return subject != null && matcher.test(subject.toString());
    }

    /** Whether the string {@code text} matches, as a path's string would. */
    boolean matches(String text) {
        return matcher.test(text);
    }

    /** Why a glob is not one: the JDK's description and the position it concerns. */
    public static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final int index;

        SyntaxException(String description, int index) {
            super(description);
            this.index = index;
        }

        /** In one line: what is wrong, and at which character (from 1). */
        public String oneLine() {
            return getMessage() + (index >= 0 ? " at character " + (index + 1) : "");
        }
    }

    /** The JDK's translation of a glob to a regular expression (sun.nio.fs.Globs, Unix form), in RE2 syntax. */
    private static final class Translation {
        private static final char EOL = 0;
        private final String glob;
        private final StringBuilder regex = new StringBuilder("^");
        private int i;

        Translation(String glob) {
            this.glob = glob;
        }

        private char next() {
            return i < glob.length() ? glob.charAt(i) : EOL;
        }

        String regex() {
            boolean inGroup = false;
            while (i < glob.length()) {
                char c = glob.charAt(i++);
                switch (c) {
                    case '\\' -> {
                        if (i == glob.length()) {
                            throw new SyntaxException("No character to escape", i - 1);
                        }
                        literal(glob.charAt(i++));
                    }
                    case '/' -> regex.append('/');
                    case '[' -> bracket();
                    case '{' -> {
                        if (inGroup) {
                            throw new SyntaxException("Cannot nest groups", i - 1);
                        }
                        regex.append("(?:(?:");
                        inGroup = true;
                    }
                    case '}' -> {
                        if (inGroup) {
                            regex.append("))");
                            inGroup = false;
                        } else {
                            literal('}');
                        }
                    }
                    case ',' -> {
                        if (inGroup) {
                            regex.append(")|(?:");
                        } else {
                            literal(',');
                        }
                    }
                    case '*' -> {
                        if (next() == '*') {
                            regex.append(".*");
                            i++;
                        } else {
                            regex.append("[^/]*");
                        }
                    }
                    case '?' -> regex.append("[^/]");
                    default -> literal(c);
                }
            }
            if (inGroup) {
                throw new SyntaxException("Missing '}", i - 1);
            }
            return regex.append('$').toString();
        }

        /** A bracket expression: the JDK intersects it with "not /"; RE2 has no intersection, so "/" is left out. */
        private void bracket() {
            StringBuilder set = new StringBuilder();
            boolean negated = false;
            if (next() == '^') {
                set.append("\\^");
                i++;
            } else {
                if (next() == '!') {
                    negated = true;
                    i++;
                }
                if (next() == '-') {
                    set.append("\\-");
                    i++;
                }
            }
            boolean hasRangeStart = false;
            char last = 0;
            char c = 0;
            while (i < glob.length()) {
                c = glob.charAt(i++);
                if (c == ']') {
                    break;
                }
                if (c == '/') {
                    throw new SyntaxException("Explicit 'name separator' in class", i - 1);
                }
                if (c == '-') {
                    if (!hasRangeStart) {
                        throw new SyntaxException("Invalid range", i - 1);
                    }
                    c = next();
                    i++;
                    if (c == EOL || c == ']') {
                        set.append("\\-");
                        break;
                    }
                    if (c < last) {
                        throw new SyntaxException("Invalid range", i - 3);
                    }
                    set.append('-');
                    classMember(set, c);
                    hasRangeStart = false;
                } else {
                    classMember(set, c);
                    hasRangeStart = true;
                    last = c;
                }
            }
            if (c != ']') {
                throw new SyntaxException("Missing ']", i - 1);
            }
            if (set.isEmpty()) {
                // The JDK writes an empty class that java.util.regex then refuses as unclosed.
                throw new SyntaxException("Empty character class", i - 1);
            }
            regex.append(negated ? "[^/" : "[").append(set).append(']');
        }

        private static void classMember(StringBuilder set, char c) {
            if (!Character.isLetterOrDigit(c) && c < 0x80) {
                set.append('\\');
            }
            set.append(c);
        }

        private void literal(char c) {
            if (!Character.isLetterOrDigit(c) && c < 0x80 && c != '/') {
                regex.append('\\');
            }
            regex.append(c);
        }
    }
}
