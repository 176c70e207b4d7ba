package io.sharkfin.dissect.protocol.http;

import java.util.HashMap;
import java.util.Map;

/** Wireshark's {@code vals_http_status_code}: the text {@code http.response.code.desc} shows. */
final class StatusCodes {
    private StatusCodes() {
    }

    private static final Map<Integer, String> TEXT = new HashMap<>();

    static {
        put(100, "Continue");
        put(101, "Switching Protocols");
        put(102, "Processing");
        put(103, "Early Hints");
        put(199, "Informational - Others");
        put(200, "OK");
        put(201, "Created");
        put(202, "Accepted");
        put(203, "Non-authoritative Information");
        put(204, "No Content");
        put(205, "Reset Content");
        put(206, "Partial Content");
        put(207, "Multi-Status");
        put(208, "Already Reported");
        put(226, "IM Used");
        put(299, "Success - Others");
        put(300, "Multiple Choices");
        put(301, "Moved Permanently");
        put(302, "Found");
        put(303, "See Other");
        put(304, "Not Modified");
        put(305, "Use Proxy");
        put(307, "Temporary Redirect");
        put(308, "Permanent Redirect");
        put(399, "Redirection - Others");
        put(400, "Bad Request");
        put(401, "Unauthorized");
        put(402, "Payment Required");
        put(403, "Forbidden");
        put(404, "Not Found");
        put(405, "Method Not Allowed");
        put(406, "Not Acceptable");
        put(407, "Proxy Authentication Required");
        put(408, "Request Time-out");
        put(409, "Conflict");
        put(410, "Gone");
        put(411, "Length Required");
        put(412, "Precondition Failed");
        put(413, "Request Entity Too Large");
        put(414, "Request-URI Too Long");
        put(415, "Unsupported Media Type");
        put(416, "Requested Range Not Satisfiable");
        put(417, "Expectation Failed");
        put(418, "I'm a teapot");
        put(421, "Misdirected Request");
        put(422, "Unprocessable Entity");
        put(423, "Locked");
        put(424, "Failed Dependency");
        put(425, "Too Early");
        put(426, "Upgrade Required");
        put(428, "Precondition Required");
        put(429, "Too Many Requests");
        put(431, "Request Header Fields Too Large");
        put(451, "Unavailable For Legal Reasons");
        put(499, "Client Error - Others");
        put(500, "Internal Server Error");
        put(501, "Not Implemented");
        put(502, "Bad Gateway");
        put(503, "Service Unavailable");
        put(504, "Gateway Time-out");
        put(505, "HTTP Version not supported");
        put(506, "Variant Also Negotiates");
        put(507, "Insufficient Storage");
        put(508, "Loop Detected");
        put(510, "Not Extended");
        put(511, "Network Authentication Required");
        put(599, "Server Error - Others");
    }

    private static void put(int code, String text) {
        TEXT.put(code, text);
    }

    /** The description, or "Unknown (code)" as {@code val_to_str} words it. */
    static String describe(long code) {
        String s = TEXT.get((int) code);
        return s != null && code == (int) code ? s : "Unknown (" + (int) code + ")";
    }
}
