package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays {@code literal-cases-4.0.17.tsv}: right-hand sides of {@code field op rhs} and what
 * libwireshark 4.0.17 made of them (the constant as {@code dftest} prints it, or the error), as
 * recorded by {@code gen-literal-cases.py} with the oracle harness. Each row runs the conversion
 * the semantic checker does for that field.
 */
@ExtendWith(InUtc.class)
class LiteralCasesTest {

    private static final String CASES = "literal-cases-4.0.17.tsv";

    @TestFactory
    List<DynamicTest> eachRecordedCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines()) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String name = c[0] + " " + c[1] + " " + ("negated".equals(c[2]) ? "-" : "") + c[3];
            tests.add(DynamicTest.dynamicTest(name, () -> check(c[0], c[1], c[2], c[3], c[4])));
        }
        assertTrue(tests.size() > 2500, "cases file truncated: " + tests.size());
        return tests;
    }

    private static void check(String fieldName, String op, String kind, String rhs, String expected)
            throws Exception {
        FieldDef field = FieldRegistry.standard().lookup(fieldName);
        assertNotNull(field, fieldName);
        String actual;
        try {
            actual = "value: " + convert(field, op.equals("contains"), kind, rhs);
        } catch (ValueException e) {
            actual = "error: " + e.getMessage();
        }
        assertEquals(expected, actual);
    }

    /** What semcheck does with a right-hand side of this kind against this field. */
    static FValue convert(FieldDef field, boolean partial, String kind, String rhs)
            throws ValueException {
        return switch (kind) {
            case "literal" -> Literals.literalForField(field, rhs, partial);
            case "string" -> Literals.stringForField(field, FilterTokens.string(rhs));
            case "charconst" -> Literals.fromCharConst(field.type(), FilterTokens.charConst(rhs));
            case "negated" -> {
                FValue v = Literals.literalForField(field, rhs, partial);
                try {
                    yield ValueOps.unaryMinus(v);
                } catch (ValueException e) {
                    // semcheck prefixes the operand as written
                    throw new ValueException(rhs + ": " + e.getMessage());
                }
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = LiteralCasesTest.class.getResourceAsStream(CASES)) {
            assertNotNull(in, CASES);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
