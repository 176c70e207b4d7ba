package io.sharkfin.filter.codegen;

import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.runtime.HiddenClasses;
import io.sharkfin.filter.runtime.Kernels;
import io.sharkfin.filter.runtime.PacketTest;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns a {@link Plan} into a JVM class: one {@code test(Packet)} method of straight-line
 * short-circuit jumps around kernel calls, defined as a hidden class whose constants (byte arrays,
 * sets, regexes, general tests) arrive as class data and are loaded with {@code ldc} of dynamic
 * constants — so the JIT sees them as constants and inlines the kernels.
 *
 * <p>Logic is emitted as branches: {@link #branch} generates code that jumps to a label when the
 * plan's outcome equals a given truth value and falls through otherwise. Chains of {@code and} /
 * {@code or} are flattened first, so a 10,000-term disjunction does not recurse 10,000 deep.
 */
public final class BytecodeGenerator {

    static final ClassDesc CD_PACKET = ClassDesc.of(Packet.class.getName());
    static final ClassDesc CD_PACKET_TEST = ClassDesc.of(PacketTest.class.getName());
    static final ClassDesc CD_KERNELS = ClassDesc.of(Kernels.class.getName());
    static final MethodTypeDesc MTD_TEST = MethodTypeDesc.of(ConstantDescs.CD_boolean, CD_PACKET);
    private static final String CLASS_NAME = HiddenClasses.PACKAGE + ".CompiledFilter";
    private static final AtomicLong COUNTER = new AtomicLong();

    private final List<Object> classData = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    private BytecodeGenerator() {
    }

    /**
     * The generated class file, the class data it expects, and a description of each class-data
     * element (for the disassembly).
     */
    public record Generated(byte[] classBytes, List<Object> classData, List<String> classDataLabels) {
    }

    /**
     * Generates the class for a plan.
     *
     * @throws IllegalArgumentException when the method would exceed the JVM's size limits
     */
    public static Generated generate(Plan plan) {
        BytecodeGenerator g = new BytecodeGenerator();
        ClassDesc self = ClassDesc.of(CLASS_NAME + COUNTER.incrementAndGet());
        byte[] bytes = ClassFile.of().build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            clb.withSuperclass(ConstantDescs.CD_Object);
            clb.withInterfaceSymbols(CD_PACKET_TEST);
            clb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC,
                    cob -> cob.aload(0)
                            .invokespecial(ConstantDescs.CD_Object, ConstantDescs.INIT_NAME,
                                    ConstantDescs.MTD_void)
                            .return_());
            clb.withMethodBody("test", MTD_TEST, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    cob -> g.emitTest(cob, plan));
        });
        return new Generated(bytes, List.copyOf(g.classData), List.copyOf(g.labels));
    }

    /** Defines the generated class and returns an instance. */
    public static PacketTest define(Generated generated) {
        return HiddenClasses.define(generated.classBytes(), generated.classData());
    }

    private void emitTest(CodeBuilder cob, Plan plan) {
        Label onFalse = cob.newLabel();
        branch(cob, plan, false, onFalse);
        cob.iconst_1().ireturn();
        cob.labelBinding(onFalse);
        cob.iconst_0().ireturn();
    }

    /** Emits code that jumps to {@code target} when {@code plan} evaluates to {@code jumpIf}. */
    private void branch(CodeBuilder cob, Plan plan, boolean jumpIf, Label target) {
        switch (plan) {
            case Plan.Not n -> branch(cob, n.operand(), !jumpIf, target);
            case Plan.Const c -> {
                if (c.value() == jumpIf) {
                    cob.goto_(target);
                }
            }
            case Plan.And a -> {
                List<Plan> terms = flatten(a, true);
                if (!jumpIf) {
                    // any false term decides
                    for (Plan t : terms) {
                        branch(cob, t, false, target);
                    }
                } else {
                    Label done = cob.newLabel();
                    for (int i = 0; i < terms.size() - 1; i++) {
                        branch(cob, terms.get(i), false, done);
                    }
                    branch(cob, terms.getLast(), true, target);
                    cob.labelBinding(done);
                }
            }
            case Plan.Or o -> {
                List<Plan> terms = flatten(o, false);
                if (jumpIf) {
                    // any true term decides
                    for (Plan t : terms) {
                        branch(cob, t, true, target);
                    }
                } else {
                    Label done = cob.newLabel();
                    for (int i = 0; i < terms.size() - 1; i++) {
                        branch(cob, terms.get(i), true, done);
                    }
                    branch(cob, terms.getLast(), false, target);
                    cob.labelBinding(done);
                }
            }
            case Plan.KernelCall k -> {
                emitKernelCall(cob, k);
                jump(cob, jumpIf, target);
            }
            case Plan.Generic g -> {
                cob.loadConstant(classDataConstant(g.test(), CD_PACKET_TEST, g.description()));
                cob.aload(1);
                cob.invokeinterface(CD_PACKET_TEST, "test", MTD_TEST);
                jump(cob, jumpIf, target);
            }
        }
    }

    private static void jump(CodeBuilder cob, boolean jumpIf, Label target) {
        if (jumpIf) {
            cob.ifne(target);
        } else {
            cob.ifeq(target);
        }
    }

    private void emitKernelCall(CodeBuilder cob, Plan.KernelCall k) {
        cob.aload(1);
        for (Object arg : k.args()) {
            switch (arg) {
                case Integer i -> cob.loadConstant(i);
                case Long l -> cob.loadConstant(l);
                case Double d -> cob.loadConstant(d);
                default -> cob.loadConstant(classDataConstant(arg, descOf(arg), k.description()));
            }
        }
        cob.invokestatic(CD_KERNELS, k.method(), k.type());
    }

    private static ClassDesc descOf(Object arg) {
        Class<?> c = arg.getClass();
        return c.describeConstable().orElseThrow(
                () -> new IllegalArgumentException("no descriptor for " + c));
    }

    /** A dynamic constant that loads element {@code i} of the class data. */
    private ConstantDesc classDataConstant(Object value, ClassDesc type, String label) {
        int index = classData.size();
        classData.add(value);
        labels.add(label);
        return DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT,
                ConstantDescs.DEFAULT_NAME, type, index);
    }

    /** The terms of a chain of the same connective, left to right, without recursion. */
    static List<Plan> flatten(Plan root, boolean and) {
        List<Plan> out = new ArrayList<>();
        Deque<Plan> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Plan p = stack.pop();
            if (and && p instanceof Plan.And a) {
                stack.push(a.right());
                stack.push(a.left());
            } else if (!and && p instanceof Plan.Or o) {
                stack.push(o.right());
                stack.push(o.left());
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
