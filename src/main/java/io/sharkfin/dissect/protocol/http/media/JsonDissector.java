package io.sharkfin.dissect.protocol.http.media;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.FieldlessDissector;

/**
 * JSON bodies, as a protocol layer: the document is not parsed into fields (Wireshark's
 * {@code json.*} fields are not produced). Its item names the media type, as Wireshark's does.
 */
public final class JsonDissector extends FieldlessDissector {
    static final FieldSpec PROTOCOL = FieldSpec.protocol("json", "JavaScript Object Notation");

    public JsonDissector() {
        super(PROTOCOL, "JSON");
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (p.protocolItem() >= 0 && p.mediaType() != null) {
            // "JavaScript Object Notation: application/json"
            p.setLabel(p.protocolItem(), PROTOCOL.title() + ": " + p.mediaType());
        }
        return Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
    }
}
