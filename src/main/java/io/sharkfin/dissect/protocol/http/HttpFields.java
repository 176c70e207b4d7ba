package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.FileFingerprints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Wireshark 4.0's HTTP fields (packet-http.c's {@code hf} and {@code ei} arrays), with the names,
 * titles, types and descriptions tshark registers, and the SSDP protocol, whose items are HTTP's.
 */
public final class HttpFields {
    private HttpFields() {
    }

    public static final FieldSpec HTTP = FieldSpec.protocol("http", "Hypertext Transfer Protocol");
    public static final FieldSpec SSDP = FieldSpec.protocol("ssdp", "Simple Service Discovery Protocol");

    private static final List<FieldSpec> ALL_FIELDS = new ArrayList<>();

    public static final FieldSpec NOTIFICATION = bool("http.notification", "Notification",
            "TRUE if HTTP notification");
    public static final FieldSpec RESPONSE = bool("http.response", "Response", "TRUE if HTTP response");
    public static final FieldSpec REQUEST = bool("http.request", "Request", "TRUE if HTTP request");
    public static final FieldSpec RESPONSE_NUMBER = field("http.response_number", "Response number",
            FieldType.UINT32, "BASE_DEC", "");
    public static final FieldSpec REQUEST_NUMBER = field("http.request_number", "Request number",
            FieldType.UINT32, "BASE_DEC", "");
    public static final FieldSpec AUTHBASIC = string("http.authbasic", "Credentials", "");
    public static final FieldSpec AUTHCITRIX = bool("http.authcitrix", "Citrix AG Auth",
            "TRUE if CitrixAGBasic Auth");
    public static final FieldSpec AUTHCITRIX_USER = string("http.authcitrix.user", "Citrix AG Username", "");
    public static final FieldSpec AUTHCITRIX_DOMAIN = string("http.authcitrix.domain", "Citrix AG Domain", "");
    public static final FieldSpec AUTHCITRIX_PASSWORD = string("http.authcitrix.password",
            "Citrix AG Password", "");
    public static final FieldSpec AUTHCITRIX_SESSION = string("http.authcitrix.session",
            "Citrix AG Session ID", "");
    public static final FieldSpec RESPONSE_LINE = string("http.response.line", "Response line", "");
    public static final FieldSpec REQUEST_LINE = string("http.request.line", "Request line", "");
    public static final FieldSpec REQUEST_METHOD = string("http.request.method", "Request Method",
            "HTTP Request Method");
    public static final FieldSpec REQUEST_URI = string("http.request.uri", "Request URI", "HTTP Request-URI");
    public static final FieldSpec REQUEST_URI_PATH = string("http.request.uri.path", "Request URI Path",
            "HTTP Request-URI Path");
    public static final FieldSpec REQUEST_URI_QUERY = string("http.request.uri.query", "Request URI Query",
            "HTTP Request-URI Query");
    public static final FieldSpec REQUEST_URI_QUERY_PARAMETER = string("http.request.uri.query.parameter",
            "Request URI Query Parameter", "HTTP Request-URI Query Parameter");
    public static final FieldSpec REQUEST_VERSION = string("http.request.version", "Request Version",
            "HTTP Request HTTP-Version");
    public static final FieldSpec RESPONSE_VERSION = string("http.response.version", "Response Version",
            "HTTP Response HTTP-Version");
    public static final FieldSpec REQUEST_FULL_URI = string("http.request.full_uri", "Full request URI",
            "The full requested URI (including host name)");
    public static final FieldSpec RESPONSE_CODE = field("http.response.code", "Status Code",
            FieldType.UINT16, "BASE_DEC", "HTTP Response Status Code");
    public static final FieldSpec RESPONSE_CODE_DESC = string("http.response.code.desc",
            "Status Code Description", "HTTP Response Status Code Description");
    public static final FieldSpec RESPONSE_FOR_URI = string("http.response_for.uri", "Request URI",
            "HTTP Response For-URI");
    public static final FieldSpec RESPONSE_PHRASE = string("http.response.phrase", "Response Phrase",
            "HTTP Response Reason Phrase");
    public static final FieldSpec AUTHORIZATION = string("http.authorization", "Authorization",
            "HTTP Authorization header");
    public static final FieldSpec PROXY_AUTHENTICATE = string("http.proxy_authenticate", "Proxy-Authenticate",
            "HTTP Proxy-Authenticate header");
    public static final FieldSpec PROXY_AUTHORIZATION = string("http.proxy_authorization",
            "Proxy-Authorization", "HTTP Proxy-Authorization header");
    public static final FieldSpec PROXY_CONNECT_HOST = string("http.proxy_connect_host",
            "Proxy-Connect-Hostname", "HTTP Proxy Connect Hostname");
    public static final FieldSpec PROXY_CONNECT_PORT = field("http.proxy_connect_port", "Proxy-Connect-Port",
            FieldType.UINT16, "BASE_DEC", "HTTP Proxy Connect Port");
    public static final FieldSpec WWW_AUTHENTICATE = string("http.www_authenticate", "WWW-Authenticate",
            "HTTP WWW-Authenticate header");
    public static final FieldSpec CONTENT_TYPE = string("http.content_type", "Content-Type",
            "HTTP Content-Type header");
    public static final FieldSpec CONTENT_LENGTH_HEADER = string("http.content_length_header",
            "Content-Length", "HTTP Content-Length header");
    public static final FieldSpec CONTENT_LENGTH = field("http.content_length", "Content length",
            FieldType.UINT64, "BASE_DEC", "");
    public static final FieldSpec CONTENT_ENCODING = string("http.content_encoding", "Content-Encoding",
            "HTTP Content-Encoding header");
    public static final FieldSpec TRANSFER_ENCODING = string("http.transfer_encoding", "Transfer-Encoding",
            "HTTP Transfer-Encoding header");
    public static final FieldSpec UPGRADE = string("http.upgrade", "Upgrade", "HTTP Upgrade header");
    public static final FieldSpec USER_AGENT = string("http.user_agent", "User-Agent", "HTTP User-Agent header");
    public static final FieldSpec HOST = string("http.host", "Host", "HTTP Host");
    public static final FieldSpec CONNECTION = string("http.connection", "Connection", "HTTP Connection");
    public static final FieldSpec COOKIE = string("http.cookie", "Cookie", "HTTP Cookie");
    public static final FieldSpec COOKIE_PAIR = string("http.cookie_pair", "Cookie pair",
            "A name/value HTTP cookie pair");
    public static final FieldSpec ACCEPT = string("http.accept", "Accept", "HTTP Accept");
    public static final FieldSpec REFERER = string("http.referer", "Referer", "HTTP Referer");
    public static final FieldSpec ACCEPT_LANGUAGE = string("http.accept_language", "Accept-Language",
            "HTTP Accept Language");
    public static final FieldSpec ACCEPT_ENCODING = string("http.accept_encoding", "Accept Encoding",
            "HTTP Accept Encoding");
    public static final FieldSpec DATE = string("http.date", "Date", "HTTP Date");
    public static final FieldSpec CACHE_CONTROL = string("http.cache_control", "Cache-Control",
            "HTTP Cache Control");
    public static final FieldSpec SERVER = string("http.server", "Server", "HTTP Server");
    public static final FieldSpec LOCATION = string("http.location", "Location", "HTTP Location");
    public static final FieldSpec SEC_WEBSOCKET_ACCEPT = string("http.sec_websocket_accept",
            "Sec-WebSocket-Accept", "");
    public static final FieldSpec SEC_WEBSOCKET_EXTENSIONS = string("http.sec_websocket_extensions",
            "Sec-WebSocket-Extensions", "");
    public static final FieldSpec SEC_WEBSOCKET_KEY = string("http.sec_websocket_key", "Sec-WebSocket-Key", "");
    public static final FieldSpec SEC_WEBSOCKET_PROTOCOL = string("http.sec_websocket_protocol",
            "Sec-WebSocket-Protocol", "");
    public static final FieldSpec SEC_WEBSOCKET_VERSION = string("http.sec_websocket_version",
            "Sec-WebSocket-Version", "");
    public static final FieldSpec SET_COOKIE = string("http.set_cookie", "Set-Cookie", "HTTP Set Cookie");
    public static final FieldSpec LAST_MODIFIED = string("http.last_modified", "Last-Modified",
            "HTTP Last Modified");
    public static final FieldSpec X_FORWARDED_FOR = string("http.x_forwarded_for", "X-Forwarded-For",
            "HTTP X-Forwarded-For");
    public static final FieldSpec HTTP2_SETTINGS = string("http.http2_settings", "HTTP2-Settings", "");
    public static final FieldSpec REQUEST_IN = field("http.request_in", "Request in frame",
            FieldType.FRAMENUM, "BASE_NONE", "This packet is a response to the packet with this number");
    public static final FieldSpec RESPONSE_IN = field("http.response_in", "Response in frame",
            FieldType.FRAMENUM, "BASE_NONE", "This packet will be responded in the packet with this number");
    public static final FieldSpec NEXT_REQUEST_IN = field("http.next_request_in", "Next request in frame",
            FieldType.FRAMENUM, "BASE_NONE", "The next HTTP request starts in packet number");
    public static final FieldSpec NEXT_RESPONSE_IN = field("http.next_response_in", "Next response in frame",
            FieldType.FRAMENUM, "BASE_NONE", "The next HTTP response starts in packet number");
    public static final FieldSpec PREV_REQUEST_IN = field("http.prev_request_in", "Prev request in frame",
            FieldType.FRAMENUM, "BASE_NONE", "The previous HTTP request starts in packet number");
    public static final FieldSpec PREV_RESPONSE_IN = field("http.prev_response_in", "Prev response in frame",
            FieldType.FRAMENUM, "BASE_NONE", "The previous HTTP response starts in packet number");
    public static final FieldSpec TIME = field("http.time", "Time since request", FieldType.RELATIVE_TIME,
            "BASE_NONE", "Time since the request was sent");
    public static final FieldSpec CHUNKED_TRAILER_PART = string("http.chunked_trailer_part", "trailer-part",
            "Optional trailer in a chunked body");
    public static final FieldSpec CHUNK_BOUNDARY = field("http.chunk_boundary", "Chunk boundary",
            FieldType.BYTES, "BASE_NONE", "");
    public static final FieldSpec CHUNK_SIZE = field("http.chunk_size", "Chunk size", FieldType.UINT32,
            "BASE_DEC", "");
    public static final FieldSpec CHUNK_DATA = field("http.chunk_data", "Chunk data", FieldType.BYTES,
            "BASE_NONE", "");
    public static final FieldSpec FILE_DATA = string("http.file_data", "File Data", "");
    public static final FieldSpec UNKNOWN_HEADER = string("http.unknown_header", "Unknown header", "");
    public static final FieldSpec HTTP2_SETTINGS_URI = field("http.http2_settings_uri", "HTTP2 Settings URI",
            FieldType.BYTES, "BASE_NONE", "");
    public static final FieldSpec PATH_SEGMENT = string("http.path_segment", "Path segment", "");
    public static final FieldSpec PATH_SUB_SEGMENT = string("http.path_sub_segment", "Path sub segment", "");

    // ------------------------------------------------------------------ sharkfin's own

    // hidden items, as Wireshark's filter-only fields: -V does not draw them (its trees stay
    // tshark's); filters, -e and JSON, which writes hidden items too, see them
    public static final FieldSpec FILE_SHA256 = own("http.file_data.sha256", "File SHA-256",
            "sharkfin: SHA-256 of an entity body (after transfer and content decoding: the bytes Export Objects saves), lower-case hexadecimal");
    public static final FieldSpec FILE_MD5 = own("http.file_data.md5", "File MD5",
            "sharkfin: MD5 of an entity body (as http.file_data.sha256), lower-case hexadecimal");
    public static final FieldSpec FILE_MAGIC = own("http.file_data.magic", "File type by content",
            "sharkfin: media type of an entity body by its first bytes, as Zeek names it (application/x-dosexec, application/zip, ...); absent when they show none");

    // expert infos (ei array)
    public static final Expert.Info CHAT = expert("http.chat", Expert.Group.SEQUENCE, Expert.Severity.CHAT,
            "Formatted text");
    public static final Expert.Info TE_AND_LENGTH = expert("http.te_and_length", Expert.Group.MALFORMED,
            Expert.Severity.WARN,
            "The Content-Length and Transfer-Encoding header must not be set together");
    public static final Expert.Info TE_UNKNOWN = expert("http.te_unknown", Expert.Group.UNDECODED,
            Expert.Severity.WARN, "Unknown transfer coding name in Transfer-Encoding header");
    public static final Expert.Info SUBDISSECTOR_FAILED = expert("http.subdissector_failed",
            Expert.Group.MALFORMED, Expert.Severity.NOTE,
            "HTTP body subdissector failed, trying heuristic subdissector");
    public static final Expert.Info TLS_PORT = expert("http.tls_port", Expert.Group.SECURITY,
            Expert.Severity.WARN, "Unencrypted HTTP protocol detected over encrypted port, could indicate a "
                    + "dangerous misconfiguration.");
    public static final Expert.Info LEADING_CRLF = expert("http.leading_crlf", Expert.Group.MALFORMED,
            Expert.Severity.ERROR, "Leading CRLF previous message in the stream may have extra CRLF");
    public static final Expert.Info BAD_HEADER_NAME = expert("http.bad_header_name", Expert.Group.PROTOCOL,
            Expert.Severity.WARN, "Illegal characters found in header name");
    public static final Expert.Info DECOMPRESSION_FAILED = expert("http.decompression_failed",
            Expert.Group.UNDECODED, Expert.Severity.WARN, "Decompression failed");
    public static final Expert.Info DECOMPRESSION_DISABLED = expert("http.decompression_disabled",
            Expert.Group.UNDECODED, Expert.Severity.CHAT, "Decompression disabled");

    /** Every field above (not the protocols), in Wireshark's registration order. */
    public static final List<FieldSpec> ALL = Collections.unmodifiableList(ALL_FIELDS);

    private static FieldSpec field(String name, String title, FieldType type, String display, String blurb) {
        // tshark -G fields shows no base for non-integer fields
        String base = "BASE_NONE".equals(display) && (!type.isInteger() || type == FieldType.FRAMENUM) ? "" : display;
        FieldSpec f = FieldSpec.of(name, title, type).base(base).describe(blurb);
        ALL_FIELDS.add(f);
        return f;
    }

    /** The three, for {@link io.sharkfin.dissect.protocol.FileFingerprints}. */
    public static final FileFingerprints.Fields FILE = new FileFingerprints.Fields(FILE_SHA256, FILE_MD5, FILE_MAGIC, null);

    private static FieldSpec own(String name, String title, String blurb) {
        FieldSpec f = FieldSpec.of(name, title, FieldType.STRING).describe(blurb);
        ALL_FIELDS.add(f);
        return f;
    }

    private static FieldSpec string(String name, String title, String blurb) {
        return field(name, title, FieldType.STRING, "BASE_NONE", blurb);
    }

    private static FieldSpec bool(String name, String title, String blurb) {
        return field(name, title, FieldType.BOOLEAN, "0", blurb);
    }

    private static Expert.Info expert(String name, Expert.Group group, Expert.Severity severity, String text) {
        Expert.Info info = Expert.Info.of(name, group, severity, text);
        ALL_FIELDS.add(info.field());
        return info;
    }
}
