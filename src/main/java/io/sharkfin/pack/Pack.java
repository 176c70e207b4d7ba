package io.sharkfin.pack;

import io.sharkfin.filter.parse.MacroTable;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A filter pack: one YAML file under {@code filters/} with a name, a version, macros and rules.
 * Loading never stops at a broken rule: {@link PackLoader} returns the good rules and the
 * problems.
 *
 * @param macros     the pack's macros by name, as written (Wireshark's {@code $1} style)
 * @param macroTable the same macros, built for the compiler
 * @param sidFirst   first Suricata sid of the pack's range
 * @param sidLast    last Suricata sid of the pack's range
 */
public record Pack(Path file, String name, String version, String description, Map<String, String> macros,
                   MacroTable macroTable, long sidFirst, long sidLast, List<PackRule> rules) {
    public Pack {
        macros = Map.copyOf(macros);
        rules = List.copyOf(rules);
    }

    /** The rule with this id, or null. */
    public PackRule rule(String id) {
        for (PackRule r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
