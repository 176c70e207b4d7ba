package io.sharkfin.dissect.protocol.imf;

import static io.sharkfin.dissect.protocol.imf.ImfFields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.protocol.GlibBase64;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.RecordedInfo;
import io.sharkfin.dissect.protocol.Tvb;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An Internet message (RFC 5322) as packet-imf.c 4.0 dissects it, SMTP's reassembled DATA: the
 * header fields up to the blank line, each the field packet-imf.c knows by its lower-cased name
 * ({@link ImfHeaders}) or an unknown extension, address lists and mailboxes split into their
 * items, display names and addresses (with the C code's arithmetic, off-by-ones included), the
 * content type split into type and parameters; then the body, to the dissector of its content
 * type (base64 decoded first) with the parameters beside it (a multipart message's boundary) when
 * the header has a content type with parameters, else as message text lines.
 *
 * <p>Not here: SIO-Label's attributes and the ESS/X.411 security labels they carry (the header
 * is shown as a field without them), the custom header fields a user can configure, and the
 * bodies of the media types sharkfin has no dissector for (CMS, ...): tshark hands them to its
 * dissector of that type, here they get no item.
 */
public final class ImfDissector implements Dissector {
    private static final FieldGroup OWN = FieldGroup.of(ALL.stream().filter(f -> f != IMF).toList());

    /** Who dissects a body of a (lower-case) media type, or null: Wireshark's media_type table. */
    private final Function<String, Dissector> mediaTypes;
    /** The protocols of that table's dissectors. */
    private final Supplier<List<String>> mediaProtocols;

    public ImfDissector(Function<String, Dissector> mediaTypes, Supplier<List<String>> mediaProtocols) {
        this.mediaTypes = mediaTypes;
        this.mediaProtocols = mediaProtocols;
    }

    @Override
    public FieldSpec protocol() {
        return IMF;
    }

    @Override
    public List<FieldSpec> fields() {
        return ALL;
    }

    @Override
    public String shortName() {
        return "IMF";
    }

    @Override
    public List<String> calls() {
        return mediaProtocols.get();
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        Tvb t = Tvb.of(p, buf, offset, length);
        Message m = new Message(p, t, new Items(p, OWN));
        try {
            m.dissect();
        } finally {
            RecordedInfo.add(p, IMF.name(), m.info.toString());
        }
        return t.capturedLength();
    }

    /** One message being dissected, and its column text. */
    private final class Message {
        private final Packet p;
        private final Tvb t;
        private final Items it;
        final StringBuilder info = new StringBuilder();

        Message(Packet p, Tvb t, Items it) {
            this.p = p;
            this.t = t;
            this.it = it;
        }

        void dissect() {
            int max = t.capturedLength();
            int start = 0;
            int end = 0;
            boolean[] last = {false};
            String contentType = null;
            String encoding = null;
            String parameters = null;
            int unknownAt = 0;
            while (!last[0]) {
                end = t.find(start, max - start, ':');
                if (end == -1) {
                    break;
                }
                String key = Strings.asciiCString(t.bytes(start, end - start)).toLowerCase(Locale.ROOT);
                ImfHeaders.Header h = ImfHeaders.of(key);
                if (h == null) {
                    unknownAt = start;
                }
                start = end + 1;
                end = findFieldEnd(t, start, max, last);
                if (end == -1) {
                    break;
                }
                int value = start;
                while (value < end && Strings.isCSpace(t.u8(value))) {
                    value++;
                }
                if (value == end) {
                    value = start; // empty: the whole value
                }
                int item;
                if (h == null || h.field() == EXTENSION_TYPE) {
                    // the tree appends " (Contact Wireshark developers ...)" (ItemTexts)
                    item = it.add(EXTENSION, t, unknownAt, end - unknownAt - 2);
                    int sub = it.open(item);
                    it.add(EXTENSION_TYPE, t, unknownAt, start - 1 - unknownAt);
                    it.add(EXTENSION_VALUE, t, value, end - value - 2);
                    it.close(sub);
                } else {
                    item = it.add(h.field(), t, value, end - value - 2);
                    if (h.toColumn()) {
                        info.append(h.name()).append(": ").append(formatText(value, end - value - 2)).append(", ");
                    }
                }
                if (h != null && h.field() == CONTENT_TYPE) {
                    String[] typeAndParameters = contentType(start, end - start, item);
                    if (typeAndParameters != null) {
                        contentType = typeAndParameters[0];
                        parameters = typeAndParameters[1];
                    }
                } else if (h != null && h.field() == CONTENT_TRANSFER_ENCODING) {
                    encoding = Strings.asciiWithReplacement(t.bytes(value, Math.max(0, end - value - 2)));
                } else if (h != null && h.kind() != ImfHeaders.Kind.UNSTRUCTURED) {
                    new Addresses(t, it).dissect(h.kind(), value, end - value, item);
                }
                start = end;
            }
            if (last[0]) {
                end += 2; // the blank line after the fields
            }
            if (end == -1) {
                end = 0;
            }
            if (contentType != null) {
                body(Strings.cString(contentType), parameters, encoding, end);
            } else {
                messageText(end);
            }
        }

        /** The body to its media type's dissector, as {@code dissector_try_string} finds one. */
        private void body(String contentType, String parameters, String encoding, int end) {
            int buf = t.buf;
            int off = t.at(Math.min(end, t.capturedLength()));
            int len = Math.max(0, t.reportedLength() - end);
            if (encoding != null && encoding.regionMatches(true, 0, "base64", 0, 6)) {
                byte[] decoded = GlibBase64.decode(t.bytes(end, Math.max(0, t.capturedLength() - end)));
                buf = p.addBuffer(Strings.cString(encoding), decoded);
                off = 0;
                len = decoded.length;
            } else {
                t.subsetRemaining(end);
            }
            Dissector d = mediaTypes.apply(contentType.toLowerCase(Locale.ROOT));
            if (d != null) {
                p.mediaType(contentType, parameters);
                try {
                    p.call(d, buf, off, len);
                } finally {
                    p.mediaType(null, null);
                }
            }
        }

        /** No content type: the rest as message text lines, each in the column after ", ". */
        private void messageText(int end) {
            int item = it.add(MESSAGE_TEXT, t, end, t.reportedLength() - Math.min(end, t.reportedLength()));
            int sub = it.open(item);
            for (int at = end; at < t.capturedLength(); ) {
                Tvb.Line l = t.findLineEnd(at);
                String text = wspText(t.bytes(at, l.next() - at));
                it.text(t, at, l.next() - at, text);
                if (!info.isEmpty()) {
                    info.append(", ");
                }
                info.append(text);
                at = l.next();
            }
            it.close(sub);
        }

        /**
         * {@code dissect_imf_content_type}: past the leading blanks, the type up to the first ';'
         * and the parameters after it, without the field's CRLF; null without a ';'.
         */
        private String[] contentType(int offset, int length, int item) {
            for (int i = 0; i < length; i++) {
                if (!Strings.isCSpace(t.u8(offset + i))) {
                    offset += i;
                    break;
                }
            }
            int semicolon = t.find(offset, length, ';');
            if (semicolon == -1) {
                return null;
            }
            int sub = it.open(item);
            try {
                String type = string(offset, semicolon - offset);
                it.add(CONTENT_TYPE_TYPE, t, offset, semicolon - offset);
                int end = findFieldEnd(t, semicolon + 1, offset + length, null);
                if (end == -1) {
                    return new String[] {type, null};
                }
                int len = end - (semicolon + 1) - 2;
                String parameters = len >= 0 ? string(semicolon + 1, len) : null;
                it.add(CONTENT_TYPE_PARAMETERS, t, semicolon + 1, len);
                return new String[] {type, parameters};
            } finally {
                it.close(sub);
            }
        }

        /** A string as {@code proto_tree_add_item_ret_string} reads it (ENC_ASCII), checked. */
        private String string(int off, int len) {
            int n = len == -1 ? t.capturedRemaining(off) : len;
            t.check(off, n);
            return Strings.asciiCString(t.bytes(off, n));
        }

        private String formatText(int off, int len) {
            return Strings.formatText(t.bytes(off, Math.max(0, Math.min(len, t.capturedLength() - off))));
        }

    }

    /**
     * {@code imf_find_field_end}: where the field starting at {@code offset} ends (past its CRLF,
     * continuation lines included), or -1; {@code last[0]} set when a blank line or the end of the
     * data follows (then the offset returned is two before the end, as in the C code).
     */
    public static int findFieldEnd(Tvb t, int offset, int max, boolean[] last) {
        while (offset < max) {
            offset = t.find(offset, max - offset, '\r');
            if (offset == -1) {
                break;
            }
            if (++offset < max && t.u8(offset) == '\n') {
                if (++offset >= max) {
                    if (last != null) {
                        last[0] = true;
                    }
                    return offset - 2;
                }
                int c = t.u8(offset);
                if (c == '\r') {
                    if (offset + 1 < max && t.u8(offset + 1) == '\n' && last != null) {
                        last[0] = true;
                    }
                    return offset;
                }
                if (c != ' ' && c != '\t') {
                    return offset;
                }
            }
        }
        return -1;
    }

    /** {@code format_text_wsp}: as format_text, but blanks and line ends shown as spaces. */
    static String wspText(byte[] raw) {
        byte[] b = raw.clone();
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\r' || b[i] == '\n' || b[i] == '\t' || b[i] == 0x0b || b[i] == '\f') {
                b[i] = ' ';
            }
        }
        return Strings.formatText(b);
    }
}
