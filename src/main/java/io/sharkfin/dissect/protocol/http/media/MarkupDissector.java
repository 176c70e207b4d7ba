package io.sharkfin.dissect.protocol.http.media;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.FieldlessDissector;

/**
 * XML and JSON bodies, as protocol layers: their documents are not parsed into fields (Wireshark's
 * {@code xml.*} and {@code json.*} fields are not produced). XML reads the first two bytes for a
 * byte-order mark, so a body shorter than that is malformed, as in Wireshark.
 */
public final class MarkupDissector extends FieldlessDissector {
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
        super(kind.protocol, kind.shortName);
        this.kind = kind;
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (kind == Kind.XML) {
            p.u16(buf, offset); // the byte-order mark test
        } else if (p.protocolItem() >= 0 && p.mediaType() != null) {
            // "JavaScript Object Notation: application/json" (XML's item keeps its name)
            p.setLabel(p.protocolItem(), kind.protocol.title() + ": " + p.mediaType());
        }
        return Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
    }
}
