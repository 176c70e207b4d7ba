package io.sharkfin.dissect.protocol.json;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.TextItems;
import io.sharkfin.dissect.protocol.TokenParser;

import java.util.List;

/**
 * JSON bodies as Wireshark 4.0's packet-json.c dissects them with its default preferences:
 * objects, arrays, members with their keys and paths, and values, with the path-based fields
 * analysts filter on ({@code json.member_with_value == "action:upload"}, {@code json.path}),
 * tokenized by its tvbparse grammar ({@link JsonGrammar}, {@link TokenParser}) and laid out as
 * its callbacks lay them out ({@link JsonTree}). What follows the last document goes to
 * {@code data-text-lines}, as there.
 *
 * <p>A document with one of the 3GPP keys packet-json.c decodes into fields of its own
 * ({@code ueEpsPdnConnection}, {@code suppFeat}, ...), or a body larger than {@link
 * TokenParser#MAX_BODY}, is left as the bare protocol item (README, "Differences").
 */
public final class JsonDissector implements Dissector {
    private static final FieldGroup OWN_FIELDS = FieldGroup.of(JsonFields.FIELDS);

    private final Dissector textLines;

    /** @param textLines where what follows the document goes */
    public JsonDissector(Dissector textLines) {
        this.textLines = textLines;
    }

    @Override
    public FieldSpec protocol() {
        return JsonFields.JSON;
    }

    @Override
    public List<FieldSpec> fields() {
        return JsonFields.FIELDS;
    }

    @Override
    public String shortName() {
        return "JSON";
    }

    @Override
    public List<String> calls() {
        return List.of(textLines.protocol().name());
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (p.protocolItem() >= 0 && p.mediaType() != null) {
            // "JavaScript Object Notation: application/json"
            p.setLabel(p.protocolItem(), JsonFields.JSON.title() + ": " + p.mediaType());
        }
        int captured = Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
        if (captured > TokenParser.MAX_BODY) {
            return captured;
        }
        byte[] doc = p.copy(buf, offset, captured);
        boolean items = p.wantsAny(OWN_FIELDS) || p.wants(TextItems.FIELD);
        int consumed;
        if (!JsonTree.mayUseDecodedKeys(doc)) {
            consumed = parse(new JsonTree(items ? p : null, buf, offset, doc, p.protocolItem()), doc);
        } else {
            // read first without the packet, to tell whether a decoded key is one indeed
            JsonTree probe = new JsonTree(null, buf, offset, doc, -1);
            consumed = parse(probe, doc);
            if (!probe.usesDecodedKeys() && items) {
                parse(new JsonTree(p, buf, offset, doc, p.protocolItem()), doc);
            }
        }
        p.setProtocolLength(consumed);
        if (length - consumed > 0) {
            p.call(textLines, buf, offset + consumed, length - consumed);
        }
        return captured;
    }

    /** Reads every document of the body into {@code tree}; returns how many bytes they took. */
    private static int parse(JsonTree tree, byte[] doc) {
        TokenParser<JsonTree> parser = new TokenParser<>(doc, 0, doc.length, tree, JsonGrammar.IGNORE);
        while (parser.get(JsonGrammar.DOCUMENT)) {
            // each item is added by the grammar's callbacks
        }
        return parser.offset();
    }
}
