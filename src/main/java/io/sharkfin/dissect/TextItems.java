package io.sharkfin.dissect;

/**
 * Wireshark's text items: tree items that are text alone, with no field of their own
 * ({@code proto_tree_add_subtree}: TCP's {@code [Timestamps]}, DNS's {@code Queries} and each
 * record's {@code name: type A, class IN, addr ...}). tshark files them all under the name
 * {@code text}: {@code -T json} keys them by their text, and {@code -Y text} selects the frames
 * that have one. A session records them only when it wants {@link #FIELD} (the tree and JSON
 * outputs, a filter on {@code text}): see {@link Packet#addText}.
 */
public final class TextItems {
    /** The pseudo-field every text item is an entry of; its value is 1 for a generated item. */
    public static final FieldSpec FIELD = FieldSpec.of("text", "Text item", FieldType.NONE).inProtocol("frame")
            .describe("sharkfin: Wireshark's text items (proto.c's hf_text_only, in no field list)");

    private TextItems() {
    }
}
