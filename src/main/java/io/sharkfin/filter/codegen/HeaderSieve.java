package io.sharkfin.filter.codegen;

import io.sharkfin.dissect.HeaderView;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.filter.runtime.Bytes;
import io.sharkfin.filter.runtime.Cmp;
import io.sharkfin.filter.runtime.Kernels;
import io.sharkfin.filter.runtime.UnsignedSet;

/**
 * A filter's plan evaluated on a frame's headers before dissection, in three values: false, true
 * or not known without dissecting. A frame whose plan is false is not dissected, nor one whose
 * plan is true when its reader wants only the frame record's fields ({@code Session.select}).
 *
 * <p>The leaves are exact where they answer: a field the frame's packet cannot hold is absent, and
 * every kernel is false on an absent field ({@link Kernels}); a field the view reads from the
 * bytes (addresses, ports) is tested with the kernel's own comparison and quantifier. Anything
 * else (other values, {@link Plan.Generic} tests) is not known, and connectives combine as
 * Kleene's logic does: false and anything is false, true or anything is true.
 */
public final class HeaderSieve implements Sieve {

    private static final int FALSE = 0;
    private static final int TRUE = 1;
    private static final int UNKNOWN = 2;
    // a plan beyond this many nodes is not sieved (its recursion stays shallow)
    private static final int MAX_NODES = 256;

    private final Node root;

    private HeaderSieve(Node root) {
        this.root = root;
    }

    /** The sieve of a plan, or null when no frame's headers could make it false. */
    public static Sieve of(Plan plan) {
        int[] budget = {MAX_NODES};
        Node root = node(plan, budget);
        return root == null || !root.canBeFalse() ? null : new HeaderSieve(root);
    }

    @Override
    public boolean rejects(HeaderView headers) {
        return root.eval(headers) == FALSE;
    }

    @Override
    public Verdict verdict(HeaderView headers) {
        return switch (root.eval(headers)) {
            case FALSE -> Verdict.FAILS;
            case TRUE -> Verdict.PASSES;
            default -> Verdict.OPEN;
        };
    }

    private static Node node(Plan plan, int[] budget) {
        if (--budget[0] < 0) {
            return null;
        }
        return switch (plan) {
            case Plan.And a -> binary(a.left(), a.right(), true, budget);
            case Plan.Or o -> binary(o.left(), o.right(), false, budget);
            case Plan.Not n -> {
                Node x = node(n.operand(), budget);
                yield x == null ? null : new Not(x);
            }
            case Plan.Const c -> new Known(c.value() ? TRUE : FALSE);
            case Plan.Generic g -> new Known(UNKNOWN);
            case Plan.KernelCall k -> leaf(k);
        };
    }

    private static Node binary(Plan left, Plan right, boolean and, int[] budget) {
        Node l = node(left, budget);
        Node r = l == null ? null : node(right, budget);
        return r == null ? null : and ? new And(l, r) : new Or(l, r);
    }

    private static Node leaf(Plan.KernelCall k) {
        if (k.args().isEmpty() || !(k.args().getFirst() instanceof Integer field)) {
            return new Known(UNKNOWN);
        }
        var a = k.args();
        return switch (k.method()) {
            case "exists" -> new Exists(field);
            case "cmpUnsigned" -> new Unsigned(field, (Integer) a.get(1), (Integer) a.get(2), (Long) a.get(3));
            case "cmpBoolean" -> new Bool(field, (Integer) a.get(1), (Integer) a.get(2), (Long) a.get(3));
            case "cmpIpv4" -> new Ipv4(field, (Integer) a.get(1), (Integer) a.get(2), (Long) a.get(3), (Long) a.get(4));
            case "cmpIpv6" -> new Ipv6(field, (Integer) a.get(1), (Integer) a.get(2), (byte[]) a.get(3), (Integer) a.get(4));
            case "cmpBytes" -> new ByteString(field, (Integer) a.get(1), (Integer) a.get(2), (byte[]) a.get(3));
            case "inUnsigned" -> new In(field, (Integer) a.get(1), (UnsignedSet) a.get(2));
            default -> new Absent(field);
        };
    }

    private abstract static sealed class Node permits And, Or, Not, Known, Leaf {
        abstract int eval(HeaderView v);

        /**
         * Whether some frame's headers could make it false, as far as the tree shows: a sieve
         * whose root never is false would reject nothing, and is not made.
         */
        abstract boolean canBeFalse();

        /** Whether some frame's headers could make it true. */
        abstract boolean canBeTrue();
    }

    private static final class And extends Node {
        private final Node left;
        private final Node right;

        And(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        @Override
        int eval(HeaderView v) {
            int l = left.eval(v);
            if (l == FALSE) {
                return FALSE;
            }
            int r = right.eval(v);
            return r == FALSE ? FALSE : l == TRUE && r == TRUE ? TRUE : UNKNOWN;
        }

        @Override
        boolean canBeFalse() {
            return left.canBeFalse() || right.canBeFalse();
        }

        @Override
        boolean canBeTrue() {
            return left.canBeTrue() && right.canBeTrue();
        }
    }

    private static final class Or extends Node {
        private final Node left;
        private final Node right;

        Or(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        @Override
        int eval(HeaderView v) {
            int l = left.eval(v);
            if (l == TRUE) {
                return TRUE;
            }
            int r = right.eval(v);
            return r == TRUE ? TRUE : l == FALSE && r == FALSE ? FALSE : UNKNOWN;
        }

        @Override
        boolean canBeFalse() {
            return left.canBeFalse() && right.canBeFalse();
        }

        @Override
        boolean canBeTrue() {
            return left.canBeTrue() || right.canBeTrue();
        }
    }

    private static final class Not extends Node {
        private final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        int eval(HeaderView v) {
            int x = operand.eval(v);
            return x == UNKNOWN ? UNKNOWN : 1 - x;
        }

        @Override
        boolean canBeFalse() {
            return operand.canBeTrue();
        }

        @Override
        boolean canBeTrue() {
            return operand.canBeFalse();
        }
    }

    private static final class Known extends Node {
        private final int value;

        Known(int value) {
            this.value = value;
        }

        @Override
        int eval(HeaderView v) {
            return value;
        }

        @Override
        boolean canBeFalse() {
            return value == FALSE;
        }

        @Override
        boolean canBeTrue() {
            return value == TRUE;
        }
    }

    /**
     * A kernel on one field: false when the field is absent; otherwise the kernel's test of the
     * values when the view reads them, unknown when it does not.
     */
    private abstract static sealed class Leaf extends Node permits Absent, Exists, Compared, In {
        final int field;

        Leaf(int field) {
            this.field = field;
        }

        @Override
        final int eval(HeaderView v) {
            int n = v.count(field);
            if (n < 0) {
                return v.mayHold(field) ? UNKNOWN : FALSE;
            }
            return n == 0 ? FALSE : test(v, n);
        }

        /** The kernel's outcome over the field's {@code n > 0} values, as the view reads them. */
        abstract int test(HeaderView v, int n);

        @Override
        final boolean canBeFalse() {
            return true;
        }

        @Override
        boolean canBeTrue() {
            return true;
        }
    }

    /** The kernels whose values the view does not test: it can only tell the field is absent. */
    private static final class Absent extends Leaf {
        Absent(int field) {
            super(field);
        }

        @Override
        int test(HeaderView v, int n) {
            return UNKNOWN;
        }

        @Override
        boolean canBeTrue() {
            return false;
        }
    }

    /** {@link Kernels#exists}. */
    private static final class Exists extends Leaf {
        Exists(int field) {
            super(field);
        }

        @Override
        int test(HeaderView v, int n) {
            return TRUE;
        }
    }

    /** A comparison of each value, under the kernel's quantifier. */
    private abstract static sealed class Compared extends Leaf permits Unsigned, Bool, Ipv4, Ipv6, ByteString {
        final int op;
        final int quant;

        Compared(int field, int op, int quant) {
            super(field);
            this.op = op;
            this.quant = quant;
        }

        @Override
        final int test(HeaderView v, int n) {
            boolean all = quant == Cmp.ALL;
            if (bytes() != (v.length(field) > 0)) {
                return UNKNOWN; // a value of another kind than the kernel's: not for the view
            }
            for (int i = 0; i < n; i++) {
                if (Cmp.holds(op, bytes() ? compare(v, i) : compare(v.value(field, i))) != all) {
                    // a value that holds settles "any", one that fails settles "all"
                    return all ? FALSE : TRUE;
                }
            }
            return all ? TRUE : FALSE;
        }

        /** Whether the kernel compares bytes (then {@link #compare(HeaderView, int)}). */
        boolean bytes() {
            return false;
        }

        /** The comparison of a number with the constant. */
        int compare(long value) {
            throw new UnsupportedOperationException();
        }

        /** The comparison of occurrence {@code i}'s bytes with the constant. */
        int compare(HeaderView v, int i) {
            throw new UnsupportedOperationException();
        }
    }

    /** {@link Kernels#cmpUnsigned}. */
    private static final class Unsigned extends Compared {
        private final long k;

        Unsigned(int field, int op, int quant, long k) {
            super(field, op, quant);
            this.k = k;
        }

        @Override
        int compare(long value) {
            return Long.compareUnsigned(value, k);
        }
    }

    /** {@link Kernels#cmpBoolean}: truth values (any non-zero value is true). */
    private static final class Bool extends Compared {
        private final int k;

        Bool(int field, int op, int quant, long k) {
            super(field, op, quant);
            this.k = k != 0 ? 1 : 0;
        }

        @Override
        int compare(long value) {
            return Integer.compare(value != 0 ? 1 : 0, k);
        }
    }

    /** {@link Kernels#cmpIpv4}: the address under the constant's netmask. */
    private static final class Ipv4 extends Compared {
        private final long mask;
        private final long masked;

        Ipv4(int field, int op, int quant, long address, long mask) {
            super(field, op, quant);
            this.mask = mask;
            this.masked = address & mask;
        }

        @Override
        int compare(long value) {
            return Long.compare(value & mask, masked);
        }
    }

    /** {@link Kernels#cmpIpv6}: the address's first {@code prefix} bits. */
    private static final class Ipv6 extends Compared {
        private final byte[] address;
        private final int prefix;

        Ipv6(int field, int op, int quant, byte[] address, int prefix) {
            super(field, op, quant);
            this.address = address;
            this.prefix = prefix;
        }

        @Override
        boolean bytes() {
            return true;
        }

        @Override
        int compare(HeaderView v, int i) {
            return Bytes.comparePrefix(v.bytes(), v.offset(field, i), v.length(field), address, prefix);
        }
    }

    /** {@link Kernels#cmpBytes} (MAC addresses): the shorter value first, then bytewise. */
    private static final class ByteString extends Compared {
        private final byte[] k;

        ByteString(int field, int op, int quant, byte[] k) {
            super(field, op, quant);
            this.k = k;
        }

        @Override
        boolean bytes() {
            return true;
        }

        @Override
        int compare(HeaderView v, int i) {
            return Bytes.compareLengthFirst(v.bytes(), v.offset(field, i), v.length(field), k);
        }
    }

    /**
     * {@link Kernels#inUnsigned}: some value in the set, or, for "all", every value within one
     * element of it.
     */
    private static final class In extends Leaf {
        private final int quant;
        private final UnsignedSet set;

        In(int field, int quant, UnsignedSet set) {
            super(field);
            this.quant = quant;
            this.set = set;
        }

        @Override
        int test(HeaderView v, int n) {
            if (v.length(field) > 0) {
                return UNKNOWN; // bytes: not a set of numbers
            }
            if (quant != Cmp.ALL) {
                for (int i = 0; i < n; i++) {
                    if (set.contains(v.value(field, i))) {
                        return TRUE;
                    }
                }
                return FALSE;
            }
            for (int el = 0; el < set.elementCount(); el++) {
                boolean all = true;
                for (int i = 0; i < n && all; i++) {
                    all = set.elementContains(el, v.value(field, i));
                }
                if (all) {
                    return TRUE;
                }
            }
            return FALSE;
        }
    }
}
