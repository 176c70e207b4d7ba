package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.NsTime;
import io.sharkfin.filter.syntax.Operand;
import io.sharkfin.filter.syntax.RelOp;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Wireshark 4.0's operations on values ({@code fvalue_eq}, {@code fvalue_contains},
 * {@code fvalue_add}, ...): the reference semantics for constant folding and for the code that
 * runs filters on packets.
 *
 * <p>An operation belongs to the type of its <em>left</em> operand, as in Wireshark: the right
 * operand is read through conversions ({@code val_to_uinteger64}) for comparisons, and through
 * the raw storage for arithmetic (a 32-bit operation reads the low 32 bits of a 64-bit value).
 * Calling an operation the left type does not have (see {@link TypeRules}) is a programming
 * error and throws {@link IllegalArgumentException}.
 *
 * <p>Comparisons can fail in 4.0 (an unsigned field against a negative constant): such a pair is
 * neither true nor false, see {@link Truth}. Arithmetic can fail too (overflow, division by
 * zero): the result is then no value at all.
 */
public final class ValueOps {

    /** A three-valued comparison result: 4.0's {@code ft_bool_t}. */
    public enum Truth {
        TRUE,
        FALSE,
        /**
         * The comparison could not be made. An "any" test skips such a pair (it does not make the
         * test true) and an "all" test skips it too (it does not make the test false).
         */
        ERROR;

        static Truth of(boolean b) {
            return b ? TRUE : FALSE;
        }
    }

    private ValueOps() {
    }

    // ------------------------------------------------------------------ comparison

    /**
     * {@code cmp_order} of {@code a}'s type: negative, zero or positive, or empty when 4.0's
     * conversion of an operand fails (a negative value read as unsigned, an unsigned one above
     * {@code Long.MAX_VALUE} read as signed).
     */
    public static OptionalInt compare(FValue a, FValue b) {
        return switch (a) {
            case FValue.Unsigned u when u.type() == FieldType.BOOLEAN -> {
                Long vb = toUnsigned(b);
                yield vb == null ? OptionalInt.empty()
                        : OptionalInt.of(Boolean.compare(u.value() != 0, vb != 0));
            }
            case FValue.Unsigned u -> {
                Long vb = toUnsigned(b);
                yield vb == null ? OptionalInt.empty()
                        : OptionalInt.of(Long.compareUnsigned(u.value(), vb));
            }
            case FValue.Signed s -> {
                Long vb = toSigned(b);
                yield vb == null ? OptionalInt.empty()
                        : OptionalInt.of(Long.compare(s.value(), vb));
            }
            case FValue.Floating f -> OptionalInt.of(compareDoubles(f.value(), floating(b)));
            case FValue.Time t -> OptionalInt.of(compareTimes(t, same(FValue.Time.class, b)));
            case FValue.Ipv4 v -> OptionalInt.of(compareIpv4(v, same(FValue.Ipv4.class, b)));
            case FValue.Ipv6 v -> OptionalInt.of(compareIpv6(v, same(FValue.Ipv6.class, b)));
            case FValue.Bytes x when x.type() == FieldType.GUID ->
                    OptionalInt.of(Arrays.compareUnsigned(guidMemory(x.bytes()),
                            guidMemory(bytesOf(b))));
            case FValue.Bytes x -> OptionalInt.of(compareLengthFirst(x.bytes(), bytesOf(b)));
            case FValue.Text x -> OptionalInt.of(Arrays.compareUnsigned(x.utf8(), textOf(b)));
            case FValue.Ieee11073 x -> OptionalInt.of(Ieee11073Float.of(x.type())
                    .compare(x.raw(), same(FValue.Ieee11073.class, b).raw()));
        };
    }

    /**
     * One pair of a relation: {@code a op b} for the equality and ordering operators (whatever
     * their quantifier) and {@code contains}. {@code matches} is not a value operation.
     */
    public static Truth test(RelOp op, FValue a, FValue b) {
        if (op == RelOp.CONTAINS) {
            return contains(a, b);
        }
        if (op == RelOp.MATCHES) {
            throw new IllegalArgumentException("matches is a regular-expression test");
        }
        OptionalInt c = compare(a, b);
        if (c.isEmpty()) {
            return Truth.ERROR;
        }
        int v = c.getAsInt();
        return Truth.of(switch (op) {
            case ANY_EQ, ALL_EQ -> v == 0;
            case ALL_NE, ANY_NE -> v != 0;
            case GT -> v > 0;
            case GE -> v >= 0;
            case LT -> v < 0;
            case LE -> v <= 0;
            default -> throw new IllegalArgumentException(op.toString());
        });
    }

    /**
     * {@code cmp_contains}: a byte sequence contains another (the empty one always), a string
     * contains a non-empty string, a protocol contains non-empty bytes.
     */
    public static Truth contains(FValue a, FValue b) {
        require(TypeRules.canContains(a.type()), a, "contains");
        return switch (a) {
            case FValue.Text t -> {
                byte[] needle = textOf(b);
                yield Truth.of(needle.length > 0 && indexOf(t.utf8(), needle) >= 0);
            }
            case FValue.Bytes x when x.type() == FieldType.PROTOCOL -> {
                byte[] hay = x.bytes();
                byte[] needle = bytesOf(b);
                yield Truth.of(hay.length > 0 && needle.length > 0 && indexOf(hay, needle) >= 0);
            }
            case FValue.Bytes x -> Truth.of(indexOf(x.bytes(), bytesOf(b)) >= 0);
            default -> throw new IllegalArgumentException(a.type() + " cannot contain");
        };
    }

    // ------------------------------------------------------------------ tests and bytes

    /** {@code is_zero}: what makes a value false when it is used as a test by itself. */
    public static boolean isZero(FValue v) {
        require(TypeRules.canIsZero(v.type()), v, "be tested");
        return switch (v) {
            case FValue.Unsigned u -> u.value() == 0;
            case FValue.Signed s -> s.value() == 0;
            case FValue.Floating f -> f.value() == 0;
            case FValue.Time t -> t.seconds() == 0 && t.nanos() == 0;
            case FValue.Ipv4 a -> a.address() == 0;
            case FValue.Ipv6 a -> isAllZero(a.address());
            case FValue.Bytes b -> isAllZero(b.bytes());
            case FValue.Text t -> t.utf8().length == 0;
            case FValue.Ieee11073 x -> x.raw() == 0;
        };
    }

    /**
     * The bytes a slice {@code [i:j]} takes from a value: byte sequences and strings as they
     * are, an IPv4 address as 4 bytes in network order, an IPv6 address as its 16 bytes.
     */
    public static byte[] sliceBytes(FValue v) {
        require(TypeRules.canSlice(v.type()), v, "be sliced");
        return switch (v) {
            case FValue.Ipv4 a -> new byte[] {(byte) (a.address() >>> 24),
                (byte) (a.address() >>> 16), (byte) (a.address() >>> 8), (byte) a.address()};
            case FValue.Ipv6 a -> a.address();
            case FValue.Bytes b -> b.bytes();
            case FValue.Text t -> t.utf8();
            default -> throw new IllegalArgumentException(v.type() + " cannot be sliced");
        };
    }

    /**
     * {@code fvalue_length}, what {@code len()} returns: the number of bytes of variable-size
     * values (UTF-8 bytes of a string), else the type's wire size (0 for booleans, floats,
     * times).
     */
    public static int length(FValue v) {
        return switch (v) {
            case FValue.Bytes b when b.type() != FieldType.GUID -> b.length();
            case FValue.Text t -> t.utf8().length;
            default -> TypeRules.wireSize(v.type());
        };
    }

    /**
     * What {@code string()} makes of a value: integers in decimal (whatever the field's display
     * base; IPX networks in hex, {@code 0x0000abcd}), addresses in their usual text, floats with
     * 17 significant digits. Empty for the types {@code string()} leaves out (see
     * {@link TypeRules#canString}).
     */
    public static Optional<String> stringValue(FValue v) {
        return TypeRules.canString(v.type()) ? Optional.of(v.repr()) : Optional.empty();
    }

    // ------------------------------------------------------------------ arithmetic

    /**
     * The VM's view of an arithmetic step: the result, or empty when 4.0 produces no value
     * (overflow, division by zero). Unary minus takes {@code b == null}.
     */
    public static Optional<FValue> evaluate(Operand.ArithOp op, FValue a, FValue b) {
        try {
            return Optional.of(switch (op) {
                case ADD -> add(a, b);
                case SUBTRACT -> subtract(a, b);
                case MULTIPLY -> multiply(a, b);
                case DIVIDE -> divide(a, b);
                case MODULO -> modulo(a, b);
                case BITWISE_AND -> bitwiseAnd(a, b);
                case UNARY_MINUS -> unaryMinus(a);
            });
        } catch (ValueException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code fvalue_unary_minus}. An unsigned value becomes signed ({@code FT_INT32}, or
     * {@code FT_INT64} from 40 bits up); above the signed maximum it fails with 4.0's message
     * ({@code 4294967295 overflows gint32}), which semcheck reports as
     * {@code <operand as written>: <message>}.
     */
    public static FValue unaryMinus(FValue a) throws ValueException {
        require(TypeRules.canUnaryMinus(a.type()), a, "-");
        return switch (a) {
            case FValue.Unsigned u when TypeRules.isWide(u.type()) -> {
                if (u.value() < 0) {
                    throw new ValueException(
                            Long.toUnsignedString(u.value()) + " overflows gint64");
                }
                yield new FValue.Signed(FieldType.INT64, -u.value());
            }
            case FValue.Unsigned u -> {
                if (u.value() > Integer.MAX_VALUE) {
                    throw new ValueException(u.value() + " overflows gint32");
                }
                yield new FValue.Signed(FieldType.INT32, -u.value());
            }
            case FValue.Signed s -> new FValue.Signed(s.type(),
                    TypeRules.isWide(s.type()) ? -s.value() : -(int) s.value());
            case FValue.Floating f -> new FValue.Floating(f.type(), -f.value());
            case FValue.Time t -> new FValue.Time(t.type(), -t.seconds(), -t.nanos());
            default -> throw new IllegalArgumentException(a.type() + " cannot -");
        };
    }

    /**
     * {@code fvalue_add}: integers with 32- or 64-bit overflow checks ({@code uint_add:
     * overflow}), floats, relative times.
     */
    public static FValue add(FValue a, FValue b) throws ValueException {
        require(TypeRules.canAdd(a.type()), a, "+");
        return switch (a) {
            case FValue.Floating f -> new FValue.Floating(f.type(), f.value() + floating(b));
            case FValue.Time t -> sum(t, same(FValue.Time.class, b));
            default -> IntegerArithmetic.of(a).add(a, b);
        };
    }

    /**
     * {@code fvalue_subtract}. Unsigned integers whose difference is negative give a signed
     * result ({@code 3 - 5} on {@code FT_UINT16} is {@code -2 <FT_INT32>}).
     */
    public static FValue subtract(FValue a, FValue b) throws ValueException {
        require(TypeRules.canSubtract(a.type()), a, "-");
        return switch (a) {
            case FValue.Floating f -> new FValue.Floating(f.type(), f.value() - floating(b));
            case FValue.Time t -> delta(t, same(FValue.Time.class, b));
            default -> IntegerArithmetic.of(a).subtract(a, b);
        };
    }

    /** {@code fvalue_multiply}: integers with overflow checks, floats. */
    public static FValue multiply(FValue a, FValue b) throws ValueException {
        require(TypeRules.canMultiply(a.type()), a, "*");
        if (a instanceof FValue.Floating f) {
            return new FValue.Floating(f.type(), f.value() * floating(b));
        }
        return IntegerArithmetic.of(a).multiply(a, b);
    }

    /** {@code fvalue_divide}: integer division by zero fails; floats follow IEEE 754. */
    public static FValue divide(FValue a, FValue b) throws ValueException {
        require(TypeRules.canDivide(a.type()), a, "/");
        if (a instanceof FValue.Floating f) {
            return new FValue.Floating(f.type(), f.value() / floating(b));
        }
        return IntegerArithmetic.of(a).divide(a, b);
    }

    /** {@code fvalue_modulo}: integers; the result keeps the dividend's sign, as C's {@code %}. */
    public static FValue modulo(FValue a, FValue b) throws ValueException {
        require(TypeRules.canModulo(a.type()), a, "%");
        return IntegerArithmetic.of(a).modulo(a, b);
    }

    /**
     * {@code fvalue_bitwise_and}: integers bit by bit; byte sequences over the shorter length;
     * an IPv4 address with the other's masked address (keeping its own prefix); IPv6 over the
     * shorter prefix (bytes after it are 0 here; 4.0 leaves them undefined).
     */
    public static FValue bitwiseAnd(FValue a, FValue b) {
        require(TypeRules.canBitwiseAnd(a.type()), a, "&");
        return switch (a) {
            case FValue.Bytes x -> {
                byte[] p = x.bytes();
                byte[] q = bytesOf(b);
                byte[] r = new byte[Math.min(p.length, q.length)];
                for (int i = 0; i < r.length; i++) {
                    r[i] = (byte) (p[i] & q[i]);
                }
                yield new FValue.Bytes(x.type(), r);
            }
            case FValue.Ipv4 v -> {
                FValue.Ipv4 w = same(FValue.Ipv4.class, b);
                yield new FValue.Ipv4(v.address() & w.address() & w.netmask(), v.prefix());
            }
            case FValue.Ipv6 v -> {
                FValue.Ipv6 w = same(FValue.Ipv6.class, b);
                int prefix = Math.min(v.prefix(), w.prefix());
                byte[] p = v.address();
                byte[] q = w.address();
                byte[] r = new byte[16];
                int i = 0;
                for (; prefix >= 8; prefix -= 8, i++) {
                    r[i] = (byte) (p[i] & q[i]);
                }
                if (prefix > 0) {
                    r[i] = (byte) (p[i] & q[i] & (0xff00 >> prefix));
                }
                yield new FValue.Ipv6(r, 128);
            }
            default -> IntegerArithmetic.of(a).and(a, b);
        };
    }

    // ------------------------------------------------------------------ conversions

    /** {@code val_to_uinteger64} of the right operand; null on 4.0's {@code FT_OVERFLOW}. */
    private static Long toUnsigned(FValue b) {
        return switch (b) {
            case FValue.Unsigned u -> u.value();
            case FValue.Signed s -> s.value() < 0 ? null : s.value();
            default -> throw new IllegalArgumentException(b.type() + " is not an integer");
        };
    }

    /** {@code val_to_sinteger64} of the right operand; null on {@code FT_OVERFLOW}. */
    private static Long toSigned(FValue b) {
        return switch (b) {
            case FValue.Unsigned u ->
                    TypeRules.isWide(u.type()) && u.value() < 0 ? null : u.value();
            case FValue.Signed s -> s.value();
            default -> throw new IllegalArgumentException(b.type() + " is not an integer");
        };
    }

    /** The right operand as the left one's kind; semcheck's compatibility rules guarantee it. */
    private static <T extends FValue> T same(Class<T> kind, FValue b) {
        if (!kind.isInstance(b)) {
            throw new IllegalArgumentException(b.type() + " is not a " + kind.getSimpleName());
        }
        return kind.cast(b);
    }

    private static double floating(FValue b) {
        if (b instanceof FValue.Floating f) {
            return f.value();
        }
        throw new IllegalArgumentException(b.type() + " is not a float");
    }

    private static byte[] bytesOf(FValue b) {
        return switch (b) {
            case FValue.Bytes x -> x.bytes();
            case FValue.Text t -> t.utf8();
            case FValue.Ipv6 v -> v.address();
            default -> throw new IllegalArgumentException(b.type() + " has no bytes");
        };
    }

    private static byte[] textOf(FValue b) {
        if (b instanceof FValue.Text t) {
            return t.utf8();
        }
        return bytesOf(b);
    }

    // ------------------------------------------------------------------ type-specific parts

    /** {@code a < b} is -1, {@code a > b} is 1, anything else (NaN included) 0. */
    private static int compareDoubles(double a, double b) {
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /**
     * {@code nstime_cmp}: the "unset" time sorts first; seconds differences are truncated to
     * 32 bits before their sign is taken, as in 4.0.
     */
    private static int compareTimes(FValue.Time a, FValue.Time b) {
        boolean unsetA = a.seconds() == 0 && a.nanos() == Integer.MAX_VALUE;
        boolean unsetB = b.seconds() == 0 && b.nanos() == Integer.MAX_VALUE;
        if (unsetA || unsetB) {
            return unsetA && unsetB ? 0 : unsetA ? -1 : 1;
        }
        return NsTime.compare(a.seconds(), a.nanos(), b.seconds(), b.nanos());
    }

    /** Both addresses under the shorter of the two netmasks, compared unsigned. */
    private static int compareIpv4(FValue.Ipv4 a, FValue.Ipv4 b) {
        int mask = Integer.compareUnsigned(a.netmask(), b.netmask()) <= 0
                ? a.netmask() : b.netmask();
        return Integer.compareUnsigned(a.address() & mask, b.address() & mask);
    }

    private static int compareIpv6(FValue.Ipv6 a, FValue.Ipv6 b) {
        int prefix = Math.min(a.prefix(), b.prefix());
        byte[] p = a.address();
        byte[] q = b.address();
        int i = 0;
        for (; prefix >= 8; prefix -= 8, i++) {
            if (p[i] != q[i]) {
                return (p[i] & 0xff) - (q[i] & 0xff);
            }
        }
        if (prefix > 0) {
            int mask = 0xff00 >> prefix & 0xff;
            return (p[i] & mask) - (q[i] & mask);
        }
        return 0;
    }

    /** Byte sequences order by length first, then by content. */
    private static int compareLengthFirst(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        return Arrays.compareUnsigned(a, b);
    }

    /**
     * A GUID as it lies in memory on the little-endian machines 4.0 runs on (its first three
     * fields byte-swapped), which is what its ordering compares.
     */
    private static byte[] guidMemory(byte[] g) {
        byte[] m = g.clone();
        swap(m, 0, 3);
        swap(m, 1, 2);
        swap(m, 4, 5);
        swap(m, 6, 7);
        return m;
    }

    private static void swap(byte[] b, int i, int j) {
        byte t = b[i];
        b[i] = b[j];
        b[j] = t;
    }

    private static final long NS_PER_S = 1_000_000_000L;

    /** {@code nstime_sum}. */
    private static FValue.Time sum(FValue.Time a, FValue.Time b) {
        long secs = a.seconds() + b.seconds();
        long nsecs = (long) a.nanos() + b.nanos();
        if (nsecs >= NS_PER_S || (nsecs > 0 && secs < 0)) {
            nsecs -= NS_PER_S;
            secs++;
        } else if (nsecs <= -NS_PER_S || (nsecs < 0 && secs > 0)) {
            nsecs += NS_PER_S;
            secs--;
        }
        return new FValue.Time(a.type(), secs, (int) nsecs);
    }

    /** {@code nstime_delta}: {@code a - b} with seconds and nanoseconds of one sign. */
    private static FValue.Time delta(FValue.Time a, FValue.Time b) {
        long secs;
        long nsecs;
        if (a.seconds() == b.seconds()) {
            secs = 0;
            nsecs = (long) a.nanos() - b.nanos();
        } else {
            secs = a.seconds() - b.seconds();
            nsecs = (long) a.nanos() - b.nanos();
            if (a.seconds() < b.seconds() && nsecs > 0) {
                nsecs -= NS_PER_S;
                secs++;
            } else if (a.seconds() > b.seconds() && nsecs < 0) {
                nsecs += NS_PER_S;
                secs--;
            }
        }
        return new FValue.Time(a.type(), secs, (int) nsecs);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        if (needle.length == 0) {
            return 0;
        }
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean isAllZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static void require(boolean ok, FValue v, String what) {
        if (!ok) {
            throw new IllegalArgumentException(v.type().wiresharkName() + " cannot " + what);
        }
    }
}
