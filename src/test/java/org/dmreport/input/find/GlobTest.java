package org.dmreport.input.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Glob} answers as the JDK's {@code glob:} matcher does, refuses what it refuses, and never backtracks. */
class GlobTest {

    private static final List<String> GLOBS = List.of(
            "*.json",
            "*.json.gz",
            "**/query-status-*.json",
            "*.tmp.json",
            "?.json",
            "**",
            "*",
            "a/*/c",
            "{a,b}.json",
            "{*.json,*.txt}",
            "x{,y}z",
            "[a-c]*",
            "[!a-c]*",
            "[^a]*",
            "[-a]*",
            "[a-]*",
            "[!-a]*",
            "\\*.json",
            "a\\{b",
            "{a}}",
            "a,b",
            "**/2026-*/*.json",
            "cap/**.json",
            "a.b+c(d)$^|e",
            "[*?\\[]x",
            "é*.json",
            "*/",
            "**/",
            "[a&&b]",
            "{}",
            "{,}",
            "*.{json,json.gz}",
            "[-]");

    private static final List<String> NAMES = List.of(
            "",
            "a",
            "b.json",
            "x.json",
            "a.json",
            "query-status.json",
            "x.json.gz",
            "x.tmp.json",
            "d/x.json",
            "cap/2026-11-26T00-00-00Z/query-status-billing.json",
            "cap/x.json",
            "cap/a/b.json",
            "a/b/c",
            "a/x/c",
            "a/x/y/c",
            "*.json",
            "a{b",
            "a,b",
            "}",
            "xz",
            "xyz",
            "-x",
            "^x",
            "!x",
            "cx",
            "dx",
            "a.b+c(d)$^|e",
            "*x",
            "?x",
            "[x",
            "\\x",
            "é1.json",
            "e1.json",
            "a/",
            "a&b",
            "&",
            "{}",
            "x.json\nx",
            "ab.json");

    private static boolean jdk(String glob, String name) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return matcher.matches(Path.of(name));
    }

    @Test
    void answersAsTheJdkMatcherOnEveryGlobAndName() {
        for (String glob : GLOBS) {
            Glob ours = Glob.of(glob);
            for (String name : NAMES) {
                assertEquals(jdk(glob, name), ours.matches(Path.of(name).toString()), glob + " on '" + name + "'");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "[a", "a\\", "{a,{b}}", "{a", "[a/b]", "[b-a]", "[z-a]x", "a[/]"})
    void refusesWhatTheJdkRefusesWithItsMessage(String glob) {
        PatternSyntaxException jdk = assertThrows(
                PatternSyntaxException.class, () -> FileSystems.getDefault().getPathMatcher("glob:" + glob));
        Glob.SyntaxException ours = assertThrows(Glob.SyntaxException.class, () -> Glob.of(glob));
        assertEquals(
                jdk.getDescription() + (jdk.getIndex() >= 0 ? " at character " + (jdk.getIndex() + 1) : ""),
                ours.oneLine());
    }

    /** The JDK's translation of these is a regular expression it then refuses; their messages name the regex. */
    @ParameterizedTest
    @ValueSource(strings = {"[]", "[!]x", "a[]b"})
    void refusesAnEmptyClassAsTheJdkDoes(String glob) {
        assertThrows(
                PatternSyntaxException.class, () -> FileSystems.getDefault().getPathMatcher("glob:" + glob));
        assertEquals(
                "Empty character class at character " + (glob.indexOf(']') + 1),
                assertThrows(Glob.SyntaxException.class, () -> Glob.of(glob)).oneLine());
    }

    @Test
    void aNameGlobMatchesTheFileNameAndAPathGlobTheWholePath() {
        assertTrue(Glob.of("*.json").matches(Path.of("cap/2026/x.json")));
        assertFalse(Glob.of("cap/*.json").matches(Path.of("cap/2026/x.json")));
        assertTrue(Glob.of("cap/**.json").matches(Path.of("cap/2026/x.json")));
    }

    /**
     * A hang guard, not a timing: the JDK's backtracking matcher runs for minutes on these (each star
     * multiplies the ways to fail), RE2/J in linear time.
     */
    @Test
    void catastrophicGlobsFinish() {
        String name = "a".repeat(200);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertFalse(Glob.of("*a*a*a*a*a*b").matches(Path.of(name)));
            assertFalse(Glob.of("*a*a*a*a*a*a*a*a*a*a*b").matches(Path.of(name)));
            assertFalse(Glob.of("**a**a**a**a**a**a**b").matches(Path.of("d/" + name)));
        });
    }

    @Test
    void catastrophicClusterPatternsFinish() {
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assertEquals("", ClusterNames.matching("(.*a){25}X").of("r", "r/" + "a".repeat(41) + "/x.json")));
    }
}
