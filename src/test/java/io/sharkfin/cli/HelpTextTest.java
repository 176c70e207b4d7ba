package io.sharkfin.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command's help is printed without picocli's warnings: picocli formats descriptions as
 * format strings, and one with a bare {@code %} (a file name like {@code %5cNAME}) made it warn
 * on standard error for every command line it built.
 */
class HelpTextTest {

    @Test
    void everyCommandsHelpPrintsWithoutWarnings() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (List<String> args : List.of(List.of("--help"), List.of("check", "--help"), List.of("fields", "--help"),
                    List.of("pack", "--help"), List.of("rules", "--help"), List.of("iocs", "--help"),
                    List.of("repl", "--help"), List.of("pack", "run", "--help"), List.of("pack", "test", "--help"),
                    List.of("pack", "lint", "--help"))) {
                CliRun r = CliRun.of(args.toArray(String[]::new));
                assertEquals(0, r.code(), args + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: sharkfin"), args + ": " + r.out());
                assertFlowingDescriptions(args, r.out());
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    /**
     * An option's description flows as one paragraph: picocli prints each element of a
     * description array on a line of its own, so a sentence split over elements shows as a line
     * wrapped short (indented 26) followed by one at the column's start (indented 24).
     */
    private static void assertFlowingDescriptions(List<String> args, String help) {
        String[] lines = help.split("\n");
        for (int i = 1; i < lines.length; i++) {
            boolean wrapped = lines[i - 1].matches(" {26}\\S.*");
            boolean restarted = lines[i].matches(" {24}\\S.*");
            assertFalse(wrapped && restarted, args + ": a description broken over lines:\n" + lines[i - 1] + "\n" + lines[i]);
        }
    }
}
