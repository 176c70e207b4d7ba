package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tree of tricky filters has the shape libwireshark 4.0.17 builds (syntax-trees-4.0.17.txt,
 * see gen_syntax_trees.py). 4.0 prints its tree after the semantic check, when literals have
 * become typed values (and a negated constant a negative one), so values are compared as VALUE.
 */
class SyntaxTreeShapeTest {

    static Stream<Arguments> trees() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = SyntaxTreeShapeTest.class.getResourceAsStream("syntax-trees-4.0.17.txt")) {
            String filter = null;
            StringBuilder tree = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") && !line.startsWith("### ")) {
                    continue;
                }
                if (line.startsWith("### ")) {
                    if (filter != null) {
                        out.add(Arguments.of(filter, tree.toString()));
                    }
                    filter = line.substring(4);
                    tree.setLength(0);
                } else {
                    tree.append(line).append('\n');
                }
            }
            out.add(Arguments.of(filter, tree.toString()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void hasWiresharksShape(String filter, String expected) throws Exception {
        ParsedFilter p = FilterParser.parse(filter, FieldRegistry.standard(), MacroTable.wiresharkDefaults());
        assertEquals(expected, shape(SyntaxTreeDump.dump(p.root())));
    }

    /** Constants as VALUE; a negated constant is one too (4.0 folds it). */
    static String shape(String dump) {
        String s = dump.replaceAll("(LITERAL|STRING|CHARCONST)\\((?:[^()]|\\([^()]*\\))*\\)", "VALUE");
        s = s.replaceAll("OP_UNARY_MINUS\\(VALUE\\)", "VALUE");
        List<String> lines = new ArrayList<>(List.of(s.split("\n")));
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            if (line.endsWith("OP_UNARY_MINUS:") && lines.get(i + 1).trim().endsWith(" VALUE")
                    && (i + 2 >= lines.size() || depth(lines.get(i + 2)) <= depth(line))) {
                lines.set(i, line.replace("OP_UNARY_MINUS:", "VALUE"));
                lines.remove(i + 1);
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static int depth(String line) {
        return Integer.parseInt(line.trim().split(" ")[0]);
    }
}
