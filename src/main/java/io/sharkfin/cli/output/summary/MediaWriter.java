package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Strings;

import java.util.Locale;

/**
 * What the dissector of an HTTP body adds: most name the media type in parentheses after the first
 * line ({@code HTTP/1.1 200 OK  (text/html)}); JSON and XML also extend the Protocol column
 * ({@code HTTP/JSON}); images name their format.
 */
final class MediaWriter implements ColumnWriter {

    /** How a body dissector writes. */
    enum Kind {
        /** data-text-lines, urlencoded-form: " (type)" after a space. */
        TYPE_AFTER_SPACE,
        /** media (no dissector for the type): " (type)". */
        TYPE,
        /** JSON: "/JSON", ", JavaScript Object Notation", " (type)". */
        JSON,
        /** XML: "/XML". */
        XML,
        /** PNG: " (PNG)". */
        PNG,
        /** GIF: " (GIF89a)". */
        GIF,
        /** JPEG/JFIF: " (JPEG JFIF image)". */
        JFIF,
        /** OCSP as an HTTP body: Protocol "OCSP", Info "Request" or "Response". */
        OCSP
    }

    private final Kind kind;
    private final int contentType;
    private final int imfContentType;
    private final int partContentType;
    private final int ocspResponse;

    MediaWriter(ColumnFields f, Kind kind) {
        this.kind = kind;
        contentType = f.id("http.content_type");
        imfContentType = f.id("imf.content.type.type");
        partContentType = f.id("mime_multipart.header.content-type");
        ocspResponse = f.id("ocsp.responseStatus");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        Layer http = httpBelow(layer);
        // the Content-Type of this body's message: the last one before it (a segment may hold several)
        int typeEntry = http == null ? -1 : layer.entry() < 0 ? http.first(contentType)
                : http.lastBefore(contentType, layer.entry());
        String type = typeEntry < 0 ? null : mediaType(http.textAt(typeEntry));
        Layer imf = http == null ? layer.below("imf") : null;
        if (imf != null) {
            // IMF hands the body on under its Content-Type's type, as written
            type = imf.text(imfContentType);
        }
        Layer parent = layer.parent();
        if (parent != null && parent.protocol().equals("mime_multipart")) {
            type = partType(parent, layer);
        }
        switch (kind) {
            case TYPE_AFTER_SPACE -> {
                // text that starts as an XML document goes to XML before its type is written
                if (type != null && !calls(layer, "xml")) {
                    c.appendInfo(" ", "(" + type + ")");
                }
            }
            case TYPE -> c.appendInfo(" (" + (type == null ? "" : type) + ")");
            case JSON -> {
                Layer below = layer.below();
                if (below != null && !below.protocol().equals("frame")) {
                    c.appendProtocol("/", "JSON");
                    c.appendInfo(", ", "JavaScript Object Notation");
                } else {
                    c.setProtocol("JSON");
                    c.setInfoConstant("JavaScript Object Notation");
                }
                if (type != null && !calls(layer, "data-text-lines")) {
                    c.appendInfo(" ", "(" + type + ")");
                }
            }
            case XML -> c.appendProtocol(null, "/XML");
            case PNG -> c.appendInfo(" (PNG)");
            case GIF -> c.appendInfo(" (" + gifVersion(layer) + ")");
            case JFIF -> c.appendInfo(" ", "(JPEG JFIF image)");
            case OCSP -> {
                if (http != null && layer.below() == http) {
                    c.setProtocol("OCSP");
                    c.clearInfo();
                    c.setInfoConstant(layer.has(ocspResponse) ? "Response" : "Request");
                }
            }
            default -> {
            }
        }
    }

    /**
     * Whether the layer after this one is {@code protocol}'s, called by this one: not when a
     * multipart handed it the next part.
     */
    private static boolean calls(Layer layer, String protocol) {
        Layer above = layer.above();
        if (above == null || !above.protocol().equals(protocol)) {
            return false;
        }
        Layer parent = above.parent();
        return parent == null || !parent.protocol().equals("mime_multipart");
    }

    /**
     * The type a multipart's part was handed on under: its (last) Content-Type header's value up
     * to the first ';', in lower case (the header's value is already unfolded and compacted).
     */
    private String partType(Layer multipart, Layer body) {
        String type = null;
        for (int e = multipart.first(partContentType); e >= 0 && e < body.entry(); e = multipart.next(e)) {
            type = multipart.textAt(e);
        }
        if (type == null) {
            return null;
        }
        int semicolon = type.indexOf(';');
        return Strings.asciiLower(semicolon >= 0 ? type.substring(0, semicolon) : type);
    }

    /** The signature and version a GIF file starts with ({@code GIF89a}). */
    private static String gifVersion(Layer layer) {
        if (layer.entry() < 0) {
            return "";
        }
        byte[] b = layer.packet().bytes(layer.entry());
        return new String(b, 0, Math.min(6, b.length), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static Layer httpBelow(Layer layer) {
        Layer http = layer.below("http");
        return http != null ? http : layer.below("ssdp");
    }

    /** The type of a Content-Type value as HTTP matches it: lower case, without parameters. */
    static String mediaType(String value) {
        if (value == null) {
            return null;
        }
        int end = 0;
        while (end < value.length() && value.charAt(end) != ';' && !Character.isWhitespace(value.charAt(end))) {
            end++;
        }
        return value.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
