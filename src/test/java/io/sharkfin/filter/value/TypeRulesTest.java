package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks {@link TypeRules} against {@code type-rules-4.0.17.tsv}, what libwireshark 4.0.17 said
 * about one field of every type (see {@code gen-type-rules.py}): each capability predicate must
 * give the verdict the semantic checker gave, with the message it would then report.
 */
class TypeRulesTest {

    @TestFactory
    List<DynamicTest> eachRecordedVerdict() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Set<FieldType> seen = EnumSet.noneOf(FieldType.class);
        for (String line : lines()) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            FieldDef a = field(c[1]);
            FieldDef b = c[2].isEmpty() ? null : field(c[2]);
            seen.add(a.type());
            tests.add(DynamicTest.dynamicTest(String.join(" ", c[0], c[1], c[2]),
                    () -> assertEquals(c[3], verdict(c[0], a, b))));
        }
        assertEquals(EnumSet.allOf(FieldType.class), seen, "a field of every type");
        assertTrue(tests.size() > 2500);
        return tests;
    }

    /** The semantic checker's verdict on the probe, computed from {@link TypeRules}. */
    private static String verdict(String probe, FieldDef a, FieldDef b) {
        FieldType t = a.type();
        return switch (probe) {
            case "eq" -> participates(a, TypeRules::canEq, "==");
            case "contains" -> participates(a, TypeRules::canContains, "contains");
            case "matches" -> participates(a, TypeRules::canMatches, "matches");
            case "slice" -> TypeRules.canSlice(t) ? "ok" : "error: \"" + a.name() + "\" is a "
                    + TypeRules.prettyName(t) + " and cannot be sliced into a sequence of bytes.";
            case "bytes" -> TypeRules.isBytesType(t) ? "ok" : TypeRules.canSlice(t) ? "ok-converted"
                    : "error: \"" + a.name() + "\" is a " + TypeRules.prettyName(t)
                    + " and cannot be converted into a sequence of bytes.";
            case "add" -> arithmetic(t, TypeRules.canAdd(t), "+");
            case "subtract" -> arithmetic(t, TypeRules.canSubtract(t), "-");
            case "multiply" -> arithmetic(t, TypeRules.canMultiply(t), "*");
            case "divide" -> arithmetic(t, TypeRules.canDivide(t), "/");
            case "modulo" -> arithmetic(t, TypeRules.canModulo(t), "%");
            case "bitwise_and" -> arithmetic(t, TypeRules.canBitwiseAnd(t), "&");
            case "unary_minus" -> arithmetic(t, TypeRules.canUnaryMinus(t), "-");
            case "string" -> TypeRules.canString(t) ? "ok"
                    : "error: String conversion for field \"" + a.name() + "\" is not supported";
            case "compatible" -> {
                if (!TypeRules.canEq(t)) {
                    yield participates(a, TypeRules::canEq, "==");
                }
                if (!TypeRules.compatible(t, b.type())) {
                    yield "error: " + a.name() + " and " + b.name() + " are not of compatible types.";
                }
                yield TypeRules.canEq(b.type()) ? "ok" : "error: " + b.name() + " (type="
                        + TypeRules.prettyName(b.type()) + ") cannot participate in specified comparison.";
            }
            default -> throw new IllegalArgumentException(probe);
        };
    }

    private static String participates(FieldDef f, Predicate<FieldType> can, String op) {
        return can.test(f.type()) ? "ok" : "error: " + f.name() + " (type="
                + TypeRules.prettyName(f.type()) + ") cannot participate in " + op + " comparison.";
    }

    private static String arithmetic(FieldType t, boolean can, String op) {
        return can ? "ok" : "error: " + TypeRules.ftypeName(t) + " cannot " + op + ".";
    }

    @Test
    void valueNamesOnlyForIntegersAndBooleans() {
        for (FieldType t : FieldType.values()) {
            boolean expected = t == FieldType.BOOLEAN || t == FieldType.CHAR
                    || t.name().startsWith("UINT") && !t.name().endsWith("STRING") && t != FieldType.UINT_BYTES
                    || t.name().startsWith("INT");
            assertEquals(expected, TypeRules.acceptsValueNames(t), t.toString());
        }
    }

    @Test
    void wireSizesAreWiresharks() {
        assertEquals(2, TypeRules.wireSize(FieldType.UINT16));
        assertEquals(0, TypeRules.wireSize(FieldType.BOOLEAN));
        assertEquals(0, TypeRules.wireSize(FieldType.DOUBLE));
        assertEquals(16, TypeRules.wireSize(FieldType.IPv6));
        assertEquals(8, TypeRules.wireSize(FieldType.EUI64));
        assertFalse(TypeRules.isWide(FieldType.UINT32));
        assertTrue(TypeRules.isWide(FieldType.BOOLEAN));
    }

    private static FieldDef field(String name) {
        FieldDef f = FieldRegistry.standard().lookup(name);
        assertNotNull(f, name);
        return f;
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = TypeRulesTest.class.getResourceAsStream("type-rules-4.0.17.tsv")) {
            assertNotNull(in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
