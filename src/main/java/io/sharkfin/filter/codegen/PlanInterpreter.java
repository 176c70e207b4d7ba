package io.sharkfin.filter.codegen;

import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.runtime.Kernels;
import io.sharkfin.filter.runtime.PacketTest;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link Plan} without generating a class: the fallback for filters too large for one JVM
 * method, and the reference the generated code is tested against. Logic is evaluated with the
 * same left-to-right short-circuit order; chains are evaluated iteratively.
 */
public final class PlanInterpreter implements PacketTest {

    private final Node root;

    private PlanInterpreter(Node root) {
        this.root = root;
    }

    public static PlanInterpreter of(Plan plan) {
        return new PlanInterpreter(build(plan));
    }

    @Override
    public boolean test(Packet p) {
        return root.eval(p);
    }

    private sealed interface Node {
        boolean eval(Packet p);
    }

    private record All(Node[] terms) implements Node {
        public boolean eval(Packet p) {
            for (Node t : terms) {
                if (!t.eval(p)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Any(Node[] terms) implements Node {
        public boolean eval(Packet p) {
            for (Node t : terms) {
                if (t.eval(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Negate(Node operand) implements Node {
        public boolean eval(Packet p) {
            return !operand.eval(p);
        }
    }

    private record Fixed(boolean value) implements Node {
        public boolean eval(Packet p) {
            return value;
        }
    }

    private record Call(MethodHandle bound) implements Node {
        public boolean eval(Packet p) {
            try {
                return (boolean) bound.invokeExact(p);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private record Delegate(PacketTest test) implements Node {
        public boolean eval(Packet p) {
            return test.test(p);
        }
    }

    private static Node build(Plan plan) {
        return switch (plan) {
            case Plan.And a -> new All(buildAll(BytecodeGenerator.flatten(a, true)));
            case Plan.Or o -> new Any(buildAll(BytecodeGenerator.flatten(o, false)));
            case Plan.Not n -> new Negate(build(n.operand()));
            case Plan.Const c -> new Fixed(c.value());
            case Plan.Generic g -> new Delegate(g.test());
            case Plan.KernelCall k -> new Call(bind(k));
        };
    }

    private static Node[] buildAll(List<Plan> plans) {
        List<Node> nodes = new ArrayList<>(plans.size());
        for (Plan p : plans) {
            nodes.add(build(p));
        }
        return nodes.toArray(new Node[0]);
    }

    private static MethodHandle bind(Plan.KernelCall k) {
        try {
            MethodType type = k.type().resolveConstantDesc(MethodHandles.lookup());
            MethodHandle mh = MethodHandles.publicLookup().findStatic(Kernels.class, k.method(), type);
            mh = MethodHandles.insertArguments(mh, 1, k.args().toArray());
            return mh.asType(MethodType.methodType(boolean.class, Packet.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no kernel " + k.method() + k.type(), e);
        }
    }
}
