package io.sharkfin.dissect.protocol.http.media;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * Wireshark's {@code media} dissector: a body of a media type no dissector handles, shown as
 * {@code media.type} (its bytes), worded with the type and its parameters. Nothing is added for
 * an empty body.
 */
public final class MediaDissector implements Dissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("media", "Media Type");
    public static final FieldSpec TYPE = FieldSpec.of("media.type", "Media type", FieldType.BYTES);

    @Override
    public FieldSpec protocol() {
        return PROTOCOL;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of(TYPE);
    }

    @Override
    public String shortName() {
        return "Media";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (length <= 0) {
            p.dropProtocolItem();
            return length;
        }
        if (p.wants(TYPE)) {
            int captured = Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
            int e = p.addBytes(TYPE, buf, offset, captured);
            p.setLength(e, length);
            if (e >= 0 && p.wantsText()) {
                // packet-media.c words the item by the media type and the body's size
                String type = p.mediaType();
                String parameters = p.mediaParameters();
                p.setLabel(e, TYPE.title() + ": " + (type != null ? type : "")
                        + (parameters != null ? "; " + parameters : "") + " (" + length
                        + (length == 1 ? " byte)" : " bytes)"));
            }
        }
        return length;
    }
}
