package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.Labels;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.OidNames;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.TextItems;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.DataDissector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A frame's full protocol tree, in the manner of {@code tshark -V}: one line per entry of a
 * packet dissected with every field ({@link io.sharkfin.dissect.Session#full()}), indented by its
 * depth in Wireshark's tree ({@link TreeShape}), as {@code Title: value} with the value's name where
 * the field has one ({@code Type: IPv4 (0x0800)}), the bits of a bit field
 * ({@code 0100 .... = Version: 4}), and the field's filter name after it, which is what one types
 * in a filter.
 */
public final class ProtocolTree {

    /** Hex digits of a bytes value the tree shows before "…" (36 bytes). */
    private static final int MAX_BYTES_HEX = 72;

    /**
     * One line of the tree, for the packet's entry {@code entry}. {@code hidden}: tshark leaves the
     * item out of its tree (a field for filters such as {@code ip.addr}, or anything under such an
     * item); a generated item's text is in brackets, as tshark draws it.
     */
    public record Line(int entry, int depth, String text, String field, boolean protocol, boolean hidden) {
    }

    private ProtocolTree() {
    }

    /**
     * Where an entry sits in the tree, without its text: for writers that need the tree's shape
     * but not its wording (tshark's JSON), which is most of the tree's cost.
     */
    public record Node(int entry, int depth, boolean hidden, boolean generated) {
    }

    /**
     * An item's text as the tree shows it, without a generated item's brackets: a dissector's
     * label cut to Wireshark's 240 bytes, or the words of its field and value. tshark's JSON keys
     * text items by it.
     */
    public static String text(Packet p, int e) {
        return text(p, e, p.registry().byId(p.field(e)));
    }

    /** The tree of the packet just dissected. */
    public static List<Line> of(Packet p) {
        List<Node> nodes = layout(p);
        List<Line> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            FieldDef def = p.registry().byId(p.field(n.entry()));
            String text = text(p, n.entry(), def);
            out.add(new Line(n.entry(), n.depth(), n.generated() ? "[" + text + "]" : text, def.name(),
                    def.isProtocol(), n.hidden()));
        }
        return out;
    }

    /**
     * The top-level items of the packet just dissected, in the order of the tree tshark draws
     * ({@code drawn}) or builds without drawing it (see {@link #layout(Packet, boolean)}).
     */
    public static int[] topLevel(Packet p, boolean drawn) {
        return new TreeShape(p, drawn).topLevel(p);
    }

    /** The entries of the packet just dissected in the drawn tree's order, with their depth. */
    public static List<Node> layout(Packet p) {
        return layout(p, true);
    }

    /**
     * The entries of the packet just dissected in the order of the tree tshark draws
     * ({@code drawn}) or builds without drawing it, which a few moves of items skip.
     */
    public static List<Node> layout(Packet p, boolean drawn) {
        int n = p.entryCount();
        TreeShape shape = new TreeShape(p, drawn);
        List<Node> out = new ArrayList<>(n);
        boolean[] hidden = new boolean[n];
        for (int e : shape.order(p)) {
            TreeDisplay display = TreeDisplay.of(p.registry().byId(p.field(e)).name());
            int parent = p.parent(e);
            // parents come before their children: what is under a hidden item is hidden too
            hidden[e] = display == TreeDisplay.HIDDEN || p.hidden(e) || parent >= 0 && parent < e && hidden[parent];
            boolean generated = display == TreeDisplay.GENERATED
                    || p.field(e) == TextItems.FIELD.id() && p.num(e) != 0 || p.markedGenerated(e);
            out.add(new Node(e, shape.depth(e), hidden[e], generated));
        }
        return out;
    }

    static String text(Packet p, int e, FieldDef def) {
        String label = p.label(e);
        if (label != null) {
            return Labels.limited(label, 0);
        }
        String worded = ItemTexts.of(p, e, def);
        if (worded != null) {
            return Labels.limited(worded, 0);
        }
        if (def.isProtocol()) {
            return Labels.limited(protocolText(p, e, def), 0);
        }
        return plain(p, e, def);
    }

    /**
     * An item's text from its field's title and value alone, as Wireshark fills a label that no
     * dissector worded ({@code Title: value}, with the value's name, bits and the like).
     */
    static String plain(Packet p, int e, FieldDef def) {
        if (def.type() == FieldType.NONE) {
            return def.title();
        }
        String value = maskedHex(p, e, def);
        if (def.type().isString() && hasControl(value)) {
            value = Strings.formatText(value); // the tree shows a string as format_text writes it
        }
        if ((def.type() == FieldType.BYTES || def.type() == FieldType.UINT_BYTES) && value.length() > MAX_BYTES_HEX) {
            value = value.substring(0, MAX_BYTES_HEX) + "…"; // Wireshark shows 36 bytes of a value
        }
        if (def.type() == FieldType.RELATIVE_TIME) {
            value += " seconds"; // as Wireshark labels every relative time
        }
        if (def.type() == FieldType.OID) {
            value += " (" + OidNames.resolve(value) + ")"; // Algorithm Id: 1.2.840.113549.1.1.11 (sha256WithRSAEncryption)
        }
        if (def.type().isInteger() && def.display().startsWith("BASE_HEX_DEC")) {
            value += " (" + p.num(e) + ")"; // Wireshark's tree shows both where -T fields shows hex
        }
        if (def.type().isInteger() && def.display().startsWith("BASE_DEC_HEX") && def.strings() == null
                && def.type().width() > 0 && !p.shownDecimal(e)) {
            // and the hex beside the decimal, in two digits a byte (Identifier (BE): 1280 (0x0500))
            value += String.format(Locale.ROOT, " (0x%0" + 2 * def.type().width() + "x)", p.num(e));
        }
        String named = named(p, e, def, value);
        String bits = bits(p, e, def);
        String title = title(def);
        return Labels.limited(bits + title + ": " + named, bits.length() + title.length());
    }

    /**
     * A label with text appended as {@code proto_item_append_text} appends it: whatever does not
     * fit the label's buffer is dropped, unmarked (only a label too long when filled is marked).
     */
    static String appended(String label, String more) {
        return Strings.inBuffer(label + more, Labels.LENGTH);
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static String protocolText(Packet p, int e, FieldDef def) {
        if (def.name().equals("data")) {
            return DataDissector.label(p.len(e));
        }
        String t = FieldFormat.format(p, e);
        return t.equals(def.name()) ? title(def) : t;
    }

    private static String title(FieldDef def) {
        return def.title().isEmpty() ? def.name() : def.title();
    }

    /**
     * The value as {@code -T fields} prints it, but a hexadecimal value in as many digits as its
     * mask spans ({@code Flow Label: 0xa45cf}) or its type is wide, as Wireshark's tree does.
     */
    private static String maskedHex(Packet p, int e, FieldDef def) {
        long mask = def.bitmask();
        if (!def.type().isInteger() || !def.display().equals("BASE_HEX") || p.shownDecimal(e)
                || def.type().width() <= 0) {
            return FieldFormat.format(p, e);
        }
        // unmasked: as many digits as the type is wide (Frame Type: PING (0x0000000000000001))
        int bits = mask == 0 ? def.type().width() * 8
                : 64 - Long.numberOfLeadingZeros(mask >>> Long.numberOfTrailingZeros(mask));
        String hex = Long.toHexString(p.num(e));
        return "0x" + "0".repeat(Math.max(0, (bits + 3) / 4 - hex.length())) + hex;
    }

    /** The value with its name: {@code Name (value)}, or the name alone for a boolean. */
    private static String named(Packet p, int e, FieldDef def, String value) {
        if (!(def.type().isInteger() || def.type() == FieldType.BOOLEAN)) {
            return value;
        }
        ValueStrings own = p.names(e);
        String name = own != null ? own.nameOf(p.num(e)) : ValueNames.of(def, p.num(e));
        if (name == null && (own != null || def.strings() != null) && def.type() != FieldType.BOOLEAN) {
            name = "Unknown"; // a value its field's names leave out, as Wireshark labels it
        }
        if (name == null) {
            return value;
        }
        // a field shown in no base (BASE_NONE: checksum statuses and the like) is its name alone
        return def.type() == FieldType.BOOLEAN || def.display().equals("BASE_NONE") ? name : name + " (" + value + ")";
    }

    /** {@code 0100 .... = } for a field with a bit mask, as Wireshark draws it; empty otherwise. */
    static String bits(Packet p, int e, FieldDef def) {
        long own = p.shownMask(e);
        long mask = own != 0 ? own : def.bitmask();
        int nbits = def.type() == FieldType.BOOLEAN ? booleanBits(def) : def.type().width() * 8;
        // an item shown in decimal is another registration of the name, unmasked (DNS's OPT size)
        if (mask == 0 || p.shownDecimal(e) || nbits <= 0 || nbits > 64 || !(def.type().isInteger() || def.type() == FieldType.BOOLEAN)) {
            return "";
        }
        return bits(p.num(e), mask, nbits);
    }

    /** {@code 0100 .... = } for {@code value} under {@code mask} in a word of {@code width} bits. */
    static String bits(long value, long mask, int width) {
        long shifted = value << Long.numberOfTrailingZeros(mask);
        StringBuilder sb = new StringBuilder(width + width / 4 + 3);
        for (int i = width - 1; i >= 0; i--) {
            long bit = 1L << i;
            sb.append((mask & bit) == 0 ? '.' : (shifted & bit) != 0 ? '1' : '0');
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
        }
        return sb.append(" = ").toString();
    }

    /**
     * A boolean's display is the width in bits of the word its mask applies to, which need not
     * be whole bytes (TCP's flags are 12 bits: {@code 000. .... .... = Reserved}).
     */
    private static int booleanBits(FieldDef def) {
        try {
            return Integer.parseInt(def.display().trim());
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

}
