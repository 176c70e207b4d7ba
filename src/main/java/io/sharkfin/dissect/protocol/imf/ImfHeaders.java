package io.sharkfin.dissect.protocol.imf;

import static io.sharkfin.dissect.protocol.imf.ImfFields.*;

import io.sharkfin.dissect.FieldSpec;

import java.util.HashMap;
import java.util.Map;

/** packet-imf.c's {@code imf_fields}: the header names it knows, their fields and how their values are read. */
final class ImfHeaders {
    private ImfHeaders() {
    }

    /** How a header's value is dissected further. */
    enum Kind { UNSTRUCTURED, MAILBOX, MAILBOX_LIST, ADDRESS_LIST }

    /** A known header: its lower-case name, field, kind, and whether the Info column shows it. */
    record Header(String name, FieldSpec field, Kind kind, boolean toColumn) {
    }

    private static final Map<String, Header> BY_NAME = new HashMap<>();

    private static void h(String name, FieldSpec field, Kind kind) {
        BY_NAME.put(name, new Header(name, field, kind, false));
    }

    private static void h(String name, FieldSpec field) {
        h(name, field, Kind.UNSTRUCTURED);
    }

    static {
        // a header named so is read as the unknown extension before it, as in the C table
        h("unknown-extension", EXTENSION_TYPE);
        h("date", DATE);
        BY_NAME.put("from", new Header("from", FROM, Kind.MAILBOX_LIST, true));
        h("sender", SENDER, Kind.MAILBOX);
        h("reply-to", REPLY_TO, Kind.ADDRESS_LIST);
        h("to", TO, Kind.ADDRESS_LIST);
        h("cc", CC, Kind.ADDRESS_LIST);
        h("bcc", BCC, Kind.ADDRESS_LIST);
        h("message-id", MESSAGE_ID);
        h("in-reply-to", IN_REPLY_TO);
        h("references", REFERENCES);
        BY_NAME.put("subject", new Header("subject", SUBJECT, Kind.UNSTRUCTURED, true));
        h("comments", COMMENTS);
        h("user-agent", USER_AGENT);
        h("keywords", KEYWORDS);
        h("resent-date", RESENT_DATE);
        h("resent-from", RESENT_FROM, Kind.MAILBOX_LIST);
        h("resent-sender", RESENT_SENDER, Kind.MAILBOX);
        h("resent-to", RESENT_TO, Kind.ADDRESS_LIST);
        h("resent-cc", RESENT_CC, Kind.ADDRESS_LIST);
        h("resent-bcc", RESENT_BCC, Kind.ADDRESS_LIST);
        h("resent-message-id", RESENT_MESSAGE_ID);
        h("return-path", RETURN_PATH);
        h("received", RECEIVED);
        h("content-type", CONTENT_TYPE);
        h("content-id", CONTENT_ID);
        h("content-description", CONTENT_DESCRIPTION);
        h("content-transfer-encoding", CONTENT_TRANSFER_ENCODING);
        h("mime-version", MIME_VERSION);
        h("autoforwarded", AUTOFORWARDED);
        h("autosubmitted", AUTOSUBMITTED);
        h("x400-content-identifier", X400_CONTENT_IDENTIFIER);
        h("content-language", CONTENT_LANGUAGE);
        h("conversion", CONVERSION);
        h("conversion-with-loss", CONVERSION_WITH_LOSS);
        h("delivery-date", DELIVERY_DATE);
        h("discarded-x400-ipms-extensions", DISCARDED_X400_IPMS_EXTENSIONS);
        h("discarded-x400-mts-extensions", DISCARDED_X400_MTS_EXTENSIONS);
        h("dl-expansion-history", DL_EXPANSION_HISTORY);
        h("deferred-delivery", DEFERRED_DELIVERY);
        h("expires", EXPIRES);
        h("importance", IMPORTANCE);
        h("incomplete-copy", INCOMPLETE_COPY);
        h("latest-delivery-time", LATEST_DELIVERY_TIME);
        h("message-type", MESSAGE_TYPE);
        h("original-encoded-information-types", ORIGINAL_ENCODED_INFORMATION_TYPES);
        h("originator-return-address", ORIGINATOR_RETURN_ADDRESS);
        h("priority", PRIORITY);
        h("reply-by", REPLY_BY);
        h("sensitivity", SENSITIVITY);
        h("supersedes", SUPERSEDES);
        h("x400-content-type", X400_CONTENT_TYPE);
        h("x400-mts-identifier", X400_MTS_IDENTIFIER);
        h("x400-originator", X400_ORIGINATOR);
        h("x400-received", X400_RECEIVED);
        h("x400-recipients", X400_RECIPIENTS);
        h("delivered-to", DELIVERED_TO, Kind.MAILBOX);
        h("x-mailer", EXT_MAILER);
        h("thread-index", THREAD_INDEX);
        h("lines", LINES);
        h("precedence", PRECEDENCE);
        h("x-mimeole", EXT_MIMEOLE);
        h("expiry-date", EXT_EXPIRY_DATE);
        h("x-ms-tnef-correlator", EXT_TNEF_CORRELATOR);
        h("x-uidl", EXT_UIDL);
        h("x-authentication-warning", EXT_AUTHENTICATION_WARNING);
        h("x-virus-scanned", EXT_VIRUS_SCANNED);
        h("x-original-to", EXT_ORIGINAL_TO, Kind.ADDRESS_LIST);
        h("sio-label", SIOLABEL);
    }

    /** The header of a lower-case name, or null for an unknown extension. */
    static Header of(String name) {
        return BY_NAME.get(name);
    }
}
