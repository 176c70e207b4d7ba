package io.sharkfin.dissect.protocol.json;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.TokenParser.Token;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The items of one JSON document as packet-json.c's callbacks add them (default preferences: no
 * compact form, path-based fields shown): an object or array item holds what is in it; a member
 * holds its value's items, then its key and its path; a value adds {@code json.path_with_value} and
 * {@code json.member_with_value} ({@code /version/number:6.4.0}, {@code number:6.4.0}) before its
 * own item. Paths are kept on a stack of (path, key) pairs, as there.
 *
 * <p>Without a packet it only reads the document, to tell whether a key is one of the 3GPP names
 * packet-json.c decodes with fields of their own ({@link #usesDecodedKeys}).
 */
final class JsonTree {
    /** The keys register_static_headers gives fields and decoders of their own. */
    private static final Set<String> DECODED_KEYS = Set.of("bearerLevelQoS", "epsBearerSetup",
            "forwardingBearerContexts", "forwardingFTeid", "pgwNodeName", "pgwS8cFteid", "pgwS8uFteid",
            "qosFlowDescription", "qosRules", "suppFeat", "ueEpsPdnConnection");

    private final Packet p;
    private final int buf;
    private final int base;
    private final byte[] doc;
    // the items' parents: the protocol item, then each open object, array and member
    private final Deque<Integer> trees = new ArrayDeque<>();
    // stack_path: pairs of path and key, the key on top
    private final Deque<String> paths = new ArrayDeque<>();
    private boolean usesDecodedKeys;

    /**
     * @param p    the packet the items go to, or null to read the document only
     * @param buf  the buffer holding the document, from {@code base}
     * @param item the protocol item
     */
    JsonTree(Packet p, int buf, int base, byte[] doc, int item) {
        this.p = p;
        this.buf = buf;
        this.base = base;
        this.doc = doc;
        trees.push(item);
        paths.push("");
        paths.push("");
    }

    /**
     * Whether a key packet-json.c decodes may be in the document: one of them written out, or a
     * {@code \}{@code u} escape that could spell one; false means the reading need not tell.
     */
    static boolean mayUseDecodedKeys(byte[] doc) {
        String text = new String(doc, StandardCharsets.ISO_8859_1);
        if (text.contains("\\u")) {
            return true;
        }
        for (String key : DECODED_KEYS) {
            if (text.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a key packet-json.c decodes with fields of its own names an array or a string. */
    boolean usesDecodedKeys() {
        return usesDecodedKeys;
    }

    private String text(int off, int len) {
        return Strings.utf8WithReplacement(JsonStrings.unescape(doc, off, len));
    }

    /** A string token's text without its quotes. */
    private String unquoted(Token string) {
        return text(string.offset() + 1, string.length() - 2);
    }

    private int add(FieldSpec f, Token span, String value) {
        if (p == null) {
            return -1;
        }
        int saved = p.openSubtree(trees.peek());
        int e = value != null ? p.addComputedString(f, buf, base + span.offset(), span.length(), value)
                : p.addNone(f, buf, base + span.offset(), span.length());
        p.closeSubtree(saved);
        return e;
    }

    // ------------------------------------------------------------------ the callbacks

    void objectStart(Token tok) {
        trees.push(add(JsonFields.OBJECT, tok, null));
    }

    void objectEnd(Token tok) {
        trees.pop();
    }

    void arrayStart(Token tok) {
        trees.push(add(JsonFields.ARRAY, tok, null));
        String key = paths.peek();
        usesDecodedKeys |= DECODED_KEYS.contains(key);
        String path = basePath() + "/[]";
        paths.push(path);
        paths.push("[]");
    }

    void arrayEnd(Token tok) {
        trees.pop();
        paths.pop();
        paths.pop();
    }

    void memberStart(Token tok) {
        String key = unquoted(tok.sub());
        trees.push(add(JsonFields.MEMBER, tok, key));
        paths.push(basePath() + "/" + key);
        paths.push(key);
    }

    void memberEnd(Token tok) {
        Token key = tok.sub();
        if (key.id() == JsonGrammar.STRING) {
            add(JsonFields.KEY, key, unquoted(key));
        }
        paths.pop();
        String path = paths.pop();
        add(JsonFields.PATH, tok, path);
        trees.pop();
    }

    void value(Token tok) {
        int kind = tok.sub() == null ? -1 : tok.sub().id();
        if (kind < JsonGrammar.NUMBER || kind > JsonGrammar.NAN) {
            return; // an object or array: its own callbacks added it
        }
        String key = paths.peek();
        String path = basePath();
        String value = kind == JsonGrammar.STRING && tok.length() >= 2 ? unquoted(tok)
                : text(tok.offset(), tok.length());
        add(JsonFields.PATH_WITH_VALUE, tok, path + ":" + value);
        add(JsonFields.MEMBER_WITH_VALUE, tok, key + ":" + value);
        switch (kind) {
            case JsonGrammar.STRING -> {
                usesDecodedKeys |= DECODED_KEYS.contains(key);
                add(JsonFields.VALUE_STRING, tok, value);
            }
            case JsonGrammar.NUMBER -> add(JsonFields.VALUE_NUMBER, tok,
                    new String(doc, tok.offset(), tok.length(), StandardCharsets.ISO_8859_1));
            case JsonGrammar.FALSE -> add(JsonFields.VALUE_FALSE, tok, null);
            case JsonGrammar.NULL -> add(JsonFields.VALUE_NULL, tok, null);
            case JsonGrammar.TRUE -> add(JsonFields.VALUE_TRUE, tok, null);
            default -> add(JsonFields.VALUE_NAN, tok, null);
        }
    }

    /** The path below the key on top of the stack (wmem_stack_pop twice, then push back). */
    private String basePath() {
        String key = paths.pop();
        String path = paths.peek();
        paths.push(key);
        return path;
    }
}
