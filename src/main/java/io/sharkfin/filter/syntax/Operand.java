package io.sharkfin.filter.syntax;

import io.sharkfin.filter.Span;

import java.util.List;

/** Something a relation compares or a test tests. */
public sealed interface Operand extends Node {

    /**
     * A name the parser resolved to a field or protocol: a word found in the registry, a
     * {@code .name}, or a name with a layer ({@code ip.src#2}). {@code raw} is the {@code @field}
     * form (the field's packet bytes). {@code deprecatedAlias} is set when the text was an alias
     * ({@code ssl}, {@code bootp}) resolved to its new name.
     */
    record Field(String name, List<LayerRange> layers, boolean raw, String token,
                 boolean deprecatedAlias, Span span) implements Operand {
        public Field {
            layers = layers == null ? List.of() : List.copyOf(layers);
        }

        public boolean hasLayer() {
            return !layers.isEmpty();
        }
    }

    /**
     * A word that is not a registered name: a number, address, byte string, bare string, or an
     * unknown name. Its meaning is decided by the other operand's type. {@code forcedBytes} is set
     * for the {@code :00e0} form (Wireshark's LITERAL token).
     */
    record Literal(String text, boolean forcedBytes, Span span) implements Operand {
    }

    /**
     * A quoted string with escapes resolved: its bytes (UTF-8, may contain any byte produced by
     * {@code \xNN}), and the token as written.
     */
    record Str(byte[] value, String token, boolean raw, Span span) implements Operand {
        public String asText() {
            return new String(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A character constant such as {@code 'A'} or {@code '\x41'}: its numeric value. */
    record CharConst(long value, String token, Span span) implements Operand {
    }

    /** {@code entity[ranges]}. */
    record Slice(Operand entity, List<LayerRange> ranges, Span span) implements Operand {
        public Slice {
            ranges = List.copyOf(ranges);
        }
    }

    /** {@code name(args)}; the parser has checked the function exists. */
    record Call(String name, List<Operand> args, Span span) implements Operand {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code ${field}}: the field's values in the selected frame. */
    record Reference(String name, List<LayerRange> layers, boolean raw, Span span) implements Operand {
        public Reference {
            layers = layers == null ? List.of() : List.copyOf(layers);
        }
    }

    /** Arithmetic: a binary operation, or unary minus when {@code right} is null. */
    record Arith(ArithOp op, Operand left, Operand right, Span span) implements Operand {
    }

    /** Arithmetic operators. */
    enum ArithOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"), BITWISE_AND("&"),
        UNARY_MINUS("-");

        private final String symbol;

        ArithOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
