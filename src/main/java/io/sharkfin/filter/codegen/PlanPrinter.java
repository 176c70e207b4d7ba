package io.sharkfin.filter.codegen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Prints a {@link Plan} as an indented tree, one node per line (for explain). */
public final class PlanPrinter {
    private PlanPrinter() {
    }

    public static String describe(Plan plan) {
        StringBuilder sb = new StringBuilder();
        Deque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[] {plan, 1});
        while (!todo.isEmpty()) {
            Object[] item = todo.pop();
            Plan p = (Plan) item[0];
            int depth = (Integer) item[1];
            sb.append("  ".repeat(depth));
            switch (p) {
                case Plan.And a -> {
                    sb.append("AND\n");
                    pushAll(todo, BytecodeGenerator.flatten(a, true), depth + 1);
                }
                case Plan.Or o -> {
                    sb.append("OR\n");
                    pushAll(todo, BytecodeGenerator.flatten(o, false), depth + 1);
                }
                case Plan.Not n -> {
                    sb.append("NOT\n");
                    todo.push(new Object[] {n.operand(), depth + 1});
                }
                case Plan.Const c -> sb.append(c.value()).append('\n');
                case Plan.KernelCall k -> sb.append(k.method()).append(": ").append(k.description()).append('\n');
                case Plan.Generic g -> sb.append("evaluate: ").append(g.description()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void pushAll(Deque<Object[]> todo, List<Plan> terms, int depth) {
        for (int i = terms.size() - 1; i >= 0; i--) {
            todo.push(new Object[] {terms.get(i), depth});
        }
    }
}
