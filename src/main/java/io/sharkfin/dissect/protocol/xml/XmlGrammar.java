package io.sharkfin.dissect.protocol.xml;

import io.sharkfin.dissect.protocol.TokenParser;
import io.sharkfin.dissect.protocol.TokenParser.Wanted;

import static io.sharkfin.dissect.protocol.TokenParser.character;
import static io.sharkfin.dissect.protocol.TokenParser.oneOf;
import static io.sharkfin.dissect.protocol.TokenParser.oneOrMore;
import static io.sharkfin.dissect.protocol.TokenParser.quoted;
import static io.sharkfin.dissect.protocol.TokenParser.run;
import static io.sharkfin.dissect.protocol.TokenParser.sequence;
import static io.sharkfin.dissect.protocol.TokenParser.string;
import static io.sharkfin.dissect.protocol.TokenParser.until;

/**
 * The tokens of packet-xml.c's {@code init_xml_parser}, part for part, with its callbacks bound
 * to {@link XmlTree}. What is not a comment, CDATA section, processing instruction, tag or DTD
 * part is text (up to the next {@code <}) or, starting with {@code <}, unrecognized.
 */
final class XmlGrammar {
    /** Token ids: text, a prefixed name, and the items that are fields of their own. */
    static final int TEXT = -1000;
    static final int SCOPED_NAME = -1001;
    static final int COMMENT = 1;
    static final int CDATA_SECTION = 2;
    static final int DTD_TAG = 3;

    /** The bytes of a name (want_name), a prefix or an element name. */
    static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz.-_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** White space, skipped before each token and after each part of one. */
    static final Wanted<XmlTree> IGNORE = run(-1, " \t\r\n", true);

    /** One item of a document. */
    static final Wanted<XmlTree> ITEM;

    static {
        Wanted<XmlTree> name = run(-1, NAME_CHARS, true);
        Wanted<XmlTree> attrName = run(-1, NAME_CHARS + ":", true);
        Wanted<XmlTree> scopedName = seq(SCOPED_NAME, name, ch(":"), name);
        Wanted<XmlTree> tagName = oneOf(0, scopedName, name);
        Wanted<XmlTree> attrValue = oneOf(0, quoted('"', '\\'), quoted('\'', '\\'),
                run(-1, "0123456789", true), name)
                .after((tree, tok) -> tok.keep(tok.sub()));
        Wanted<XmlTree> attributes = oneOrMore(-1, seq(-1, attrName, ch("="), attrValue).after(XmlTree::attribute));
        Wanted<XmlTree> stopTag = oneOf(-1, ch(">").after(XmlTree::openTagEnd), str("/>").after(XmlTree::emptyTagEnd));
        Wanted<XmlTree> stopPi = str("?>").after(XmlTree::piEnd);
        Wanted<XmlTree> comment = seq(COMMENT, str("<!--"), until(-1, str("-->"))).after(XmlTree::token);
        Wanted<XmlTree> cdataSection = seq(CDATA_SECTION, str("<![CDATA["), until(-1, str("]]>")))
                .after(XmlTree::token);
        Wanted<XmlTree> pi = seq(-1, str("<?"), name, oneOf(-1, stopPi, seq(-1, attributes, stopPi)))
                .before(XmlTree::pi);
        Wanted<XmlTree> closingTag = seq(0, ch("<"), ch("/"), tagName, ch(">")).after(XmlTree::closingTag);
        Wanted<XmlTree> doctype = seq(-1, ch("<"), ch("!"), string(-1, "DOCTYPE", true),
                oneOf(-1,
                        seq(-1, name, ch("[")),
                        seq(-1, name, oneOf(-1, string(-1, "PUBLIC", true), string(-1, "SYSTEM", true)),
                                until(-1, ch(">"))).after(XmlTree::doctypeEnd)))
                .before(XmlTree::doctype);
        Wanted<XmlTree> dtdTag = seq(DTD_TAG, ch("<"), ch("!"), until(-1, ch(">"))).after(XmlTree::token);
        Wanted<XmlTree> tag = seq(-1, ch("<"), tagName, oneOf(-1, seq(-1, attributes, stopTag), stopTag))
                .before(XmlTree::tag);
        Wanted<XmlTree> dtdClose = seq(-1, ch("]"), ch(">")).after(XmlTree::dtdClose);

        ITEM = oneOf(-1, comment, cdataSection, pi, closingTag, doctype, dtdClose, dtdTag, tag,
                TokenParser.<XmlTree>run(TEXT, "<", false).after(XmlTree::token),
                TokenParser.<XmlTree>run(-1, " \t\r\n", false).after(XmlTree::unrecognized));
    }

    @SafeVarargs
    private static Wanted<XmlTree> seq(int id, Wanted<XmlTree>... parts) {
        return sequence(id, parts);
    }

    private static Wanted<XmlTree> ch(String c) {
        return character(-1, c);
    }

    private static Wanted<XmlTree> str(String s) {
        return string(-1, s, false);
    }

    private XmlGrammar() {
    }
}
