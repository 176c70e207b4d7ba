package io.sharkfin.repl.view;

import io.sharkfin.cli.output.summary.TlsNames;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldType;

/**
 * The name of an integer or boolean field's value, for display. Wireshark registers
 * {@code tls.handshake.type} twice, for SSLv2 and for TLS, with different names; the field
 * catalogue keeps the SSLv2 ones ("Client Master Key" for 2), so TLS handshake types take their
 * names from TLS's table.
 */
public final class ValueNames {

    private ValueNames() {
    }

    /** The name of {@code value} of field {@code def}, or null when it has none. */
    public static String of(FieldDef def, long value) {
        if (def.name().equals("tls.handshake.type")) {
            return TlsNames.handshakeType(value);
        }
        return def.type().isInteger() || def.type() == FieldType.BOOLEAN ? def.valueName(value) : null;
    }
}
