package io.sharkfin.dissect.protocol.http.media;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code application/x-www-form-urlencoded} bodies (Wireshark's {@code urlencoded-form}): each
 * {@code key=value} pair, '+' as space and %XX decoded. A NUL byte or a bad %-escape ends the
 * form; reading past the data throws, as Wireshark's accessors do.
 */
public final class UrlencodedFormDissector implements Dissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("urlencoded-form", "HTML Form URL Encoded");
    public static final FieldSpec KEY = FieldSpec.of("urlencoded-form.key", "Key", FieldType.STRINGZ);
    public static final FieldSpec VALUE = FieldSpec.of("urlencoded-form.value", "Value", FieldType.STRINGZ);

    private static final List<FieldSpec> FIELDS = List.of(KEY, VALUE);

    @Override
    public FieldSpec protocol() {
        return PROTOCOL;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "URL Encoded Form Data";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (!p.session().active(this)) {
            return length;
        }
        if (p.protocolItem() >= 0 && p.mediaType() != null) {
            p.setLabel(p.protocolItem(), PROTOCOL.title() + ": " + p.mediaType());
        }
        int end = offset + length;
        int off = offset;
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        boolean tree = p.wantsText();
        while (end - off > 0) {
            // each pair under a "Form item: "key" = "value"" text item, as packet-http-urlencoded.c
            int start = off;
            int item = tree ? p.addText(buf, off, 0, "Form item", false) : -1;
            int saved = p.openSubtree(item);
            try {
                int next = part(p, buf, off, end, '=', text);
                if (next < 0) {
                    break;
                }
                String key = add(p, KEY, buf, off, next - off, text);
                String label = "Form item: \"" + key + "\"";
                p.setLabel(item, label);
                off = next + 1;
                next = part(p, buf, off, end, '&', text);
                if (next < 0) {
                    break;
                }
                String value = add(p, VALUE, buf, off, next - off, text);
                p.setLabel(item, label + " = \"" + value + "\"");
                off = next + 1;
                p.setLength(item, off - start);
            } finally {
                p.closeSubtree(saved);
            }
        }
        return Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
    }

    /** Adds the decoded text (up to a NUL, as a C string ends) when wanted; returns it. */
    private static String add(Packet p, FieldSpec f, int buf, int off, int len, ByteArrayOutputStream text) {
        if (!p.wants(f) && !p.wantsText()) {
            return "";
        }
        byte[] b = text.toByteArray();
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        String s = Strings.utf8WithReplacement(java.util.Arrays.copyOf(b, n));
        p.addComputedString(f, buf, off, len, s);
        return s;
    }

    /**
     * Decodes up to {@code stop} into {@code text}; the offset of the stop byte (or the end), or
     * -1 at a NUL or a bad escape (Wireshark's {@code get_form_key_value}).
     */
    private static int part(Packet p, int buf, int off, int end, int stop, ByteArrayOutputStream text) {
        text.reset();
        while (end - off > 0) {
            int ch = p.u8(buf, off);
            if (ch == 0) {
                return -1;
            }
            if (ch == stop) {
                break;
            }
            if (ch == '%') {
                int hi = hex(p.u8(buf, ++off));
                if (hi < 0) {
                    return -1;
                }
                int lo = hex(p.u8(buf, ++off));
                if (lo < 0) {
                    return -1;
                }
                text.write(hi << 4 | lo);
            } else {
                text.write(ch == '+' ? ' ' : ch);
            }
            off++;
        }
        return off;
    }

    private static int hex(int c) {
        return HexFormat.isHexDigit(c) ? HexFormat.fromHexDigit(c) : -1;
    }
}
