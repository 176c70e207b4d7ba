package io.sharkfin.filter;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.parse.MacroTable;

/**
 * How a filter is compiled: which fields exist, which macros are defined, and how it runs.
 *
 * @param execution {@link Execution#GENERATED} for normal use; the other two exist to check the
 *                  generated code against slower, simpler paths
 */
public record CompileOptions(FieldRegistry registry, MacroTable macros, Execution execution) {

    /** How a compiled filter runs. */
    public enum Execution {
        /** A generated hidden class calling the kernels (the default). */
        GENERATED,
        /** The same plan, run by an interpreter instead of generated code. */
        INTERPRETED,
        /**
         * The checked tree before optimization, run value by value by the general evaluator
         * (Wireshark's VM semantics): the reference the fast paths are tested against.
         */
        REFERENCE
    }

    public static CompileOptions defaults() {
        return new CompileOptions(FieldRegistry.standard(), MacroTable.wiresharkDefaults(), Execution.GENERATED);
    }

    public CompileOptions withMacros(MacroTable m) {
        return new CompileOptions(registry, m, execution);
    }

    public CompileOptions with(Execution e) {
        return new CompileOptions(registry, macros, e);
    }
}
