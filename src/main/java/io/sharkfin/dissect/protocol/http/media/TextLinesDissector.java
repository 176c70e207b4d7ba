package io.sharkfin.dissect.protocol.http.media;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.FieldlessDissector;
import io.sharkfin.dissect.protocol.Tvb;

import java.util.List;

/**
 * Line-based text bodies (Wireshark's {@code data-text-lines}: text/plain, text/html, ...). A
 * body of more than 38 bytes that starts with {@code <?xml} goes to the XML dissector instead.
 * The lines are text items (drawn when the session records them), not fields.
 */
public final class TextLinesDissector extends FieldlessDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("data-text-lines", "Line-based text data");

    private final Dissector xml;

    public TextLinesDissector(Dissector xml) {
        super(PROTOCOL, "Line-based text data");
        this.xml = xml;
    }

    @Override
    public List<String> calls() {
        return List.of(xml.protocol().name());
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        int captured = Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
        if (captured > 38 && startsWithXmlDeclaration(p, buf, offset)) {
            // packet-text-media.c hands it on before adding its item: the layer stays, untreed
            p.dropProtocolItem();
            p.call(xml, buf, offset, length);
        } else if (p.protocolItem() >= 0) {
            // "Line-based text data: text/html (2 lines)", as packet-text-media.c words it
            String media = p.mediaType();
            p.setLabel(p.protocolItem(), PROTOCOL.title() + (media != null ? ": " + media : "")
                    + " (" + lines(p, buf, offset, offset + captured, p.wantsText()) + " lines)");
        }
        return captured;
    }

    /**
     * Lines as Wireshark's tvb_find_line_end counts them: CR, LF or CR LF ends one, and so does
     * the end. With {@code items}, each line, its end included, is also a text item worded by
     * format_text, as packet-text-media.c adds them.
     */
    static int lines(Packet p, int buf, int from, int end, boolean items) {
        Tvb t = Tvb.of(p, buf, from, end - from);
        int n = 0;
        for (int at = 0; at < end - from; n++) {
            int next = t.findLineEnd(at).next();
            if (items) {
                p.addText(buf, from + at, next - at, Strings.formatText(t.bytes(at, next - at)), false);
            }
            at = next;
        }
        return n;
    }

    private static boolean startsWithXmlDeclaration(Packet p, int buf, int offset) {
        String decl = "<?xml";
        for (int i = 0; i < decl.length(); i++) {
            int c = p.u8(buf, offset + i);
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != decl.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
