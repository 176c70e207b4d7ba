package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares the parser with one row recorded from libwireshark 4.0.17: a parse-stage error must
 * come out with the same message and location, anything else must parse.
 */
final class OracleVerdict {

    private OracleVerdict() {
    }

    /** A description of the difference, or null when the parser agrees with the row. */
    static String mismatch(String[] row, FieldRegistry registry, MacroTable macros) {
        String filter = OracleCases.unescape(row[2]);
        String stage = row[7];
        ParsedFilter parsed;
        try {
            parsed = FilterParser.parse(filter, registry, macros);
        } catch (FilterException e) {
            if (!stage.equals("parse")) {
                return "4.0 parses it (" + stage + ": " + OracleCases.unescape(row[4]) + "), we fail: " + e.getMessage() + " " + e.span();
            }
            if (!e.getMessage().equals(OracleCases.unescape(row[4]))) {
                return "message: want [" + OracleCases.unescape(row[4]) + "] got [" + e.getMessage() + "]";
            }
            if (row[5].equals("?")) {
                return null;
            }
            int start = Integer.parseInt(row[5]);
            Span want = ParseCasesTest.isMacroError(OracleCases.unescape(row[4])) || start < 0 ? Span.NONE
                    : OracleCases.charSpan(e.text(), start, Integer.parseInt(row[6]));
            return want.equals(e.span()) ? null : "location: want " + want + " got " + e.span() + " for " + OracleCases.unescape(row[4]);
        }
        if (stage.equals("parse")) {
            return "4.0 fails while parsing (" + OracleCases.unescape(row[4]) + " at " + row[5] + "," + row[6] + "), we parse";
        }
        if (stage.equals("ok")) {
            List<String> deprecated = row[8].isEmpty() ? List.of()
                    : List.of(OracleCases.unescape(row[8]).split("\\|"));
            if (!deprecated.equals(parsed.deprecatedTokens())) {
                return "deprecated: want " + deprecated + " got " + parsed.deprecatedTokens();
            }
        }
        return null;
    }

    /** Prints the rows of a file the parser disagrees with (a development aid). */
    public static void main(String[] args) throws Exception {
        FieldRegistry registry = FieldRegistry.standard();
        MacroTable macros = MacroTable.wiresharkDefaults();
        int rows = 0;
        int bad = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.startsWith("#") || line.startsWith("source\t")) {
                continue;
            }
            String[] row = java.util.Arrays.copyOf(line.split("\t", -1), 9);
            rows++;
            String m = mismatch(row, registry, macros);
            if (m != null) {
                bad++;
                System.out.println(row[2] + "\t" + m);
            }
        }
        System.out.println(bad + " of " + rows + " rows differ");
    }
}
