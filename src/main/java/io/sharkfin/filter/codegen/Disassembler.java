package io.sharkfin.filter.codegen;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.PseudoInstruction;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the {@code test} method of a generated class as readable bytecode, for
 * {@code sharkfin check --explain} (what Wireshark's dftest shows as "Instructions").
 */
public final class Disassembler {
    private Disassembler() {
    }

    /**
     * The listing of the generated method; constants loaded from class data are described with
     * the given labels (index → description).
     */
    public static String listing(byte[] classBytes, List<String> classDataLabels) {
        ClassModel cm = ClassFile.of().parse(classBytes);
        StringBuilder sb = new StringBuilder();
        for (MethodModel m : cm.methods()) {
            if (!m.methodName().equalsString("test")) {
                continue;
            }
            CodeModel code = m.code().orElseThrow();
            Map<Label, String> names = new HashMap<>();
            for (CodeElement e : code) {
                if (e instanceof LabelTarget lt) {
                    names.computeIfAbsent(lt.label(), l -> "L" + names.size());
                }
            }
            int pc = 0;
            for (CodeElement e : code) {
                if (e instanceof LabelTarget lt) {
                    sb.append(names.get(lt.label())).append(":\n");
                } else if (e instanceof Instruction ins) {
                    sb.append(String.format("  %04d  %s%n", pc, describe(ins, names, classDataLabels)));
                    pc += ins.sizeInBytes();
                } else if (!(e instanceof PseudoInstruction)) {
                    continue;
                }
            }
        }
        return sb.toString();
    }

    private static String describe(Instruction ins, Map<Label, String> labels, List<String> dataLabels) {
        String op = ins.opcode().name().toLowerCase();
        return switch (ins) {
            case BranchInstruction b -> op + " " + labels.getOrDefault(b.target(), "?");
            case InvokeInstruction inv -> op + " " + simple(inv.owner().asSymbol()) + "."
                    + inv.name().stringValue() + signature(inv.typeSymbol());
            case ConstantInstruction c -> {
                Object v = c.constantValue();
                if (v instanceof DynamicConstantDesc<?> d && !d.bootstrapArgsList().isEmpty()
                        && d.bootstrapArgsList().getFirst() instanceof Integer idx) {
                    String label = idx < dataLabels.size() ? dataLabels.get(idx) : "#" + idx;
                    yield op + " classData[" + idx + "]  // " + label;
                }
                yield op.startsWith("iconst") || op.startsWith("lconst") || op.startsWith("dconst")
                        ? op : op + " " + v;
            }
            case LoadInstruction l -> op.startsWith("aload") && l.slot() == 1 ? op + "  // packet" : op;
            default -> op;
        };
    }

    private static String signature(MethodTypeDesc t) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < t.parameterCount(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(simple(t.parameterType(i)));
        }
        return sb.append(")").append(simple(t.returnType())).toString();
    }

    private static String simple(ClassDesc c) {
        return c.displayName();
    }
}
