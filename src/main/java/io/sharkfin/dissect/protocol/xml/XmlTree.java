package io.sharkfin.dissect.protocol.xml;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.TokenParser.Token;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The items of one XML document as packet-xml.c's callbacks add them: a tag is an item whose
 * children are its attributes, text and inner tags, closed by a text item of its end tag; the
 * {@code <?xml ...?>} declaration has its version, encoding and standalone attributes as fields of
 * their own. Nesting is a stack of open elements, popped by any end tag whatever its name, as in
 * Wireshark (an end tag with none open is a finding).
 *
 * <p>Without a packet it only reads the document, to tell whether it has an element that one of
 * Wireshark's DTDs names ({@link #usesDtd}): those elements and everything in them are fields of
 * protocols this dissector does not have.
 */
final class XmlTree {
    /**
     * The root element names of the DTDs tshark 4.0 loads (dc, itunes, mscml, pocsettings,
     * presence, reginfo, rlmi, rss, smil, watcherinfo, xcap-caps, xcap-error). Wireshark looks an
     * element's name up in lower case, a prefix as it is written.
     */
    private static final Set<String> DTD_ROOTS = Set.of("title", "author", "MediaServerControl",
            "poc-settings", "presence", "reginfo", "list", "rss", "smil", "watcherinfo", "xcap-caps",
            "xcap-error");
    private static final Set<String> XML_DECLARATION_ATTRIBUTES = Set.of("version", "encoding", "standalone");
    /** Nested elements beyond this exceed Wireshark's tree depth of 500, which ends the dissection. */
    static final int MAX_DEPTH = 490;

    /** Which names an open element's text and children are read against (packet-xml.c's xml_ns_t). */
    private enum Scope {
        /** The document itself: text outside any element is {@code xml.unknown}. */
        DOCUMENT,
        /** An element no DTD names: its text is {@code xml.cdata}. */
        ELEMENT,
        /** The {@code <?xml} declaration, whose attributes have fields of their own. */
        XML_DECLARATION,
        /** Another processing instruction, or a DOCTYPE's internal subset. */
        NONE
    }

    /** An open element (or the document, at the bottom). */
    private static final class Open {
        final Scope scope;
        final int item;
        final int start;
        int lastItem;
        String lastLabel;

        Open(Scope scope, int item, int start, String label) {
            this.scope = scope;
            this.item = item;
            this.start = start;
            this.lastItem = item;
            this.lastLabel = label;
        }
    }

    private final Packet p;
    private final int buf;
    private final int base;
    private final byte[] doc;
    private final boolean labels;
    private final List<Open> stack = new ArrayList<>();
    private boolean usesDtd;
    private boolean tooDeep;

    /**
     * @param p    the packet the items go to, or null to read the document only
     * @param buf  the buffer holding the document, from {@code base}
     * @param doc  the document's bytes
     * @param item the protocol item
     */
    XmlTree(Packet p, int buf, int base, byte[] doc, int item) {
        this.p = p;
        this.buf = buf;
        this.base = base;
        this.doc = doc;
        this.labels = p != null && p.wantsText();
        stack.add(new Open(Scope.DOCUMENT, item, 0, null));
    }

    /**
     * Whether a tag of the document may name a DTD's element ({@link #usesDtd} can be true): a
     * quick scan of every {@code <} and the name after it, in either case; false means the
     * reading need not be done to tell.
     */
    static boolean mayUseDtd(byte[] doc) {
        for (int i = 0; i < doc.length; i++) {
            if (doc[i] != '<') {
                continue;
            }
            int at = i + 1;
            while (at < doc.length && (doc[at] == ' ' || doc[at] == '\t' || doc[at] == '\r' || doc[at] == '\n')) {
                at++;
            }
            int start = at;
            while (at < doc.length && XmlGrammar.NAME_CHARS.indexOf(doc[at]) >= 0) {
                at++;
            }
            String name = new String(doc, start, at - start, StandardCharsets.ISO_8859_1);
            if (DTD_ROOTS.contains(name) || DTD_ROOTS.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element of the document is one that a DTD of Wireshark's names. */
    boolean usesDtd() {
        return usesDtd;
    }

    /** Whether the elements nest deeper than the tree may, which ends the document. */
    boolean tooDeep() {
        return tooDeep;
    }

    private Open current() {
        return stack.get(stack.size() - 1);
    }

    private String text(int offset, int len) {
        return Strings.formatText(Arrays.copyOfRange(doc, offset, offset + len));
    }

    private String ascii(Token t) {
        return new String(doc, t.offset(), t.length(), StandardCharsets.ISO_8859_1);
    }

    /** Adds a string field over a token's span under the current element, worded as {@code label}. */
    private int add(FieldSpec f, int offset, int len, boolean ascii, int labelOffset, int labelLen) {
        if (p == null) {
            return -1;
        }
        int saved = p.openSubtree(current().item);
        int e = p.addString(f, buf, base + offset, len, ascii);
        p.closeSubtree(saved);
        if (labels) {
            p.setLabel(e, text(labelOffset, labelLen));
        }
        return e;
    }

    private void addText(int offset, int len) {
        if (p != null) {
            int saved = p.openSubtree(current().item);
            p.addText(buf, base + offset, len, text(offset, len), false);
            p.closeSubtree(saved);
        }
    }

    private void finding(Expert.Info info, Token tok) {
        if (p != null) {
            int saved = p.openSubtree(current().item);
            Expert.addItem(p, info, buf, base + tok.offset(), tok.length());
            p.closeSubtree(saved);
        }
    }

    private void push(Open open) {
        stack.add(open);
        if (stack.size() > MAX_DEPTH) {
            tooDeep = true;
        }
    }

    /** Closes the current element, or, at the document, adds {@code info} about {@code tok}. */
    private void pop(Expert.Info info, Token tok) {
        if (stack.size() > 1) {
            stack.remove(stack.size() - 1);
        } else {
            finding(info, tok);
        }
    }

    private void append(String suffix) {
        Open o = current();
        if (labels && o.lastItem >= 0 && o.lastLabel != null) {
            o.lastLabel += suffix;
            p.setLabel(o.lastItem, o.lastLabel);
        }
    }

    // ------------------------------------------------------------------ the callbacks

    /** Text, a comment, a CDATA section or a DTD tag: an item worded as its bytes. */
    void token(Token tok) {
        FieldSpec f = switch (tok.id()) {
            case XmlGrammar.COMMENT -> XmlFields.COMMENT;
            case XmlGrammar.CDATA_SECTION -> XmlFields.CDATA_SECTION;
            case XmlGrammar.DTD_TAG -> XmlFields.DTD_TAG;
            default -> current().scope == Scope.ELEMENT ? XmlFields.CDATA : XmlFields.UNKNOWN;
        };
        add(f, tok.offset(), tok.length(), false, tok.offset(), tok.length());
    }

    /** {@code <?name}: the declaration's own field for {@code <?xml}, else {@code xml.xmlpi}. */
    void pi(Token tok) {
        Token name = tok.sub().next();
        boolean declaration = ascii(name).equals("xml");
        int labelEnd = name.offset() + name.length();
        int item = add(declaration ? XmlFields.XMLPI_XML : XmlFields.XMLPI, tok.offset(), tok.length(), false,
                tok.offset(), labelEnd - tok.offset());
        push(new Open(declaration ? Scope.XML_DECLARATION : Scope.NONE, item, tok.offset(),
                labels ? text(tok.offset(), labelEnd - tok.offset()) : null));
    }

    void piEnd(Token tok) {
        addText(tok.offset(), tok.length());
        pop(XmlFields.CLOSING_UNOPENED_XMPLI_TAG, tok);
    }

    /** A start tag: its item holds the whole tag, worded as {@code <name}. */
    void tag(Token tok) {
        Token name = tok.sub().next();
        Scope parent = current().scope;
        if (name.sub().id() == XmlGrammar.SCOPED_NAME) {
            usesDtd |= DTD_ROOTS.contains(ascii(name.sub().sub()));
        } else if (parent != Scope.NONE) {
            usesDtd |= DTD_ROOTS.contains(ascii(name).toLowerCase(Locale.ROOT));
        }
        int labelLen = name.offset() + name.length() - tok.offset();
        int item = add(XmlFields.TAG, tok.offset(), tok.length(), false, tok.offset(), labelLen);
        push(new Open(Scope.ELEMENT, item, tok.offset(), labels ? text(tok.offset(), labelLen) : null));
    }

    /** {@code name="value"}: the declaration's attributes are fields of their own, with the value. */
    void attribute(Token tok) {
        Open o = current();
        Token value = tok.sub().next().next().data();
        boolean own = o.scope == Scope.XML_DECLARATION
                && XML_DECLARATION_ATTRIBUTES.contains(ascii(tok.sub()).toLowerCase(Locale.ROOT));
        FieldSpec f = own ? XmlFields.declarationAttribute(ascii(tok.sub()).toLowerCase(Locale.ROOT))
                : XmlFields.ATTRIBUTE;
        int item = own ? add(f, value.offset(), value.length(), false, tok.offset(), tok.length())
                : add(f, tok.offset(), tok.length(), false, tok.offset(), tok.length());
        o.lastItem = item;
        o.lastLabel = labels ? text(tok.offset(), tok.length()) : null;
    }

    void openTagEnd(Token tok) {
        append(">");
    }

    void emptyTagEnd(Token tok) {
        append("/>");
        pop(XmlFields.CLOSING_UNOPENED_TAG, tok);
    }

    /** An end tag: the element's item grows to it, and the end tag is a text item in it. */
    void closingTag(Token tok) {
        Open o = current();
        if (p != null) {
            p.setSpanKeepingValue(o.item, tok.offset() - o.start + tok.length());
        }
        addText(tok.offset(), tok.length());
        pop(XmlFields.CLOSING_UNOPENED_TAG, tok);
    }

    /** {@code <!DOCTYPE name ...}: the name is the field's value, the whole declaration its words. */
    void doctype(Token tok) {
        Token name = tok.sub().next().next().next().sub().sub();
        int item = add(XmlFields.DOCTYPE, name.offset(), name.length(), true, tok.offset(), tok.length());
        push(new Open(Scope.NONE, item, tok.offset(), labels ? text(tok.offset(), tok.length()) : null));
    }

    /** A DOCTYPE without an internal subset ends at once. */
    void doctypeEnd(Token tok) {
        pop(XmlFields.CLOSING_UNOPENED_TAG, tok);
    }

    void dtdClose(Token tok) {
        addText(tok.offset(), tok.length());
        pop(XmlFields.CLOSING_UNOPENED_TAG, tok);
    }

    void unrecognized(Token tok) {
        finding(XmlFields.UNRECOGNIZED_TEXT, tok);
    }
}
