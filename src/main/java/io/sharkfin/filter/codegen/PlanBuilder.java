package io.sharkfin.filter.codegen;

import io.sharkfin.dissect.FieldType;
import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.check.Typed.Quant;
import io.sharkfin.filter.eval.Evaluator;
import io.sharkfin.filter.runtime.ByteRegex;
import io.sharkfin.filter.runtime.Cmp;
import io.sharkfin.filter.runtime.UnsignedSet;
import io.sharkfin.filter.value.FValue;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses, for each relation of a checked filter, how the generated code tests it: a kernel
 * call when the relation is one field against constants of the field's own kind (the common
 * case, and allocation-free), otherwise the general {@link Evaluator}. The choice is a pure
 * function of the typed tree, so it is unit-tested without generating code.
 */
public final class PlanBuilder {

    private static final ClassDesc CD_PACKET = BytecodeGenerator.CD_PACKET;
    private static final ClassDesc CD_BYTES = ConstantDescs.CD_byte.arrayType();
    private static final ClassDesc CD_REGEX = ClassDesc.of(ByteRegex.class.getName());
    private static final ClassDesc CD_SET = ClassDesc.of(UnsignedSet.class.getName());
    private static final ClassDesc I = ConstantDescs.CD_int;
    private static final ClassDesc J = ConstantDescs.CD_long;
    private static final ClassDesc D = ConstantDescs.CD_double;
    private static final ClassDesc Z = ConstantDescs.CD_boolean;

    private final Evaluator evaluator;

    public PlanBuilder(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public Plan build(Typed.Test t) {
        return switch (t) {
            case Typed.And a -> chain(a, true);
            case Typed.Or o -> chain(o, false);
            case Typed.Not n -> new Plan.Not(build(n.operand()));
            case Typed.Fixed f -> new Plan.Const(f.value());
            case Typed.Exists e -> exists(e);
            case Typed.Compare c -> compare(c);
            case Typed.Contains c -> contains(c);
            case Typed.Matches m -> matches(m);
            case Typed.In in -> in(in);
            case Typed.NotZero z -> generic(z);
        };
    }

    /** A chain of one connective, built without recursing down its (long) left spine. */
    private Plan chain(Typed.Test root, boolean and) {
        java.util.ArrayDeque<Typed.Test> rights = new java.util.ArrayDeque<>();
        Typed.Test cur = root;
        while (and ? cur instanceof Typed.And : cur instanceof Typed.Or) {
            if (cur instanceof Typed.And a) {
                rights.push(a.right());
                cur = a.left();
            } else {
                Typed.Or o = (Typed.Or) cur;
                rights.push(o.right());
                cur = o.left();
            }
        }
        Plan out = build(cur);
        while (!rights.isEmpty()) {
            Plan next = build(rights.pop());
            out = and ? new Plan.And(out, next) : new Plan.Or(out, next);
        }
        return out;
    }

    /** A field read as is: dissected, all layers, its value (not raw bytes). */
    private static Typed.Field plainField(Typed.Value v) {
        return v instanceof Typed.Field f && f.def().dissected() && f.layers().isEmpty() && !f.raw()
                ? f : null;
    }

    private Plan exists(Typed.Exists e) {
        if (!e.field().def().dissected()) {
            return new Plan.Const(false);
        }
        if (!e.field().layers().isEmpty()) {
            return generic(e);
        }
        return new Plan.KernelCall("exists", MethodTypeDesc.of(Z, CD_PACKET, I),
                List.of(e.field().def().id()), e.field().display());
    }

    private Plan compare(Typed.Compare c) {
        Typed.Field f = plainField(c.left());
        if (f == null || !(c.right() instanceof Typed.Constant k)) {
            return generic(c);
        }
        int fid = f.def().id();
        int op = c.op().ordinal();
        int q = quant(c.quant());
        String what = f.display() + " " + Cmp.symbol(op) + " " + k.value().repr()
                + (c.quant() == Quant.ALL ? " (all)" : "");
        FieldType t = f.def().type();
        FValue v = k.value();
        return switch (v) {
            case FValue.Unsigned u when t == FieldType.BOOLEAN ->
                    call("cmpBoolean", J, List.of(fid, op, q, u.value()), what);
            case FValue.Unsigned u when t.repr() == FieldType.Repr.UNSIGNED && t != FieldType.IPv4 ->
                    call("cmpUnsigned", J, List.of(fid, op, q, u.value()), what);
            case FValue.Signed s when t.repr() == FieldType.Repr.SIGNED ->
                    call("cmpSigned", J, List.of(fid, op, q, s.value()), what);
            case FValue.Time tv when t == tv.type() -> new Plan.KernelCall("cmpTime",
                    MethodTypeDesc.of(Z, CD_PACKET, I, I, I, J, I),
                    List.of(fid, op, q, tv.seconds(), tv.nanos()), what);
            case FValue.Floating d when t == FieldType.FLOAT || t == FieldType.DOUBLE ->
                    call("cmpDouble", D, List.of(fid, op, q, d.value()), what);
            case FValue.Ipv4 a when t == FieldType.IPv4 -> new Plan.KernelCall("cmpIpv4",
                    MethodTypeDesc.of(Z, CD_PACKET, I, I, I, J, J),
                    List.of(fid, op, q, a.address() & 0xffffffffL, a.netmask() & 0xffffffffL), what);
            case FValue.Ipv6 a when t == FieldType.IPv6 -> new Plan.KernelCall("cmpIpv6",
                    MethodTypeDesc.of(Z, CD_PACKET, I, I, I, CD_BYTES, I),
                    List.of(fid, op, q, a.address(), a.prefix()), what);
            case FValue.Text s when t.repr() == FieldType.Repr.STRING ->
                    call("cmpString", CD_BYTES, List.of(fid, op, q, s.utf8()), what);
            case FValue.Bytes b when t.repr() == FieldType.Repr.BYTES && t != FieldType.IPv6
                    && t != FieldType.GUID -> call("cmpBytes", CD_BYTES, List.of(fid, op, q, b.bytes()), what);
            default -> generic(c);
        };
    }

    private static Plan call(String kernel, ClassDesc constantType, List<Object> args, String what) {
        return new Plan.KernelCall(kernel, MethodTypeDesc.of(Z, CD_PACKET, I, I, I, constantType), args, what);
    }

    private Plan contains(Typed.Contains c) {
        Typed.Field f = plainField(c.left());
        if (f == null || !(c.right() instanceof Typed.Constant k)) {
            return generic(c);
        }
        byte[] needle = switch (k.value()) {
            case FValue.Text s -> s.utf8();
            case FValue.Bytes b -> b.bytes();
            default -> null;
        };
        FieldType t = f.def().type();
        if (needle == null || !(t.repr() == FieldType.Repr.STRING || t.repr() == FieldType.Repr.BYTES)
                || t == FieldType.IPv6 || t == FieldType.GUID) {
            return generic(c);
        }
        if (needle.length == 0 && (t.repr() == FieldType.Repr.STRING || t == FieldType.PROTOCOL)) {
            // Wireshark: a string or protocol never contains the empty string
            return new Plan.Const(false);
        }
        return new Plan.KernelCall("contains", MethodTypeDesc.of(Z, CD_PACKET, I, I, CD_BYTES),
                List.of(f.def().id(), quant(c.quant()), needle),
                f.display() + " contains " + k.value().repr());
    }

    private Plan matches(Typed.Matches m) {
        Typed.Field f = plainField(m.left());
        FieldType t = f == null ? null : f.def().type();
        if (f == null || !(t.repr() == FieldType.Repr.STRING || t.repr() == FieldType.Repr.BYTES)
                || t == FieldType.IPv6 || t == FieldType.GUID || t == FieldType.ETHER) {
            return generic(m);
        }
        return new Plan.KernelCall("matches", MethodTypeDesc.of(Z, CD_PACKET, I, I, CD_REGEX),
                List.of(f.def().id(), quant(m.quant()), m.regex()),
                f.display() + " matches \"" + m.regex().source() + "\"");
    }

    private Plan in(Typed.In in) {
        Typed.Field f = plainField(in.left());
        if (f == null) {
            return generic(in);
        }
        FieldType t = f.def().type();
        boolean signed = t.repr() == FieldType.Repr.SIGNED;
        boolean unsigned = t.repr() == FieldType.Repr.UNSIGNED && t != FieldType.IPv4
                && t != FieldType.BOOLEAN;
        if (!signed && !unsigned) {
            return generic(in);
        }
        int n = in.elements().size();
        long[] lows = new long[n];
        long[] highs = new long[n];
        for (int i = 0; i < n; i++) {
            Typed.Element el = in.elements().get(i);
            Long lo = integer(el.low(), signed);
            Long hi = el.high() == null ? lo : integer(el.high(), signed);
            if (lo == null || hi == null) {
                return generic(in);
            }
            lows[i] = lo;
            highs[i] = hi;
        }
        UnsignedSet set = new UnsignedSet(lows, highs, signed);
        return new Plan.KernelCall("inUnsigned", MethodTypeDesc.of(Z, CD_PACKET, I, I, CD_SET),
                List.of(f.def().id(), quant(in.quant()), set),
                f.display() + " in " + set + (in.quant() == Quant.ALL ? " (all, per element)" : ""));
    }

    /** A constant of the field's own integer kind, or null. */
    private static Long integer(Typed.Value v, boolean signed) {
        if (v instanceof Typed.Constant c) {
            if (!signed && c.value() instanceof FValue.Unsigned u) {
                return u.value();
            }
            if (signed && c.value() instanceof FValue.Signed s) {
                return s.value();
            }
        }
        return null;
    }

    private static int quant(Quant q) {
        return q == Quant.ALL ? Cmp.ALL : Cmp.ANY;
    }

    private Plan generic(Typed.Test t) {
        return new Plan.Generic(p -> evaluator.test(t, p), TypedPrinter.inline(t));
    }

    /** The kernels a plan uses (for tests and explain). */
    public static List<String> kernels(Plan p) {
        List<String> out = new ArrayList<>();
        collect(p, out);
        return out;
    }

    private static void collect(Plan p, List<String> out) {
        switch (p) {
            case Plan.And a -> {
                collect(a.left(), out);
                collect(a.right(), out);
            }
            case Plan.Or o -> {
                collect(o.left(), out);
                collect(o.right(), out);
            }
            case Plan.Not n -> collect(n.operand(), out);
            case Plan.KernelCall k -> out.add(k.method());
            case Plan.Generic g -> out.add("generic");
            case Plan.Const c -> out.add(c.value() ? "true" : "false");
        }
    }
}
