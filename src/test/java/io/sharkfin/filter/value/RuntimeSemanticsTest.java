package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.filter.syntax.Operand.ArithOp;
import io.sharkfin.filter.syntax.RelOp;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ValueOps} as the reference semantics: filters that tshark 4.0.17 ran on the 3-frame
 * {@code tiny.pcap} ({@code runtime-cases-4.0.17.tsv}) are evaluated here from the frames' field
 * values ({@code tiny-fields-4.0.17.tsv}) with the value operations and 4.0's any/all rules, and
 * must select the same frames: unsigned fields against negative constants, CIDR ordering,
 * byte strings ordered by length first, string ordering, constant arithmetic that overflows or
 * divides by zero (no value), the seconds truncation of time comparisons, and what
 * {@code string()} makes of values.
 */
@ExtendWith(InUtc.class)
class RuntimeSemanticsTest {

    private static final Pattern FILTER = Pattern.compile(
            "^(?:(string)\\()?([a-z0-9_.]+)\\)?(?: & (\\S+))? (===|!==|==|!=|>=|<=|>|<|contains) (.+)$");
    private static final Pattern ARITH = Pattern.compile("^\\{(\\S+) ([-+*/%]) (\\S+)\\}$");
    private static final Map<String, RelOp> OPS = Map.of("==", RelOp.ANY_EQ, "!=", RelOp.ALL_NE,
            "===", RelOp.ALL_EQ, "!==", RelOp.ANY_NE, ">", RelOp.GT, ">=", RelOp.GE,
            "<", RelOp.LT, "<=", RelOp.LE, "contains", RelOp.CONTAINS);
    private static final Map<String, ArithOp> ARITH_OPS = Map.of("+", ArithOp.ADD,
            "-", ArithOp.SUBTRACT, "*", ArithOp.MULTIPLY, "/", ArithOp.DIVIDE, "%", ArithOp.MODULO);

    private final FieldRegistry registry = FieldRegistry.standard();

    @TestFactory
    List<DynamicTest> eachRecordedFilter() throws Exception {
        List<Map<String, List<FValue>>> frames = frames();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines("runtime-cases-4.0.17.tsv")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            tests.add(DynamicTest.dynamicTest(c[0],
                    () -> assertEquals(c[1], matchingFrames(c[0], frames))));
        }
        assertTrue(tests.size() >= 80);
        return tests;
    }

    private String matchingFrames(String filter, List<Map<String, List<FValue>>> frames)
            throws ValueException {
        Matcher m = FILTER.matcher(filter);
        assertTrue(m.matches(), filter);
        FieldDef field = registry.lookup(m.group(2));
        boolean string = m.group(1) != null;
        RelOp op = OPS.get(m.group(4));
        FValue mask = m.group(3) == null ? null : Literals.fromLiteral(field.type(), m.group(3), false);
        List<FValue> right = string
                ? List.of(Literals.fromString(FieldType.STRING, FilterTokens.string(m.group(5))))
                : constants(field, op, m.group(5));
        StringJoiner out = new StringJoiner(",");
        for (int i = 0; i < frames.size(); i++) {
            List<FValue> left = frames.get(i).getOrDefault(field.name(), List.of());
            if (left.isEmpty()) {
                continue; // a relation needs its field
            }
            if (string) {
                left = left.stream().map(v -> (FValue) new FValue.Text(FieldType.STRING,
                        ValueOps.stringValue(v).orElseThrow().getBytes(StandardCharsets.UTF_8)))
                        .toList();
            }
            if (mask != null) {
                List<FValue> masked = new ArrayList<>();
                for (FValue v : left) {
                    ValueOps.evaluate(ArithOp.BITWISE_AND, v, mask).ifPresent(masked::add);
                }
                left = masked;
            }
            if (holds(op, left, right)) {
                out.add(Integer.toString(i + 1));
            }
        }
        return out.length() == 0 ? "none" : out.toString();
    }

    /** 4.0's {@code cmp_test}: pairs that cannot be compared decide nothing. */
    private static boolean holds(RelOp op, List<FValue> left, List<FValue> right) {
        boolean all = op == RelOp.ALL_NE || op == RelOp.ALL_EQ;
        for (FValue a : left) {
            for (FValue b : right) {
                ValueOps.Truth t = ValueOps.test(op, a, b);
                if (all && t == ValueOps.Truth.FALSE) {
                    return false;
                }
                if (!all && t == ValueOps.Truth.TRUE) {
                    return true;
                }
            }
        }
        return all;
    }

    /** The right side's values: a constant, or what constant arithmetic yields (maybe none). */
    private static List<FValue> constants(FieldDef field, RelOp op, String rhs)
            throws ValueException {
        boolean partial = op == RelOp.CONTAINS;
        Matcher a = ARITH.matcher(rhs);
        if (a.matches()) {
            FValue x = Literals.fromLiteral(field.type(), a.group(1), false);
            FValue y = Literals.fromLiteral(field.type(), a.group(3), false);
            Optional<FValue> r = ValueOps.evaluate(ARITH_OPS.get(a.group(2)), x, y);
            return r.map(List::of).orElse(List.of());
        }
        if (rhs.startsWith("-")) {
            return List.of(ValueOps.unaryMinus(Literals.fromLiteral(field.type(), rhs.substring(1), false)));
        }
        if (rhs.startsWith("\"")) {
            return List.of(Literals.stringForField(field, FilterTokens.string(rhs)));
        }
        return List.of(Literals.literalForField(field, rhs, partial));
    }

    /** Each frame's field values, made from tshark's text with this package's conversions. */
    private List<Map<String, List<FValue>>> frames() throws Exception {
        List<String> rows = lines("tiny-fields-4.0.17.tsv").stream()
                .filter(l -> !l.startsWith("#")).toList();
        String[] names = rows.get(0).split("\t", -1);
        List<Map<String, List<FValue>>> frames = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t", -1);
            Map<String, List<FValue>> frame = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                FieldDef f = registry.lookup(names[i]);
                assertNotNull(f, names[i]);
                List<FValue> values = new ArrayList<>();
                for (String text : cells[i].isEmpty() ? new String[0] : cells[i].split("\\|")) {
                    values.add(f.type().isString()
                            ? Literals.fromString(f.type(), text.getBytes(StandardCharsets.UTF_8))
                            : Literals.fromLiteral(f.type(), text, false));
                }
                frame.put(f.name(), values);
            }
            frames.add(frame);
        }
        assertEquals(3, frames.size());
        assertEquals(FieldType.RELATIVE_TIME, registry.lookup("frame.time_epoch").type());
        return frames;
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = RuntimeSemanticsTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
