package io.sharkfin.ioc.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the report records as JSON: a record is an object whose members are its components in
 * declaration order; lists are arrays, maps objects; {@code null}, NaN and infinities are
 * {@code null}. Strings are escaped per RFC 8259 (control characters and lone surrogates as
 * {@code \\uXXXX}), so any text from a packet makes valid JSON.
 */
public final class Json {
    private Json() {
    }

    /** The value as pretty-printed JSON (two-space indent). */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, 0);
        return sb.append('\n').toString();
    }

    private static void write(Object v, StringBuilder sb, int indent) {
        switch (v) {
            case null -> sb.append("null");
            case String s -> string(s, sb);
            case Boolean b -> sb.append(b);
            case Double d -> number(d, sb);
            case Float f -> number(f.doubleValue(), sb);
            case Number n -> sb.append(n);
            case Enum<?> e -> string(e.name(), sb);
            case Collection<?> c -> array(c, sb, indent);
            case Map<?, ?> m -> object(m, sb, indent);
            case Record r -> record(r, sb, indent);
            default -> string(v.toString(), sb);
        }
    }

    private static void number(double d, StringBuilder sb) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            sb.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            sb.append((long) d);
        } else {
            sb.append(d);
        }
    }

    private static void array(Collection<?> c, StringBuilder sb, int indent) {
        if (c.isEmpty()) {
            sb.append("[]");
            return;
        }
        boolean simple = c.stream().allMatch(x -> x == null || x instanceof Number || x instanceof Boolean);
        sb.append('[');
        boolean first = true;
        for (Object o : c) {
            if (!first) {
                sb.append(',');
            }
            if (simple) {
                if (!first) {
                    sb.append(' ');
                }
            } else {
                newline(sb, indent + 1);
            }
            write(o, sb, indent + 1);
            first = false;
        }
        if (!simple) {
            newline(sb, indent);
        }
        sb.append(']');
    }

    private static void object(Map<?, ?> m, StringBuilder sb, int indent) {
        if (m.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            newline(sb, indent + 1);
            string(String.valueOf(e.getKey()), sb);
            sb.append(": ");
            write(e.getValue(), sb, indent + 1);
            first = false;
        }
        newline(sb, indent);
        sb.append('}');
    }

    // getRecordComponents() builds new reflection objects on every call: once per class is enough
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] comps = type.getRecordComponents();
            for (RecordComponent c : comps) {
                c.getAccessor().setAccessible(true);
            }
            return comps;
        }
    };

    private static void record(Record r, StringBuilder sb, int indent) {
        RecordComponent[] comps = COMPONENTS.get(r.getClass());
        sb.append('{');
        for (int i = 0; i < comps.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            newline(sb, indent + 1);
            string(comps[i].getName(), sb);
            sb.append(": ");
            try {
                write(comps[i].getAccessor().invoke(r), sb, indent + 1);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + comps[i], e);
            }
        }
        newline(sb, indent);
        sb.append('}');
    }

    private static void newline(StringBuilder sb, int indent) {
        sb.append('\n');
        sb.repeat(' ', 2 * indent);
    }

    /** Appends a JSON string literal, valid JSON and JavaScript whatever the text. */
    public static void string(String s, StringBuilder sb) {
        io.sharkfin.cli.output.Json.string(s, sb, io.sharkfin.cli.output.Json.Escapes.STRICT);
    }
}
