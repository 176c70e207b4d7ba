package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields the column writers read, resolved once among the dissected fields. Asking for a
 * field both gives its id and marks it to be recorded, so a writer cannot read a field the session
 * was not told to keep. Names sharkfin does not dissect resolve to -1 and read as absent.
 */
public final class ColumnFields {

    private final Map<String, FieldDef> dissected = new HashMap<>();
    private final BitSet wanted = new BitSet();

    public ColumnFields(FieldRegistry registry) {
        for (FieldDef d : registry.dissected()) {
            dissected.put(d.name(), d);
        }
    }

    /** The id of a field to record, or -1 when sharkfin does not dissect it. */
    public int id(String name) {
        FieldDef d = dissected.get(name);
        if (d == null) {
            return -1;
        }
        wanted.set(d.id());
        return d.id();
    }

    /** Ids of every field asked for (a copy). */
    public BitSet wanted() {
        return (BitSet) wanted.clone();
    }
}
