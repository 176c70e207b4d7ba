package io.sharkfin.dissect.protocol.http.media;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * XML and JSON bodies, as protocol layers: their documents are not parsed into fields (Wireshark's
 * {@code xml.*} and {@code json.*} fields are not produced). XML reads the first two bytes for a
 * byte-order mark, so a body shorter than that is malformed, as in Wireshark.
 */
public final class MarkupDissector implements Dissector {
    /** Which markup. */
    public enum Kind {
        XML(FieldSpec.protocol("xml", "eXtensible Markup Language"), "XML"),
        JSON(FieldSpec.protocol("json", "JavaScript Object Notation"), "JSON");

        private final FieldSpec protocol;
        private final String shortName;

        Kind(FieldSpec protocol, String shortName) {
            this.protocol = protocol;
            this.shortName = shortName;
        }
    }

    private final Kind kind;

    public MarkupDissector(Kind kind) {
        this.kind = kind;
    }

    @Override
    public FieldSpec protocol() {
        return kind.protocol;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of();
    }

    @Override
    public String shortName() {
        return kind.shortName;
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (kind == Kind.XML) {
            p.u16(buf, offset); // the byte-order mark test
        }
        return Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
    }
}
