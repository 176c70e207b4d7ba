package io.sharkfin.dissect.protocol.http.media;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.FieldlessDissector;

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
            p.call(xml, buf, offset, length);
        } else if (p.protocolItem() >= 0) {
            // "Line-based text data: text/html (2 lines)", as packet-text-media.c words it
            String media = p.mediaType();
            p.setLabel(p.protocolItem(), PROTOCOL.title() + (media != null ? ": " + media : "")
                    + " (" + lines(p, buf, offset, offset + captured) + " lines)");
            if (p.wantsText()) {
                addLines(p, buf, offset, offset + captured);
            }
        }
        return captured;
    }

    /** Each line, its end included, as a text item worded by format_text (packet-text-media.c). */
    private static void addLines(Packet p, int buf, int from, int end) {
        int i = from;
        while (i < end) {
            int start = i;
            int c = 0;
            while (i < end && (c = p.u8(buf, i)) != '\r' && c != '\n') {
                i++;
            }
            if (i < end && c == '\r' && i + 1 < end && p.u8(buf, i + 1) == '\n') {
                i++;
            }
            i = Math.min(end, i + 1);
            p.addText(buf, start, i - start,
                    Strings.formatText(Strings.utf8WithReplacement(p.copy(buf, start, i - start))), false);
        }
    }

    /** Lines as Wireshark's tvb_find_line_end counts them: CR, LF or CR LF ends one, and so does the end. */
    static int lines(Packet p, int buf, int from, int end) {
        int n = 0;
        int i = from;
        while (i < end) {
            int c = 0;
            while (i < end && (c = p.u8(buf, i)) != '\r' && c != '\n') {
                i++;
            }
            n++;
            if (i < end && c == '\r' && i + 1 < end && p.u8(buf, i + 1) == '\n') {
                i++;
            }
            i++;
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
