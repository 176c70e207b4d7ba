package io.sharkfin.dissect.protocol.imf;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The IMF fields: Wireshark 4.0's built-in ones ({@code imf.*}, made with
 * {@code src/tools/gen-field-specs.py} from {@code src/tools/imf-fields.txt}) and packet-imf.c's
 * expert info. The custom header fields a user may configure in Wireshark are not there.
 */
public final class ImfFields {
    private ImfFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    public static final FieldSpec IMF = FieldSpec.protocol("imf", "Internet Message Format");

    public static final FieldSpec DATE = f("imf.date", "Date", FieldType.STRING, "", 0x0);
    public static final FieldSpec FROM = f("imf.from", "From", FieldType.STRING, "", 0x0);
    public static final FieldSpec SENDER = f("imf.sender", "Sender", FieldType.STRING, "", 0x0);
    public static final FieldSpec REPLY_TO = f("imf.reply_to", "Reply-To", FieldType.STRING, "", 0x0);
    public static final FieldSpec TO = f("imf.to", "To", FieldType.STRING, "", 0x0);
    public static final FieldSpec CC = f("imf.cc", "Cc", FieldType.STRING, "", 0x0);
    public static final FieldSpec BCC = f("imf.bcc", "Bcc", FieldType.STRING, "", 0x0);
    public static final FieldSpec MESSAGE_ID = f("imf.message_id", "Message-ID", FieldType.STRING, "", 0x0);
    public static final FieldSpec IN_REPLY_TO = f("imf.in_reply_to", "In-Reply-To", FieldType.STRING, "", 0x0);
    public static final FieldSpec REFERENCES = f("imf.references", "References", FieldType.STRING, "", 0x0);
    public static final FieldSpec SUBJECT = f("imf.subject", "Subject", FieldType.STRING, "", 0x0);
    public static final FieldSpec COMMENTS = f("imf.comments", "Comments", FieldType.STRING, "", 0x0);
    public static final FieldSpec USER_AGENT = f("imf.user_agent", "User-Agent", FieldType.STRING, "", 0x0);
    public static final FieldSpec KEYWORDS = f("imf.keywords", "Keywords", FieldType.STRING, "", 0x0);
    public static final FieldSpec RESENT_DATE = f("imf.resent.date", "Resent-Date", FieldType.STRING, "", 0x0);
    public static final FieldSpec RESENT_FROM = f("imf.resent.from", "Resent-From", FieldType.STRING, "", 0x0);
    public static final FieldSpec RESENT_SENDER = f("imf.resent.sender", "Resent-Sender", FieldType.STRING, "", 0x0);
    public static final FieldSpec RESENT_TO = f("imf.resent.to", "Resent-To", FieldType.STRING, "", 0x0);
    public static final FieldSpec RESENT_CC = f("imf.resent.cc", "Resent-Cc", FieldType.STRING, "", 0x0);
    public static final FieldSpec RESENT_BCC = f("imf.resent.bcc", "Resent-Bcc", FieldType.STRING, "", 0x0);
    public static final FieldSpec RESENT_MESSAGE_ID = f("imf.resent.message_id", "Resent-Message-ID", FieldType.STRING, "", 0x0);
    public static final FieldSpec RETURN_PATH = f("imf.return_path", "Return-Path", FieldType.STRING, "", 0x0);
    public static final FieldSpec RECEIVED = f("imf.received", "Received", FieldType.STRING, "", 0x0);
    public static final FieldSpec CONTENT_TYPE = f("imf.content.type", "Content-Type", FieldType.STRING, "", 0x0);
    public static final FieldSpec CONTENT_TYPE_TYPE = f("imf.content.type.type", "Type", FieldType.STRING, "", 0x0);
    public static final FieldSpec CONTENT_TYPE_PARAMETERS = f("imf.content.type.parameters", "Parameters", FieldType.STRING, "", 0x0);
    public static final FieldSpec CONTENT_DESCRIPTION = f("imf.content.description", "Content-Description", FieldType.STRING, "", 0x0);
    public static final FieldSpec CONTENT_ID = f("imf.content.id", "Content-ID", FieldType.STRING, "", 0x0);
    public static final FieldSpec CONTENT_TRANSFER_ENCODING = f("imf.content.transfer_encoding", "Content-Transfer-Encoding", FieldType.STRING, "", 0x0);
    public static final FieldSpec MIME_VERSION = f("imf.mime_version", "MIME-Version", FieldType.STRING, "", 0x0);
    public static final FieldSpec AUTOFORWARDED = f("imf.autoforwarded", "Autoforwarded", FieldType.STRING, "", 0x0);
    public static final FieldSpec AUTOSUBMITTED = f("imf.autosubmitted", "Autosubmitted", FieldType.STRING, "", 0x0);
    public static final FieldSpec X400_CONTENT_IDENTIFIER = f("imf.x400_content_identifier", "X400-Content-Identifier", FieldType.STRING, "", 0x0);
    public static final FieldSpec CONTENT_LANGUAGE = f("imf.content_language", "Content-Language", FieldType.STRING, "", 0x0);
    public static final FieldSpec CONVERSION = f("imf.conversion", "Conversion", FieldType.STRING, "", 0x0);
    public static final FieldSpec CONVERSION_WITH_LOSS = f("imf.conversion_with_loss", "Conversion-With-Loss", FieldType.STRING, "", 0x0);
    public static final FieldSpec DELIVERY_DATE = f("imf.delivery_date", "Delivery-Date", FieldType.STRING, "", 0x0);
    public static final FieldSpec DISCARDED_X400_IPMS_EXTENSIONS = f("imf.discarded_x400_ipms_extensions", "Discarded-X400-IPMS-Extensions", FieldType.STRING, "", 0x0);
    public static final FieldSpec DISCARDED_X400_MTS_EXTENSIONS = f("imf.discarded_x400_mts_extensions", "Discarded-X400-MTS-Extensions", FieldType.STRING, "", 0x0);
    public static final FieldSpec DL_EXPANSION_HISTORY = f("imf.dl_expansion_history", "DL-Expansion-History", FieldType.STRING, "", 0x0);
    public static final FieldSpec DEFERRED_DELIVERY = f("imf.deferred_delivery", "Deferred-Delivery", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXPIRES = f("imf.expires", "Expires", FieldType.STRING, "", 0x0);
    public static final FieldSpec IMPORTANCE = f("imf.importance", "Importance", FieldType.STRING, "", 0x0);
    public static final FieldSpec INCOMPLETE_COPY = f("imf.incomplete_copy", "Incomplete-Copy", FieldType.STRING, "", 0x0);
    public static final FieldSpec LATEST_DELIVERY_TIME = f("imf.latest_delivery_time", "Latest-Delivery-Time", FieldType.STRING, "", 0x0);
    public static final FieldSpec MESSAGE_TYPE = f("imf.message_type", "Message-Type", FieldType.STRING, "", 0x0);
    public static final FieldSpec ORIGINAL_ENCODED_INFORMATION_TYPES = f("imf.original_encoded_information_types", "Original-Encoded-Information-Types", FieldType.STRING, "", 0x0);
    public static final FieldSpec ORIGINATOR_RETURN_ADDRESS = f("imf.originator_return_address", "Originator-Return-Address", FieldType.STRING, "", 0x0);
    public static final FieldSpec PRIORITY = f("imf.priority", "Priority", FieldType.STRING, "", 0x0);
    public static final FieldSpec REPLY_BY = f("imf.reply_by", "Reply-By", FieldType.STRING, "", 0x0);
    public static final FieldSpec SENSITIVITY = f("imf.sensitivity", "Sensitivity", FieldType.STRING, "", 0x0);
    public static final FieldSpec SUPERSEDES = f("imf.supersedes", "Supersedes", FieldType.STRING, "", 0x0);
    public static final FieldSpec X400_CONTENT_TYPE = f("imf.x400_content_type", "X400-Content-Type", FieldType.STRING, "", 0x0);
    public static final FieldSpec X400_MTS_IDENTIFIER = f("imf.x400_mts_identifier", "X400-MTS-Identifier", FieldType.STRING, "", 0x0);
    public static final FieldSpec X400_ORIGINATOR = f("imf.x400_originator", "X400-Originator", FieldType.STRING, "", 0x0);
    public static final FieldSpec X400_RECEIVED = f("imf.x400_received", "X400-Received", FieldType.STRING, "", 0x0);
    public static final FieldSpec X400_RECIPIENTS = f("imf.x400_recipients", "X400-Recipients", FieldType.STRING, "", 0x0);
    public static final FieldSpec DELIVERED_TO = f("imf.delivered_to", "Delivered-To", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXT_MAILER = f("imf.ext.mailer", "X-Mailer", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXT_MIMEOLE = f("imf.ext.mimeole", "X-MimeOLE", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXT_EXPIRY_DATE = f("imf.ext.expiry-date", "Expiry-Date", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXT_TNEF_CORRELATOR = f("imf.ext.tnef-correlator", "X-MS-TNEF-Correlator", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXT_UIDL = f("imf.ext.uidl", "X-UIDL", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXT_AUTHENTICATION_WARNING = f("imf.ext.authentication_warning", "X-Authentication-Warning", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXT_VIRUS_SCANNED = f("imf.ext.virus_scanned", "X-Virus-Scanned", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXT_ORIGINAL_TO = f("imf.ext.original-to", "X-Original-To", FieldType.STRING, "", 0x0);
    public static final FieldSpec THREAD_INDEX = f("imf.thread-index", "Thread-Index", FieldType.STRING, "", 0x0);
    public static final FieldSpec LINES = f("imf.lines", "Lines", FieldType.STRING, "", 0x0);
    public static final FieldSpec PRECEDENCE = f("imf.precedence", "Precedence", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXTENSION = f("imf.extension", "Unknown-Extension", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXTENSION_TYPE = f("imf.extension.type", "Type", FieldType.STRING, "", 0x0);
    public static final FieldSpec EXTENSION_VALUE = f("imf.extension.value", "Value", FieldType.STRING, "", 0x0);
    public static final FieldSpec DISPLAY_NAME = f("imf.display_name", "Display-Name", FieldType.STRING, "", 0x0);
    public static final FieldSpec ADDRESS = f("imf.address", "Address", FieldType.STRING, "", 0x0);
    public static final FieldSpec ADDRESS_LIST_ITEM = f("imf.address_list.item", "Item", FieldType.STRING, "", 0x0);
    public static final FieldSpec MAILBOX_LIST_ITEM = f("imf.mailbox_list.item", "Item", FieldType.STRING, "", 0x0);
    public static final FieldSpec SIOLABEL = f("imf.siolabel", "SIO-Label", FieldType.NONE, "", 0x0);
    public static final FieldSpec SIOLABEL_MARKING = f("imf.siolabel.marking", "Marking", FieldType.STRING, "", 0x0);
    public static final FieldSpec SIOLABEL_FGCOLOR = f("imf.siolabel.fgcolor", "Foreground Color", FieldType.STRING, "", 0x0);
    public static final FieldSpec SIOLABEL_BGCOLOR = f("imf.siolabel.bgcolor", "Background Color", FieldType.STRING, "", 0x0);
    public static final FieldSpec SIOLABEL_TYPE = f("imf.siolabel.type", "Type", FieldType.STRING, "", 0x0);
    public static final FieldSpec SIOLABEL_LABEL = f("imf.siolabel.label", "Label", FieldType.STRING, "", 0x0);
    public static final FieldSpec SIOLABEL_UNKNOWN = f("imf.siolabel.unknown", "Unknown parameter", FieldType.STRING, "", 0x0);
    public static final FieldSpec MESSAGE_TEXT = f("imf.message_text", "Message-Text", FieldType.NONE, "", 0x0);

    public static final Expert.Info UNKNOWN_PARAM = Expert.Info.of("imf.unknown_param",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Unknown parameter");

    /** IMF's fields and findings, protocol first. */
    static final List<FieldSpec> ALL = DeclaredFields.of(ImfFields.class);
}
