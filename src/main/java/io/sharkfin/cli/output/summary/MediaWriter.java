package io.sharkfin.cli.output.summary;

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
    private final int ocspResponse;

    MediaWriter(ColumnFields f, Kind kind) {
        this.kind = kind;
        contentType = f.id("http.content_type");
        imfContentType = f.id("imf.content.type.type");
        ocspResponse = f.id("ocsp.responseStatus");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        Layer http = httpBelow(layer);
        String type = http == null ? null : mediaType(http.text(contentType));
        Layer imf = http == null ? layer.below("imf") : null;
        if (imf != null) {
            // IMF hands the body on under its Content-Type's type, as written
            type = imf.text(imfContentType);
        }
        switch (kind) {
            case TYPE_AFTER_SPACE -> {
                // text that starts as an XML document goes to XML before its type is written
                Layer above = layer.above();
                if (type != null && (above == null || !above.protocol().equals("xml"))) {
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
                Layer above = layer.above();
                if (type != null && (above == null || !above.protocol().equals("data-text-lines"))) {
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
