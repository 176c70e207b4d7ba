package io.sharkfin.dissect.protocol.xml;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/** The xml fields of Wireshark 4.0 without its DTDs' protocols, in {@code tshark -G fields}' order. */
public final class XmlFields {
    private XmlFields() {
    }

    private static FieldSpec string(String name, String title) {
        return FieldSpec.of(name, title, FieldType.STRING).base("");
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec XML = SPECS.add(FieldSpec.protocol("xml", "eXtensible Markup Language"));
    public static final FieldSpec XMLPI = SPECS.add(string("xml.xmlpi", "XMLPI"));
    public static final FieldSpec CDATA_SECTION = SPECS.add(string("xml.cdatasection", "CDATASection"));
    public static final FieldSpec COMMENT = SPECS.add(string("xml.comment", "Comment"));
    public static final FieldSpec ATTRIBUTE = SPECS.add(string("xml.attribute", "Attribute"));
    public static final FieldSpec DOCTYPE = SPECS.add(string("xml.doctype", "Doctype"));
    public static final FieldSpec DTD_TAG = SPECS.add(string("xml.dtdtag", "DTD Tag"));
    public static final FieldSpec CDATA = SPECS.add(string("xml.cdata", "CDATA"));
    public static final FieldSpec TAG = SPECS.add(string("xml.tag", "Tag"));
    public static final FieldSpec UNKNOWN = SPECS.add(string("xml.unknown", "Unknown"));
    public static final FieldSpec XMLPI_XML = SPECS.add(string("xml.xmlpi.xml", "xml.xmlpi.xml"));
    public static final FieldSpec XMLPI_XML_ENCODING = SPECS.add(string("xml.xmlpi.xml.encoding", "encoding"));
    public static final FieldSpec XMLPI_XML_VERSION = SPECS.add(string("xml.xmlpi.xml.version", "version"));
    public static final FieldSpec XMLPI_XML_STANDALONE = SPECS.add(string("xml.xmlpi.xml.standalone", "standalone"));
    public static final Expert.Info CLOSING_UNOPENED_TAG = SPECS.add(Expert.Info.of("xml.closing_unopened_tag",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Closing an unopened tag"));
    public static final Expert.Info CLOSING_UNOPENED_XMPLI_TAG = SPECS.add(Expert.Info.of("xml.closing_unopened_xmpli_tag",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Closing an unopened xmpli tag"));
    public static final Expert.Info UNRECOGNIZED_TEXT = SPECS.add(Expert.Info.of("xml.unrecognized_text",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Unrecognized text"));

    /** Every field but the protocol's. */
    static final List<FieldSpec> FIELDS = SPECS.list().stream()
            .filter(f -> f != XML).toList();

    /** The field of an attribute of the {@code <?xml} declaration (version, encoding, standalone). */
    static FieldSpec declarationAttribute(String name) {
        return switch (name) {
            case "version" -> XMLPI_XML_VERSION;
            case "encoding" -> XMLPI_XML_ENCODING;
            default -> XMLPI_XML_STANDALONE;
        };
    }
}
