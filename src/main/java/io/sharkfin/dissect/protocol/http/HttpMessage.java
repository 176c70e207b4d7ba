package io.sharkfin.dissect.protocol.http;

/**
 * What HTTP learns while reading one message, for the parts that come after its headers
 * (Wireshark's {@code headers_t} and the message's {@code stat_info}). One instance is reset and
 * reused for every message.
 */
final class HttpMessage {
    /** Kinds of first line (Wireshark's {@code http_type_t}). */
    enum Type { REQUEST, RESPONSE, NOTIFICATION, OTHERS }

    /** Transfer codings other than chunked (Wireshark's {@code http_transfer_coding}). */
    enum TransferCoding { NONE, COMPRESS, DEFLATE, GZIP, IDENTITY, UNKNOWN }

    Type type;
    String requestMethod;
    String requestUri;
    String host;
    int responseCode;

    /** Content-Type without parameters, lower case; null when absent. */
    String contentType;
    /** What follows the media type (its parameters), or null. */
    String contentTypeParameters;
    boolean haveContentLength;
    long contentLength;
    String contentEncoding;
    boolean chunked;
    TransferCoding transferCoding;
    String upgrade;

    void reset() {
        type = Type.OTHERS;
        requestMethod = null;
        requestUri = null;
        host = null;
        responseCode = 0;
        contentType = null;
        contentTypeParameters = null;
        haveContentLength = false;
        contentLength = 0;
        contentEncoding = null;
        chunked = false;
        transferCoding = TransferCoding.NONE;
        upgrade = null;
    }
}
