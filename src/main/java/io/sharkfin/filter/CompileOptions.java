package io.sharkfin.filter;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.parse.MacroTable;

/**
 * How a filter is compiled: which fields exist, which macros are defined, and whether code is
 * generated (turning it off runs the same plan through an interpreter, for comparison).
 */
public record CompileOptions(FieldRegistry registry, MacroTable macros, boolean generateCode) {

    public static CompileOptions defaults() {
        return new CompileOptions(FieldRegistry.standard(), MacroTable.empty(), true);
    }

    public CompileOptions withMacros(MacroTable m) {
        return new CompileOptions(registry, m, generateCode);
    }

    public CompileOptions interpreted() {
        return new CompileOptions(registry, macros, false);
    }
}
