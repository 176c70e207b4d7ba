package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldType;

/**
 * Integer arithmetic of Wireshark 4.0 ({@code uint_add}, {@code sint64_divide}, ...): four
 * families by signedness and storage width, each checking overflow and division by zero with the
 * messages 4.0 reports. The result has the left operand's type, except that an unsigned
 * subtraction going below zero yields a signed value.
 *
 * <p>The right operand is read as the C code reads its union: a 32-bit operation takes the low
 * 32 bits of whatever is stored, a 64-bit one takes a 32-bit value zero-extended.
 */
enum IntegerArithmetic {
    UINT32("uint"),
    UINT64("uint64"),
    SINT32("sint"),
    SINT64("sint64");

    private final String prefix;

    IntegerArithmetic(String prefix) {
        this.prefix = prefix;
    }

    static IntegerArithmetic of(FValue a) {
        boolean wide = TypeRules.isWide(a.type());
        return switch (a) {
            case FValue.Unsigned u -> wide ? UINT64 : UINT32;
            case FValue.Signed s -> wide ? SINT64 : SINT32;
            default -> throw new IllegalArgumentException(a.type() + " is not an integer");
        };
    }

    /** The stored bits as the 64-bit union members see them. */
    private static long bits64(FValue v) {
        long raw = switch (v) {
            case FValue.Unsigned u -> u.value();
            case FValue.Signed s -> s.value();
            default -> throw new IllegalArgumentException(v.type() + " is not an integer");
        };
        return TypeRules.isWide(v.type()) ? raw : raw & 0xffffffffL;
    }

    /** An operand as this family's C code reads it from the union. */
    private long read(FValue v) {
        long bits = bits64(v);
        return switch (this) {
            case UINT32 -> bits & 0xffffffffL;
            case SINT32 -> (int) bits;
            default -> bits;
        };
    }

    private FValue make(FValue a, long result) {
        return switch (this) {
            case UINT32 -> new FValue.Unsigned(a.type(), result & 0xffffffffL);
            case UINT64 -> new FValue.Unsigned(a.type(), result);
            case SINT32 -> new FValue.Signed(a.type(), (int) result);
            case SINT64 -> new FValue.Signed(a.type(), result);
        };
    }

    private ValueException error(String op, String what) {
        return new ValueException(prefix + "_" + op + ": " + what);
    }

    FValue add(FValue a, FValue b) throws ValueException {
        long x = read(a);
        long y = read(b);
        return switch (this) {
            case UINT32 -> {
                long r = x + y;
                if (r > 0xffffffffL) {
                    throw error("add", "overflow");
                }
                yield make(a, r);
            }
            case UINT64 -> {
                long r = x + y;
                if (Long.compareUnsigned(r, x) < 0) {
                    throw error("add", "overflow");
                }
                yield make(a, r);
            }
            case SINT32 -> {
                long r = (long) read(a) + read(b);
                if (r != (int) r) {
                    throw error("add", "overflow");
                }
                yield make(a, r);
            }
            case SINT64 -> {
                try {
                    yield make(a, Math.addExact(x, y));
                } catch (ArithmeticException e) {
                    throw error("add", "overflow");
                }
            }
        };
    }

    FValue subtract(FValue a, FValue b) throws ValueException {
        return switch (this) {
            case UINT32 -> {
                long x = read(a);
                long y = read(b);
                if (y > x) {
                    if (x > Integer.MAX_VALUE || y > Integer.MAX_VALUE) {
                        throw error("subtract", "signed overflow");
                    }
                    yield new FValue.Signed(FieldType.INT32, x - y);
                }
                yield make(a, x - y);
            }
            case UINT64 -> {
                long x = read(a);
                long y = read(b);
                if (Long.compareUnsigned(y, x) > 0) {
                    if (x < 0 || y < 0) {
                        throw error("subtract", "signed overflow");
                    }
                    yield new FValue.Signed(FieldType.INT64, x - y);
                }
                yield make(a, x - y);
            }
            case SINT32 -> {
                long r = (long) read(a) - read(b);
                if (r != (int) r) {
                    throw error("subtract", "overflow");
                }
                yield make(a, r);
            }
            case SINT64 -> {
                try {
                    yield make(a, Math.subtractExact(read(a), read(b)));
                } catch (ArithmeticException e) {
                    throw error("subtract", "overflow");
                }
            }
        };
    }

    FValue multiply(FValue a, FValue b) throws ValueException {
        long x = read(a);
        long y = read(b);
        return switch (this) {
            case UINT32 -> {
                long r = x * y; // both below 2^32: exact unless above 2^64, which it cannot be
                if (Long.compareUnsigned(r, 0xffffffffL) > 0) {
                    throw error("multiply", "overflow");
                }
                yield make(a, r);
            }
            case UINT64 -> {
                if (Math.unsignedMultiplyHigh(x, y) != 0) {
                    throw error("multiply", "overflow");
                }
                yield make(a, x * y);
            }
            case SINT32 -> {
                long r = (long) read(a) * read(b);
                if (r != (int) r) {
                    throw error("multiply", "overflow");
                }
                yield make(a, r);
            }
            case SINT64 -> {
                try {
                    yield make(a, Math.multiplyExact(x, y));
                } catch (ArithmeticException e) {
                    throw error("multiply", "overflow");
                }
            }
        };
    }

    FValue divide(FValue a, FValue b) throws ValueException {
        return divideOrModulo(a, b, true);
    }

    FValue modulo(FValue a, FValue b) throws ValueException {
        return divideOrModulo(a, b, false);
    }

    private FValue divideOrModulo(FValue a, FValue b, boolean divide) throws ValueException {
        String op = divide ? "divide" : "modulo";
        boolean signed = this == SINT32 || this == SINT64;
        long x = read(a);
        long y = read(b);
        if (y == 0) {
            throw error(op, "division by zero");
        }
        if (signed && y == -1 && x == (this == SINT32 ? Integer.MIN_VALUE : Long.MIN_VALUE)) {
            throw error(op, "overflow");
        }
        long r;
        if (signed) {
            r = divide ? x / y : x % y;
        } else {
            r = divide ? Long.divideUnsigned(x, y) : Long.remainderUnsigned(x, y);
        }
        return make(a, r);
    }

    FValue and(FValue a, FValue b) {
        return make(a, read(a) & read(b));
    }
}
