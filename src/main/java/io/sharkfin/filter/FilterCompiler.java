package io.sharkfin.filter;

import io.sharkfin.filter.check.Checker;
import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.codegen.BytecodeGenerator;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.filter.codegen.HeaderSieve;
import io.sharkfin.filter.codegen.Plan;
import io.sharkfin.filter.codegen.PlanBuilder;
import io.sharkfin.filter.codegen.PlanInterpreter;
import io.sharkfin.filter.eval.Evaluator;
import io.sharkfin.filter.optimize.InterestingFields;
import io.sharkfin.filter.optimize.Optimizer;
import io.sharkfin.filter.parse.FilterParser;
import io.sharkfin.filter.parse.ParsedFilter;
import io.sharkfin.filter.runtime.PacketTest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The compiler's stages in order: parse (grammar, macros, names) → semantic check → optimize →
 * plan → bytecode (or the plan interpreter when the method would be too large for the JVM).
 *
 * <p>The stages recurse over the tree. Ordinary filters compile on the caller's thread; a
 * pathological one (thousands of nested terms) that overflows the stack is compiled again on a
 * thread with a large stack, so it compiles or fails with a message instead of crashing.
 */
final class FilterCompiler {
    private static final long BIG_STACK = 512L << 20;

    private FilterCompiler() {
    }

    static Filter compile(String text, CompileOptions options) throws FilterException {
        try {
            return compileHere(text, options);
        } catch (StackOverflowError e) {
            return compileOnBigStack(text, options);
        }
    }

    private static Filter compileOnBigStack(String text, CompileOptions options) throws FilterException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(compileHere(text, options));
            } catch (FilterException e) {
                result.set(e);
            } catch (StackOverflowError e) {
                result.set(new FilterException("Filter is nested too deeply to compile.", text, Span.NONE));
            }
        }, "sharkfin-compile", BIG_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FilterException("Compilation was interrupted.", text, Span.NONE);
        }
        Object r = result.get();
        if (r instanceof FilterException fe) {
            throw fe;
        }
        return (Filter) r;
    }

    private static Filter compileHere(String text, CompileOptions options) throws FilterException {
        ParsedFilter parsed = FilterParser.parse(text, options.registry(), options.macros());
        if (parsed.root() == null) {
            return new Filter(text, p -> true, null, new BitSet(), List.of(), null);
        }
        Checker.Checked checked = Checker.check(parsed.root(), parsed.expandedText());
        Typed.Test optimized = Optimizer.optimize(checked.root());
        Evaluator evaluator = new Evaluator(Evaluator.References.NONE);
        Plan plan = new PlanBuilder(evaluator).build(optimized);
        PacketTest test;
        byte[] classBytes = null;
        List<String> classDataLabels = null;
        String executionNote;
        switch (options.execution()) {
            case REFERENCE -> {
                Typed.Test checkedRoot = checked.root();
                test = p -> evaluator.test(checkedRoot, p);
                executionNote = "(reference evaluation of the checked tree)";
            }
            case INTERPRETED -> {
                test = PlanInterpreter.of(plan);
                executionNote = "(the plan is interpreted)";
            }
            default -> {
                try {
                    BytecodeGenerator.Generated gen = BytecodeGenerator.generate(plan);
                    test = BytecodeGenerator.define(gen);
                    classBytes = gen.classBytes();
                    classDataLabels = gen.classDataLabels();
                    executionNote = "";
                } catch (IllegalArgumentException | IllegalStateException | ClassFormatError e) {
                    // a method too large for the JVM: the same plan, interpreted
                    test = PlanInterpreter.of(plan);
                    executionNote = "(not generated: " + e.getMessage() + "; the plan is interpreted)";
                }
            }
        }
        BitSet fields = InterestingFields.of(optimized);
        List<String> warnings = new ArrayList<>();
        for (String d : parsed.deprecatedTokens()) {
            warnings.add(d.startsWith("The operator") ? d : "Deprecated token \"" + d + "\"");
        }
        for (String w : checked.warnings()) {
            if (!warnings.contains(w)) {
                warnings.add(w);
            }
        }
        List<String> fieldNames = new ArrayList<>();
        for (int i = fields.nextSetBit(0); i >= 0; i = fields.nextSetBit(i + 1)) {
            var d = options.registry().byId(i);
            fieldNames.add(d.name() + " <" + d.type().wiresharkName() + ">");
        }
        Explanation ex = new Explanation(text, parsed.expandedText(), checked.root(), optimized, plan,
                fieldNames, classBytes, classDataLabels, executionNote, warnings);
        // the reference evaluation stays what it is: every packet dissected and tested by the tree
        Sieve sieve = options.execution() == CompileOptions.Execution.REFERENCE ? null : HeaderSieve.of(plan);
        return new Filter(text, test, sieve, fields, warnings, ex);
    }
}
