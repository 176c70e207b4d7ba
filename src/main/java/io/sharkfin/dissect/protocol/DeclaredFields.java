package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The field list of a class of field constants (TLS, X.509, OCSP: hundreds of them, many made by
 * {@code src/tools/gen-field-specs.py}), kept as the constants are made so that it cannot drift
 * from them as a hand-kept list would: each public constant is declared as
 * {@code SPECS.add(...)}, and the list is taken after the last one. Reading the constants back by
 * reflection did the same, but made an accessor per field: 40 % of the field registry's build,
 * which every run waits for (DeclaredFieldsTest checks the lists against that reading).
 */
public final class DeclaredFields {
    private final List<FieldSpec> fields = new ArrayList<>();

    /** Adds a field constant, in declaration order; returns it. */
    public FieldSpec add(FieldSpec f) {
        fields.add(f);
        return f;
    }

    /** Adds the field of an expert info constant, in declaration order; returns the info. */
    public Expert.Info add(Expert.Info i) {
        fields.add(i.field());
        return i;
    }

    /** The fields added so far. */
    public List<FieldSpec> list() {
        return List.copyOf(fields);
    }
}
