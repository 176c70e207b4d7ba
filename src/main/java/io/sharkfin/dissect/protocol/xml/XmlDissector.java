package io.sharkfin.dissect.protocol.xml;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.TextItems;
import io.sharkfin.dissect.protocol.TokenParser;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * XML bodies as Wireshark 4.0's packet-xml.c dissects them, for documents that none of its DTDs
 * describes: processing instructions, DOCTYPEs and their DTD tags, comments, CDATA sections,
 * tags with their attributes and text, tokenized as its tvbparse grammar does ({@link
 * XmlGrammar}, {@link TokenParser}) and laid out as its callbacks lay them out ({@link XmlTree}).
 * A UTF-16 document (by its byte-order mark) is decoded into a buffer of its own first.
 *
 * <p>A document with an element that one of Wireshark's DTDs names (RSS, SMIL, presence, ...) or
 * sent with a DTD's media type is left as the bare protocol item: Wireshark reads those into
 * protocols of their own, which sharkfin does not have (README, "Differences"). So is a body
 * larger than {@link TokenParser#MAX_BODY}.
 */
public final class XmlDissector implements Dissector {
    /** The media types Wireshark's DTDs claim (mscml, presence, smil). */
    private static final Set<String> DTD_MEDIA_TYPES = Set.of("application/mediaservercontrol+xml",
            "application/cpim-pidf+xml", "application/smil");
    private static final FieldGroup OWN_FIELDS = FieldGroup.of(XmlFields.FIELDS);

    @Override
    public FieldSpec protocol() {
        return XmlFields.XML;
    }

    @Override
    public List<FieldSpec> fields() {
        return XmlFields.FIELDS;
    }

    @Override
    public String shortName() {
        return "XML";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        int captured = Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
        int bom = p.u16(buf, offset); // packet-xml.c reads it whatever the length
        if (!p.wantsAny(OWN_FIELDS) && !p.wants(TextItems.FIELD) && !p.wantsFindings()
                && !p.wants(Expert.MALFORMED)) {
            return captured;
        }
        String media = p.mediaType();
        if (media != null && DTD_MEDIA_TYPES.contains(media) || captured > TokenParser.MAX_BODY) {
            return captured;
        }
        int docBuf = buf;
        int docBase = offset;
        byte[] doc;
        if (bom == 0xfeff || bom == 0xfffe) {
            doc = utf16(p.copy(buf, offset, captured), bom == 0xfeff);
            docBuf = p.addBuffer(bom == 0xfeff ? "Decoded UTF-16BE text" : "Decoded UTF-16LE text", doc);
            docBase = 0;
        } else {
            doc = p.copy(buf, offset, captured);
        }
        // a document that may name a DTD's element is read first without the packet, to tell
        if (XmlTree.mayUseDtd(doc)) {
            XmlTree probe = new XmlTree(null, docBuf, docBase, doc, -1);
            parse(probe, doc);
            if (probe.usesDtd()) {
                return captured;
            }
        }
        parse(new XmlTree(p, docBuf, docBase, doc, p.protocolItem()), doc);
        return captured;
    }

    private static void parse(XmlTree tree, byte[] doc) {
        TokenParser<XmlTree> parser = new TokenParser<>(doc, 0, doc.length, tree, XmlGrammar.IGNORE);
        while (!tree.tooDeep() && parser.get(XmlGrammar.ITEM)) {
            // each item is added by the grammar's callbacks
        }
    }

    /** The document as UTF-8, up to its first NUL (Wireshark's C string of the decoded text). */
    private static byte[] utf16(byte[] raw, boolean bigEndian) {
        String s;
        try {
            s = (bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(raw, 0, raw.length & ~1)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // REPLACE never throws
        }
        int nul = s.indexOf('\0');
        return (nul >= 0 ? s.substring(0, nul) : s).getBytes(StandardCharsets.UTF_8);
    }
}
