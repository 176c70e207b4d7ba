package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The field list of a class of generated field constants (TLS, X.509, OCSP: hundreds of them,
 * made by {@code src/tools/gen-field-specs.py}), read from the class itself so that it cannot
 * drift from the constants as a hand-kept list would.
 */
public final class DeclaredFields {
    private DeclaredFields() {
    }

    /**
     * The public static {@link FieldSpec} constants of {@code holder}, and the fields of its
     * {@link Expert.Info} constants, in declaration order. Call it from the holder's own static
     * initialiser, after the constants.
     */
    public static List<FieldSpec> of(Class<?> holder) {
        List<FieldSpec> out = new ArrayList<>();
        for (Field f : holder.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isPublic(m) || !Modifier.isStatic(m)) {
                continue;
            }
            try {
                Object v = f.get(null);
                if (v instanceof FieldSpec s) {
                    out.add(s);
                } else if (v instanceof Expert.Info i) {
                    out.add(i.field());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(out);
    }
}
