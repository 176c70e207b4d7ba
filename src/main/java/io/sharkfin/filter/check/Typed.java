package io.sharkfin.filter.check;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.filter.runtime.ByteRegex;
import io.sharkfin.filter.syntax.LayerRange;
import io.sharkfin.filter.syntax.Operand.ArithOp;
import io.sharkfin.filter.value.FValue;

import java.util.List;

/**
 * A checked filter: every name resolved to a {@link FieldDef}, every literal converted to a typed
 * constant ({@link FValue}), every operator legal for its operand types. This is what the
 * optimizer rewrites and the code generator compiles; records compare by value, so equal filters
 * can share compiled code.
 */
public final class Typed {
    private Typed() {
    }

    /** Comparison operators after the quantifier has been split off. */
    public enum Op {
        EQ, NE, GT, GE, LT, LE
    }

    /** Whether some ({@link #ANY}) or every ({@link #ALL}) pair of values must pass. */
    public enum Quant {
        ANY, ALL
    }

    /** Functions of the 4.0 language. */
    public enum Function {
        LEN, COUNT, STRING, UPPER, LOWER, MAX, MIN, ABS;

        public String filterName() {
            return name().toLowerCase();
        }
    }

    /** Something true or false for a packet. */
    public sealed interface Test {
    }

    public record And(Test left, Test right) implements Test {
    }

    public record Or(Test left, Test right) implements Test {
    }

    public record Not(Test operand) implements Test {
    }

    /** A field or protocol occurs (in the given layers). */
    public record Exists(Field field) implements Test {
    }

    /** {@code left op right} over all pairs of values, quantified. */
    public record Compare(Value left, Op op, Quant quant, Value right) implements Test {
    }

    public record Contains(Value left, Quant quant, Value right) implements Test {
    }

    public record Matches(Value left, Quant quant, ByteRegex regex) implements Test {
    }

    /**
     * {@code left in {...}}: as 4.0 compiles it, an OR of one test per element: equality for a
     * value, {@code >= low && <= high} for a range, each with the quantifier.
     */
    public record In(Value left, Quant quant, List<Element> elements) implements Test {
        public In {
            elements = List.copyOf(elements);
        }
    }

    /** A set element: {@code high} is null for a single value. */
    public record Element(Value low, Value high) {
    }

    /** An arithmetic expression or slice used as a test: some value is non-zero / non-empty. */
    public record NotZero(Value value) implements Test {
    }

    /** A test decided at compile time (a field sharkfin never produces, a folded constant). */
    public record Fixed(boolean value) implements Test {
    }

    /** Values a test compares: the occurrences of a field, a constant, or computed values. */
    public sealed interface Value {
        FieldType type();
    }

    /** The occurrences of a field (or its raw bytes with {@code raw}). */
    public record Field(FieldDef def, List<LayerRange> layers, boolean raw) implements Value {
        public Field {
            layers = List.copyOf(layers);
        }

        @Override
        public FieldType type() {
            return raw ? FieldType.BYTES : def.type();
        }

        public String display() {
            return (raw ? "@" : "") + def.name() + (layers.isEmpty() ? "" : "#" + layers);
        }
    }

    /** {@code ${field}}: the field's values in the selected frame (empty without one). */
    public record Reference(FieldDef def, List<LayerRange> layers, boolean raw) implements Value {
        public Reference {
            layers = List.copyOf(layers);
        }

        @Override
        public FieldType type() {
            return raw ? FieldType.BYTES : def.type();
        }
    }

    public record Constant(FValue value) implements Value {
        @Override
        public FieldType type() {
            return value.type();
        }
    }

    /** Bytes taken from each value by a range list. */
    public record Slice(Value base, List<LayerRange> ranges) implements Value {
        public Slice {
            ranges = List.copyOf(ranges);
        }

        @Override
        public FieldType type() {
            return FieldType.BYTES;
        }
    }

    public record Call(Function function, List<Value> args, FieldType type) implements Value {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** Arithmetic over the Cartesian product of both sides' values; unary when right is null. */
    public record Arith(ArithOp op, Value left, Value right, FieldType type) implements Value {
    }
}
