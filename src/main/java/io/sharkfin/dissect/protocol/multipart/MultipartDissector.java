package io.sharkfin.dissect.protocol.multipart;

import static io.sharkfin.dissect.protocol.multipart.MultipartFields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.protocol.FileFingerprints;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.http.ContentCoding;
import io.sharkfin.dissect.protocol.imf.ImfDissector;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A MIME multipart body (RFC 2046) as packet-multipart.c 4.0.17 dissects it with its default
 * preferences, for HTTP bodies and IMF messages of the multipart media types: the boundary from
 * the Content-Type's parameters (the caller's {@link Packet#mediaParameters}), the preamble, each
 * part between two boundary lines with the part headers packet-multipart.c knows as fields and
 * the others as text, its body handed to the dissector of its Content-Type (gzip and deflate
 * Content-Encodings undone first; base64 is not decoded, as {@code remove_base64_encoding} is
 * off by default; application/octet-stream and parts without a type to {@code data}), the last
 * boundary and the trailer (epilogue). The C code's ways are kept: a boundary glued to the end of
 * a line, a missing boundary parameter taken from the last parameter, lines ending in LF or CR
 * alone failing as malformed, multipart/encrypted's first part checked against its protocol.
 *
 * <p>Bounds: every part's body is handed to a dissector, which makes a protocol layer, so the
 * parts of a frame end where Wireshark's do, at {@link Packet#MAX_LAYERS} layers, with its
 * dissector bug ({@link io.sharkfin.dissect.DissectorBug}); each nested multipart is a dissector
 * call, so nesting stops at {@link Packet}'s call depth as any nesting of layers does (tshark
 * goes deeper); and the searches for the ends of part headers may read {@link #SEARCH_BUDGET}
 * times the body in all, after which the parts end (tshark's time grows with the square of such
 * a body).
 */
public final class MultipartDissector implements Dissector {
    /** The media types packet-multipart.c registers; "multipart/" is HTTP's fallback for other subtypes. */
    public static final List<String> MEDIA_TYPES = List.of("multipart/mixed", "multipart/related",
            "multipart/alternative", "multipart/form-data", "multipart/report", "multipart/signed",
            "multipart/encrypted", "multipart/");
    /**
     * The bytes the header searches of one body may read, in multiples of its length: C's search
     * for a header's end runs to the end of the body, not of the part, so a body whose parts' lines
     * end in LF alone before a CR LF far behind has it read the rest again for every part.
     */
    static final int SEARCH_BUDGET = 16;

    private static final FieldGroup OWN = FieldGroup.of(ALL.stream().filter(f -> f != MIME_MULTIPART).toList());
    private static final byte[] DASHES = {'-', '-'};
    /** packet-multipart.c's multipart_headers, from index 1, with their fields. */
    private static final String[] HEADERS = {"content-description", "content-disposition", "content-encoding",
        "content-id", "content-language", "content-length", "content-transfer-encoding", "content-type",
        "originalcontent"};
    private static final String[] COMPACT = {null, null, "e", null, null, "l", null, "c", null};
    private static final FieldSpec[] HEADER_FIELDS = {HEADER_CONTENT_DESCRIPTION, HEADER_CONTENT_DISPOSITION,
        HEADER_CONTENT_ENCODING, HEADER_CONTENT_ID, HEADER_CONTENT_LANGUAGE, HEADER_CONTENT_LENGTH,
        HEADER_CONTENT_TRANSFER_ENCODING, HEADER_CONTENT_TYPE, HEADER_ORIGINALCONTENT};

    /** Who dissects a body of a (lower-case) media type, or null: Wireshark's media_type table. */
    private final Function<String, Dissector> mediaTypes;
    /** The protocols of that table's dissectors. */
    private final Supplier<List<String>> mediaProtocols;
    private final Dissector media;
    private final Dissector data;

    public MultipartDissector(Function<String, Dissector> mediaTypes, Supplier<List<String>> mediaProtocols,
            Dissector media, Dissector data) {
        this.mediaTypes = mediaTypes;
        this.mediaProtocols = mediaProtocols;
        this.media = media;
        this.data = data;
    }

    @Override
    public FieldSpec protocol() {
        return MIME_MULTIPART;
    }

    @Override
    public List<FieldSpec> fields() {
        return ALL;
    }

    @Override
    public String shortName() {
        return "MIME multipart";
    }

    @Override
    public List<String> calls() {
        return mediaProtocols.get();
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        Tvb t = Tvb.of(p, buf, offset, length);
        Items it = new Items(p, OWN);
        String type = p.mediaType();
        Body b = info(type, p.mediaParameters());
        if (b == null) {
            // no item of its own: the finding and the data go to the tree it was given (the root)
            p.dropProtocolItem();
            int saved = p.openRoot();
            try {
                it.expertItem(NO_REQUIRED_PARAMETER, t, 0, t.capturedLength());
                call(p, data, t, null, null);
            } finally {
                p.closeSubtree(saved);
            }
            return t.reportedLength();
        }
        if (p.protocolItem() >= 0) {
            // the item's text, which -T fields prints for the protocol, names the boundary no field holds
            p.setLabel(p.protocolItem(), MIME_MULTIPART.title() + ", Type: " + type + ", Boundary: \""
                    + b.boundaryText + "\"");
        }
        p.markGenerated(it.string(TYPE, t, 0, 0, type));
        new Parts(p, t, it, b).dissect();
        return t.reportedLength();
    }

    /** {@code get_multipart_info}: the boundary (and an encrypted body's protocol), or null. */
    private static Body info(String type, String parameters) {
        if (type == null || parameters == null) {
            return null;
        }
        String compacted = MimeHeaderText.compact(Strings.cString(parameters)).text();
        String boundary = MimeHeaderText.findParameter(compacted, "boundary");
        if (boundary == null) {
            return null;
        }
        String protocol = null;
        if (type.startsWith("multipart/encrypted")) {
            protocol = MimeHeaderText.findParameter(compacted, "protocol");
            if (protocol == null) {
                return null;
            }
        }
        return new Body(boundary, boundary.getBytes(StandardCharsets.UTF_8), protocol);
    }

    /** What the body's Content-Type says: the boundary as text and as the bytes it is on the wire. */
    private record Body(String boundaryText, byte[] boundary, String protocol) {
    }

    /** Calls a part's dissector with its media type and parameters beside it, the caller's restored after. */
    private static int call(Packet p, Dissector d, Tvb body, String type, String parameters) {
        String savedType = p.mediaType();
        String savedParameters = p.mediaParameters();
        p.mediaType(type, parameters);
        try {
            return p.call(d, body.buf, body.at(0), body.reportedLength());
        } finally {
            p.mediaType(savedType, savedParameters);
        }
    }

    /** One body's parts being dissected. */
    private final class Parts {
        private final Packet p;
        private final Tvb t;
        private final Items it;
        private final Body b;
        private final int blen;
        /** Set by the boundary searches: the boundary line's length, and whether it is the last. */
        private int lineLength;
        private boolean last;
        /** What the header searches may still read. */
        private long budget;

        Parts(Packet p, Tvb t, Items it, Body b) {
            this.p = p;
            this.t = t;
            this.it = it;
            this.b = b;
            this.blen = b.boundary.length;
            this.budget = (long) SEARCH_BUDGET * t.reportedLength() + 4096;
        }

        void dissect() {
            int start = preamble();
            if (start == -1) {
                call(p, data, t, null, null);
                return;
            }
            for (int index = 0; !last; index++) {
                start = part(start, index);
                if (start == -1) {
                    return;
                }
            }
            if (t.reportedLength() - start > 0) {
                it.add(TRAILER, t, start, -1);
            }
        }

        /** {@code process_preamble}: the first boundary (and a preamble before it); where the first part starts, or -1. */
        private int preamble() {
            int at = firstBoundary();
            if (at == 0) {
                it.add(FIRST_BOUNDARY, t, at, lineLength);
                return at + lineLength;
            }
            if (at > 0 && lineLength > 0) {
                it.add(PREAMBLE, t, 0, at);
                it.add(FIRST_BOUNDARY, t, at, lineLength);
                return at + lineLength;
            }
            return -1;
        }

        /** {@code find_first_boundary}: the first line starting with the dash-boundary, or -1. */
        private int firstBoundary() {
            int offset = 0;
            while (offset + 2 + blen < t.capturedLength()) {
                if (strneql(offset, DASHES) && strneql(offset + 2, b.boundary)) {
                    last = strneql(offset + 2 + blen, DASHES);
                    lineLength = t.findLineEnd(offset).next() - offset;
                    return offset;
                }
                offset = t.findLineEnd(offset).next();
            }
            return -1;
        }

        /**
         * {@code find_next_boundary}: the line end before the next dash-boundary line (or a close
         * delimiter glued to the end of a line), or -1.
         */
        private int nextBoundary(int start) {
            int offset = start;
            while (offset + 2 + blen < t.capturedLength()) {
                Tvb.Line l = t.findLineEnd(offset);
                int next = l.next();
                int at = offset + l.length();
                if (strneql(next, DASHES) && strneql(next + 2, b.boundary)) {
                    last = strneql(next + 2 + blen, DASHES);
                    lineLength = t.findLineEnd(next).next() - at;
                    return at;
                }
                if (strneql(at - 2, DASHES) && strneql(at - (2 + blen), b.boundary)
                        && strneql(at - (2 + blen + 2), DASHES)) {
                    at -= 2 + blen + 2;
                    lineLength = next - at;
                    last = true;
                    return at;
                }
                offset = next;
            }
            return -1;
        }

        /**
         * {@code process_body_part}: the part's headers, its body to its dissector, the boundary
         * after it; where the next part starts, or -1.
         */
        private int part(int start, int index) {
            // an empty string: the item's length set later does not change it
            int item = it.string(PART, t, start, 0, "");
            if (it.texts()) {
                it.label(item, PART.title() + ": ");
            }
            int saved = it.open(item);
            int end;
            try {
                end = nextBoundary(start);
                if (end <= 0) {
                    return -1;
                }
                Headers h = headers(start, end, index, item);
                if (h == null) {
                    return -1;
                }
                Tvb body = t.subset(h.bodyStart, end - h.bodyStart);
                fingerprint(body, h);
                body(body, h);
            } finally {
                it.close(saved);
            }
            it.setLength(item, end - start);
            it.add(last ? LAST_BOUNDARY : BOUNDARY, t, end, lineLength);
            return end + lineLength;
        }

        /** What a part's headers said. */
        private static final class Headers {
            int bodyStart;
            String contentType;
            String parameters;
            String encoding;
            String transferEncoding;
            boolean raw;
        }

        /**
         * The header loop of {@code process_body_part}; null when an encrypted body's first part
         * is not its protocol's, or when the searches have read their budget.
         */
        private Headers headers(int start, int end, int index, int item) {
            Headers h = new Headers();
            StringBuilder label = it.texts() ? new StringBuilder(PART.title()).append(": ") : null;
            int offset = start;
            int next = offset;
            boolean[] lastField = {false};
            while (!lastField[0]) {
                next = ImfDissector.findFieldEnd(t, offset, t.reportedLength(), lastField);
                budget -= (next == -1 ? t.reportedLength() : next) - offset;
                if (budget < 0) {
                    return null;
                }
                if (lastField[0] && next + 2 <= end) {
                    next += 2;
                } else if (next - 2 == end) {
                    lastField[0] = true;
                    next -= 2;
                } else if (next > end) {
                    next = end;
                }
                String raw = asciiString(offset, next - offset);
                MimeHeaderText.Compacted c = MimeHeaderText.compact(raw);
                if (c.colon() <= 0) {
                    next = offset;
                    break;
                }
                int known = known(c.text(), c.colon());
                if (known == -1) {
                    if (!printable(c.text())) {
                        next = offset;
                        break;
                    }
                    it.text(t, offset, next - offset, it.texts() ? formatText(offset, next - offset) : null);
                } else {
                    String value = c.text().substring(c.colon() + 1);
                    int e = it.string(HEADER_FIELDS[known], t, offset, next - offset, value);
                    if (it.texts()) {
                        it.label(e, formatText(offset, next - offset));
                    }
                    switch (HEADERS[known]) {
                        case "content-type" -> {
                            int semicolon = value.indexOf(';');
                            h.parameters = semicolon >= 0 ? value.substring(semicolon + 1) : null;
                            h.contentType = Strings.asciiLower(semicolon >= 0 ? value.substring(0, semicolon) : value);
                            if (label != null) {
                                label.append(" (").append(h.contentType).append(')');
                                it.label(item, label.toString());
                            }
                            h.raw = h.contentType.startsWith("application/octet-stream");
                            if (b.protocol != null && index == 0 && (h.raw || !h.contentType.regionMatches(true, 0,
                                    b.protocol, 0, b.protocol.length()))) {
                                return null;
                            }
                        }
                        case "content-encoding" -> h.encoding = Strings.asciiLower(upToCr(value));
                        case "content-transfer-encoding" -> h.transferEncoding = Strings.asciiLower(upToCr(value)).strip();
                        default -> {
                        }
                    }
                }
                offset = next;
            }
            h.bodyStart = next;
            return h;
        }

        /**
         * sharkfin's hashes and kind of the part's body ({@link FileFingerprints}): of the file it
         * carries, so of its decoded bytes when it is base64 (mail attachments are); a body that is
         * not valid base64 is taken as it is.
         */
        private void fingerprint(Tvb body, Headers h) {
            if (!FileFingerprints.wanted(p, PART_FILE)) {
                return;
            }
            int len = body.capturedLength();
            int off = body.at(0);
            if (!"base64".equals(h.transferEncoding)) {
                FileFingerprints.add(p, PART_FILE, body.buf, off, len);
                return;
            }
            byte[] content;
            try {
                content = Base64.getMimeDecoder().decode(body.bytes(0, len));
            } catch (IllegalArgumentException e) {
                content = body.bytes(0, len);
            }
            FileFingerprints.add(p, PART_FILE, body.buf, off, len, content, content.length);
        }

        /** The body: to the dissector of its type (media when none takes it), else to data. */
        private void body(Tvb body, Headers h) {
            if (h.raw || h.contentType == null) {
                call(p, data, body, null, null);
                return;
            }
            if (h.encoding != null && compressed(h.encoding)) {
                byte[] plain = ContentCoding.DEFLATE.decode(body.bytes(0, body.capturedLength()));
                if (plain != null) {
                    int buf = p.addBuffer("gunzipped data", plain);
                    body = Tvb.of(p, buf, 0, plain.length);
                }
            }
            Dissector d = mediaTypes.apply(h.contentType);
            if (d == null || call(p, d, body, h.contentType, h.parameters) == 0) {
                call(p, media, body, h.contentType, h.parameters);
            }
        }

        /** {@code tvb_strneql} == 0: the bytes at {@code off} (negative: from the end) are {@code s}. */
        private boolean strneql(int off, byte[] s) {
            int n = t.capturedLength();
            if (off < 0) {
                if (-(long) off > n) {
                    return false;
                }
                off += n;
            }
            if ((long) off + s.length > n) {
                return false;
            }
            for (int i = 0; i < s.length; i++) {
                if (t.u8(off + i) != (s[i] & 0xff)) {
                    return false;
                }
            }
            return true;
        }

        /** {@code tvb_get_string_enc(..., ENC_ASCII)} as a C string: a negative length fails. */
        private String asciiString(int off, int len) {
            if (len < 0) {
                throw Truncated.MALFORMED;
            }
            return Strings.asciiCString(t.bytes(off, len));
        }

        private String formatText(int off, int len) {
            return Strings.formatText(t.bytes(off, len));
        }
    }

    /** {@code is_known_multipart_header}: the index of the header named by the text before the colon, or -1. */
    private static int known(String header, int length) {
        for (int i = 0; i < HEADERS.length; i++) {
            if (length == HEADERS[i].length() && header.regionMatches(true, 0, HEADERS[i], 0, length)
                    || COMPACT[i] != null && length == COMPACT[i].length()
                    && header.regionMatches(true, 0, COMPACT[i], 0, length)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code isprint_string}: every character printable ASCII. */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** The Content-Encodings packet-multipart.c inflates (compared by their length, as strncasecmp). */
    private static boolean compressed(String encoding) {
        return encoding.startsWith("gzip") || encoding.startsWith("deflate") || encoding.startsWith("x-gzip")
                || encoding.startsWith("x-deflate");
    }

    private static String upToCr(String s) {
        int cr = s.indexOf('\r');
        return cr < 0 ? s : s.substring(0, cr);
    }
}
