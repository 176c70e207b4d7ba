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

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec IMF = SPECS.add(FieldSpec.protocol("imf", "Internet Message Format"));

    public static final FieldSpec DATE = SPECS.add(f("imf.date", "Date", FieldType.STRING, "", 0x0));
    public static final FieldSpec FROM = SPECS.add(f("imf.from", "From", FieldType.STRING, "", 0x0));
    public static final FieldSpec SENDER = SPECS.add(f("imf.sender", "Sender", FieldType.STRING, "", 0x0));
    public static final FieldSpec REPLY_TO = SPECS.add(f("imf.reply_to", "Reply-To", FieldType.STRING, "", 0x0));
    public static final FieldSpec TO = SPECS.add(f("imf.to", "To", FieldType.STRING, "", 0x0));
    public static final FieldSpec CC = SPECS.add(f("imf.cc", "Cc", FieldType.STRING, "", 0x0));
    public static final FieldSpec BCC = SPECS.add(f("imf.bcc", "Bcc", FieldType.STRING, "", 0x0));
    public static final FieldSpec MESSAGE_ID = SPECS.add(f("imf.message_id", "Message-ID", FieldType.STRING, "", 0x0));
    public static final FieldSpec IN_REPLY_TO = SPECS.add(f("imf.in_reply_to", "In-Reply-To", FieldType.STRING, "", 0x0));
    public static final FieldSpec REFERENCES = SPECS.add(f("imf.references", "References", FieldType.STRING, "", 0x0));
    public static final FieldSpec SUBJECT = SPECS.add(f("imf.subject", "Subject", FieldType.STRING, "", 0x0));
    public static final FieldSpec COMMENTS = SPECS.add(f("imf.comments", "Comments", FieldType.STRING, "", 0x0));
    public static final FieldSpec USER_AGENT = SPECS.add(f("imf.user_agent", "User-Agent", FieldType.STRING, "", 0x0));
    public static final FieldSpec KEYWORDS = SPECS.add(f("imf.keywords", "Keywords", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESENT_DATE = SPECS.add(f("imf.resent.date", "Resent-Date", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESENT_FROM = SPECS.add(f("imf.resent.from", "Resent-From", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESENT_SENDER = SPECS.add(f("imf.resent.sender", "Resent-Sender", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESENT_TO = SPECS.add(f("imf.resent.to", "Resent-To", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESENT_CC = SPECS.add(f("imf.resent.cc", "Resent-Cc", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESENT_BCC = SPECS.add(f("imf.resent.bcc", "Resent-Bcc", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESENT_MESSAGE_ID = SPECS.add(f("imf.resent.message_id", "Resent-Message-ID", FieldType.STRING, "", 0x0));
    public static final FieldSpec RETURN_PATH = SPECS.add(f("imf.return_path", "Return-Path", FieldType.STRING, "", 0x0));
    public static final FieldSpec RECEIVED = SPECS.add(f("imf.received", "Received", FieldType.STRING, "", 0x0));
    public static final FieldSpec CONTENT_TYPE = SPECS.add(f("imf.content.type", "Content-Type", FieldType.STRING, "", 0x0));
    public static final FieldSpec CONTENT_TYPE_TYPE = SPECS.add(f("imf.content.type.type", "Type", FieldType.STRING, "", 0x0));
    public static final FieldSpec CONTENT_TYPE_PARAMETERS = SPECS.add(f("imf.content.type.parameters", "Parameters", FieldType.STRING, "", 0x0));
    public static final FieldSpec CONTENT_DESCRIPTION = SPECS.add(f("imf.content.description", "Content-Description", FieldType.STRING, "", 0x0));
    public static final FieldSpec CONTENT_ID = SPECS.add(f("imf.content.id", "Content-ID", FieldType.STRING, "", 0x0));
    public static final FieldSpec CONTENT_TRANSFER_ENCODING = SPECS.add(f("imf.content.transfer_encoding", "Content-Transfer-Encoding", FieldType.STRING, "", 0x0));
    public static final FieldSpec MIME_VERSION = SPECS.add(f("imf.mime_version", "MIME-Version", FieldType.STRING, "", 0x0));
    public static final FieldSpec AUTOFORWARDED = SPECS.add(f("imf.autoforwarded", "Autoforwarded", FieldType.STRING, "", 0x0));
    public static final FieldSpec AUTOSUBMITTED = SPECS.add(f("imf.autosubmitted", "Autosubmitted", FieldType.STRING, "", 0x0));
    public static final FieldSpec X400_CONTENT_IDENTIFIER = SPECS.add(f("imf.x400_content_identifier", "X400-Content-Identifier", FieldType.STRING, "", 0x0));
    public static final FieldSpec CONTENT_LANGUAGE = SPECS.add(f("imf.content_language", "Content-Language", FieldType.STRING, "", 0x0));
    public static final FieldSpec CONVERSION = SPECS.add(f("imf.conversion", "Conversion", FieldType.STRING, "", 0x0));
    public static final FieldSpec CONVERSION_WITH_LOSS = SPECS.add(f("imf.conversion_with_loss", "Conversion-With-Loss", FieldType.STRING, "", 0x0));
    public static final FieldSpec DELIVERY_DATE = SPECS.add(f("imf.delivery_date", "Delivery-Date", FieldType.STRING, "", 0x0));
    public static final FieldSpec DISCARDED_X400_IPMS_EXTENSIONS = SPECS.add(f("imf.discarded_x400_ipms_extensions", "Discarded-X400-IPMS-Extensions", FieldType.STRING, "", 0x0));
    public static final FieldSpec DISCARDED_X400_MTS_EXTENSIONS = SPECS.add(f("imf.discarded_x400_mts_extensions", "Discarded-X400-MTS-Extensions", FieldType.STRING, "", 0x0));
    public static final FieldSpec DL_EXPANSION_HISTORY = SPECS.add(f("imf.dl_expansion_history", "DL-Expansion-History", FieldType.STRING, "", 0x0));
    public static final FieldSpec DEFERRED_DELIVERY = SPECS.add(f("imf.deferred_delivery", "Deferred-Delivery", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXPIRES = SPECS.add(f("imf.expires", "Expires", FieldType.STRING, "", 0x0));
    public static final FieldSpec IMPORTANCE = SPECS.add(f("imf.importance", "Importance", FieldType.STRING, "", 0x0));
    public static final FieldSpec INCOMPLETE_COPY = SPECS.add(f("imf.incomplete_copy", "Incomplete-Copy", FieldType.STRING, "", 0x0));
    public static final FieldSpec LATEST_DELIVERY_TIME = SPECS.add(f("imf.latest_delivery_time", "Latest-Delivery-Time", FieldType.STRING, "", 0x0));
    public static final FieldSpec MESSAGE_TYPE = SPECS.add(f("imf.message_type", "Message-Type", FieldType.STRING, "", 0x0));
    public static final FieldSpec ORIGINAL_ENCODED_INFORMATION_TYPES = SPECS.add(f("imf.original_encoded_information_types", "Original-Encoded-Information-Types", FieldType.STRING, "", 0x0));
    public static final FieldSpec ORIGINATOR_RETURN_ADDRESS = SPECS.add(f("imf.originator_return_address", "Originator-Return-Address", FieldType.STRING, "", 0x0));
    public static final FieldSpec PRIORITY = SPECS.add(f("imf.priority", "Priority", FieldType.STRING, "", 0x0));
    public static final FieldSpec REPLY_BY = SPECS.add(f("imf.reply_by", "Reply-By", FieldType.STRING, "", 0x0));
    public static final FieldSpec SENSITIVITY = SPECS.add(f("imf.sensitivity", "Sensitivity", FieldType.STRING, "", 0x0));
    public static final FieldSpec SUPERSEDES = SPECS.add(f("imf.supersedes", "Supersedes", FieldType.STRING, "", 0x0));
    public static final FieldSpec X400_CONTENT_TYPE = SPECS.add(f("imf.x400_content_type", "X400-Content-Type", FieldType.STRING, "", 0x0));
    public static final FieldSpec X400_MTS_IDENTIFIER = SPECS.add(f("imf.x400_mts_identifier", "X400-MTS-Identifier", FieldType.STRING, "", 0x0));
    public static final FieldSpec X400_ORIGINATOR = SPECS.add(f("imf.x400_originator", "X400-Originator", FieldType.STRING, "", 0x0));
    public static final FieldSpec X400_RECEIVED = SPECS.add(f("imf.x400_received", "X400-Received", FieldType.STRING, "", 0x0));
    public static final FieldSpec X400_RECIPIENTS = SPECS.add(f("imf.x400_recipients", "X400-Recipients", FieldType.STRING, "", 0x0));
    public static final FieldSpec DELIVERED_TO = SPECS.add(f("imf.delivered_to", "Delivered-To", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXT_MAILER = SPECS.add(f("imf.ext.mailer", "X-Mailer", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXT_MIMEOLE = SPECS.add(f("imf.ext.mimeole", "X-MimeOLE", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXT_EXPIRY_DATE = SPECS.add(f("imf.ext.expiry-date", "Expiry-Date", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXT_TNEF_CORRELATOR = SPECS.add(f("imf.ext.tnef-correlator", "X-MS-TNEF-Correlator", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXT_UIDL = SPECS.add(f("imf.ext.uidl", "X-UIDL", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXT_AUTHENTICATION_WARNING = SPECS.add(f("imf.ext.authentication_warning", "X-Authentication-Warning", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXT_VIRUS_SCANNED = SPECS.add(f("imf.ext.virus_scanned", "X-Virus-Scanned", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXT_ORIGINAL_TO = SPECS.add(f("imf.ext.original-to", "X-Original-To", FieldType.STRING, "", 0x0));
    public static final FieldSpec THREAD_INDEX = SPECS.add(f("imf.thread-index", "Thread-Index", FieldType.STRING, "", 0x0));
    public static final FieldSpec LINES = SPECS.add(f("imf.lines", "Lines", FieldType.STRING, "", 0x0));
    public static final FieldSpec PRECEDENCE = SPECS.add(f("imf.precedence", "Precedence", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXTENSION = SPECS.add(f("imf.extension", "Unknown-Extension", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXTENSION_TYPE = SPECS.add(f("imf.extension.type", "Type", FieldType.STRING, "", 0x0));
    public static final FieldSpec EXTENSION_VALUE = SPECS.add(f("imf.extension.value", "Value", FieldType.STRING, "", 0x0));
    public static final FieldSpec DISPLAY_NAME = SPECS.add(f("imf.display_name", "Display-Name", FieldType.STRING, "", 0x0));
    public static final FieldSpec ADDRESS = SPECS.add(f("imf.address", "Address", FieldType.STRING, "", 0x0));
    public static final FieldSpec ADDRESS_LIST_ITEM = SPECS.add(f("imf.address_list.item", "Item", FieldType.STRING, "", 0x0));
    public static final FieldSpec MAILBOX_LIST_ITEM = SPECS.add(f("imf.mailbox_list.item", "Item", FieldType.STRING, "", 0x0));
    public static final FieldSpec SIOLABEL = SPECS.add(f("imf.siolabel", "SIO-Label", FieldType.NONE, "", 0x0));
    public static final FieldSpec SIOLABEL_MARKING = SPECS.add(f("imf.siolabel.marking", "Marking", FieldType.STRING, "", 0x0));
    public static final FieldSpec SIOLABEL_FGCOLOR = SPECS.add(f("imf.siolabel.fgcolor", "Foreground Color", FieldType.STRING, "", 0x0));
    public static final FieldSpec SIOLABEL_BGCOLOR = SPECS.add(f("imf.siolabel.bgcolor", "Background Color", FieldType.STRING, "", 0x0));
    public static final FieldSpec SIOLABEL_TYPE = SPECS.add(f("imf.siolabel.type", "Type", FieldType.STRING, "", 0x0));
    public static final FieldSpec SIOLABEL_LABEL = SPECS.add(f("imf.siolabel.label", "Label", FieldType.STRING, "", 0x0));
    public static final FieldSpec SIOLABEL_UNKNOWN = SPECS.add(f("imf.siolabel.unknown", "Unknown parameter", FieldType.STRING, "", 0x0));
    public static final FieldSpec MESSAGE_TEXT = SPECS.add(f("imf.message_text", "Message-Text", FieldType.NONE, "", 0x0));

    public static final Expert.Info UNKNOWN_PARAM = SPECS.add(Expert.Info.of("imf.unknown_param",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Unknown parameter"));

    /** IMF's fields and findings, protocol first. */
    static final List<FieldSpec> ALL = SPECS.list();
}
