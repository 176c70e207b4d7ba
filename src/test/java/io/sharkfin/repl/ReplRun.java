package io.sharkfin.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Runs the REPL in batch mode over a script, as a pipe would, and keeps what it printed. */
record ReplRun(String out, String err, int status) {

    static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");
    static final Path EXPECTED = Path.of("src/test/resources/repl");
    /** {@code tshark -n -r CAPTURE} of each corpus capture. */
    static final Path TSHARK = Path.of("src/test/resources/summary");

    static Path capture(String name) {
        return CAPTURES.resolve(name);
    }

    static String expected(String name) throws IOException {
        return Files.readString(EXPECTED.resolve(name), StandardCharsets.UTF_8);
    }

    /** Runs {@code script} (lines) with the captures opened, saving filters to {@code saved}. */
    static ReplRun saving(Path saved, String script, Path... captures) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = BatchRepl.run(Arrays.asList(captures), new BufferedReader(new StringReader(script)),
                new PrintWriter(out), new PrintWriter(err), saved);
        return new ReplRun(out.toString(), err.toString(), status);
    }

    static ReplRun of(String script, Path... captures) {
        return saving(null, script, captures);
    }

    List<String> lines() {
        return out.lines().toList();
    }
}
