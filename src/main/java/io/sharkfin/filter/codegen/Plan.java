package io.sharkfin.filter.codegen;

import io.sharkfin.filter.runtime.PacketTest;

import java.lang.constant.MethodTypeDesc;
import java.util.List;

/**
 * What the generated method does: short-circuit logic over leaf tests. A leaf is either a call of
 * a {@link io.sharkfin.filter.runtime.Kernels} method with constant arguments (the fast path) or a
 * general {@link PacketTest} object (relations with arithmetic, functions, slices, several fields).
 *
 * <p>The same plan can be run without generating code ({@link PlanInterpreter}), which is what
 * happens when a filter is too large for one JVM method.
 */
public sealed interface Plan {

    /** Both must hold; the right side is not evaluated when the left fails. */
    record And(Plan left, Plan right) implements Plan {
    }

    /** Either holds; the right side is not evaluated when the left holds. */
    record Or(Plan left, Plan right) implements Plan {
    }

    record Not(Plan operand) implements Plan {
    }

    /** A test whose outcome is known at compile time. */
    record Const(boolean value) implements Plan {
    }

    /**
     * {@code Kernels.<method>(packet, args...)}. Arguments are {@code Integer}, {@code Long} and
     * {@code Double} constants, or objects (byte arrays, sets, regexes) passed as class data.
     */
    record KernelCall(String method, MethodTypeDesc type, List<Object> args, String description)
            implements Plan {
        public KernelCall {
            args = List.copyOf(args);
        }
    }

    /** A general test object, called through the interface. */
    record Generic(PacketTest test, String description) implements Plan {
    }
}
