package io.sharkfin.dissect.protocol.http;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The content codings ({@code Content-Encoding}) HTTP's dissector decompresses, as Wireshark's
 * {@code http.decompress_body} does: gzip and deflate (and their {@code x-} names) with
 * {@link BodyInflater}, brotli ({@code br}) with {@link BrotliBody}. Any other is not decoded.
 */
public enum ContentCoding {
    DEFLATE(BodyInflater::inflate, "gzip", "deflate", "x-gzip", "x-deflate"),
    BROTLI(BrotliBody::decode, "br");

    private final UnaryOperator<byte[]> decoder;
    private final String[] names;

    ContentCoding(UnaryOperator<byte[]> decoder, String... names) {
        this.decoder = decoder;
        this.names = names;
    }

    /** The coding of a {@code Content-Encoding} value (any case), or null when it is not decoded. */
    public static ContentCoding of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ContentCoding c : values()) {
            for (String known : c.names) {
                if (known.equals(n)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The decoded body, or null when the data does not decode (also MIME multipart's parts). */
    public byte[] decode(byte[] body) {
        return decoder.apply(body);
    }
}
