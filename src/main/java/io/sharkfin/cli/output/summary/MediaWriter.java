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
    private final int gifVersion;
    private final int ocspResponse;

    MediaWriter(ColumnFields f, Kind kind) {
        this.kind = kind;
        contentType = f.id("http.content_type");
        gifVersion = f.id("image-gif.version");
        ocspResponse = f.id("ocsp.responseStatus");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        Layer http = httpBelow(layer);
        String type = http == null ? null : mediaType(http.text(contentType));
        switch (kind) {
            case TYPE_AFTER_SPACE -> {
                if (type != null) {
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
            case GIF -> {
                String v = layer.text(gifVersion);
                c.appendInfo(" (" + (v == null ? "" : v) + ")");
            }
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
