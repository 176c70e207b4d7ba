package io.sharkfin.dissect.protocol.http;

/**
 * Wireshark's {@code http_parse_transfer_coding}: "chunked" plus at most one other coding
 * (compress, deflate, gzip, identity and their x- forms), matched as prefixes.
 */
final class TransferCodings {
    private TransferCodings() {
    }

    private static final String[] NAMES = {"compress", "deflate", "gzip", "identity", "x-compress", "x-gzip"};
    private static final HttpMessage.TransferCoding[] CODINGS = {
        HttpMessage.TransferCoding.COMPRESS, HttpMessage.TransferCoding.DEFLATE,
        HttpMessage.TransferCoding.GZIP, HttpMessage.TransferCoding.IDENTITY,
        HttpMessage.TransferCoding.COMPRESS, HttpMessage.TransferCoding.GZIP};

    /** Records the codings in {@code m}; false when a name was not understood. */
    static boolean parse(String value, HttpMessage m) {
        boolean fullyParsed = true;
        m.transferCoding = HttpMessage.TransferCoding.UNKNOWN;
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && (value.charAt(i) == ' ' || value.charAt(i) == '\t' || value.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (value.startsWith("chunked", i)) {
                m.chunked = true;
                i += 7;
                continue;
            }
            if (m.transferCoding != HttpMessage.TransferCoding.UNKNOWN) {
                fullyParsed = false;
                break;
            }
            int k = 0;
            while (k < NAMES.length && !value.startsWith(NAMES[k], i)) {
                k++;
            }
            if (k < NAMES.length) {
                m.transferCoding = CODINGS[k];
                i += NAMES[k].length();
            } else {
                fullyParsed = false;
                int comma = value.indexOf(',', i);
                if (comma < 0) {
                    break;
                }
                i = comma;
            }
        }
        return fullyParsed;
    }
}
