package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * A frame's full protocol tree, in the manner of {@code tshark -V}: one line per entry of a
 * packet dissected with every field ({@link io.sharkfin.dissect.Session#full()}), indented by its
 * depth in Wireshark's tree ({@link TreeShape}), as {@code Title: value} with the value's name where
 * the field has one ({@code Type: IPv4 (0x0800)}), the bits of a bit field
 * ({@code 0100 .... = Version: 4}), and the field's filter name after it, which is what one types
 * in a filter.
 */
public final class ProtocolTree {

    /** Values longer than this are cut (a payload's hex would fill the screen). */
    private static final int MAX_VALUE = 96;

    /** One line of the tree. */
    public record Line(int depth, String text, String field, boolean protocol) {
    }

    private ProtocolTree() {
    }

    /** The tree of the packet just dissected. */
    public static List<Line> of(Packet p) {
        int n = p.entryCount();
        TreeShape shape = new TreeShape(p);
        List<Line> out = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            FieldDef def = p.registry().byId(p.field(e));
            out.add(new Line(shape.depth(e), text(p, e, def), def.name(), def.isProtocol()));
        }
        return out;
    }

    /** The plain text of a tree, four spaces a level, filter names in brackets. */
    public static List<String> render(List<Line> tree) {
        List<String> out = new ArrayList<>(tree.size());
        for (Line l : tree) {
            out.add("    ".repeat(l.depth()) + l.text() + "  [" + l.field() + "]");
        }
        return out;
    }

    static String text(Packet p, int e, FieldDef def) {
        String label = p.label(e);
        if (label != null) {
            return label;
        }
        if (def.isProtocol()) {
            return protocolText(p, e, def);
        }
        if (def.type() == FieldType.NONE) {
            return def.title();
        }
        String value = cut(FieldFormat.format(p, e));
        String named = named(p, e, def, value);
        String bits = bits(p, e, def);
        return bits + title(def) + ": " + named;
    }

    private static String protocolText(Packet p, int e, FieldDef def) {
        if (def.name().equals("data")) {
            return "Data (" + p.len(e) + " bytes)";
        }
        String t = FieldFormat.format(p, e);
        return t.equals(def.name()) ? title(def) : t;
    }

    private static String title(FieldDef def) {
        return def.title().isEmpty() ? def.name() : def.title();
    }

    /** The value with its name: {@code Name (value)}, or the name alone for a boolean. */
    private static String named(Packet p, int e, FieldDef def, String value) {
        if (!(def.type().isInteger() || def.type() == FieldType.BOOLEAN)) {
            return value;
        }
        String name = ValueNames.of(def, p.num(e));
        if (name == null) {
            return value;
        }
        return def.type() == FieldType.BOOLEAN ? name : name + " (" + value + ")";
    }

    /** {@code 0100 .... = } for a field with a bit mask, as Wireshark draws it; empty otherwise. */
    static String bits(Packet p, int e, FieldDef def) {
        long mask = def.bitmask();
        int width = def.type() == FieldType.BOOLEAN ? booleanWidth(def) : def.type().width();
        if (mask == 0 || width <= 0 || width > 8 || !(def.type().isInteger() || def.type() == FieldType.BOOLEAN)) {
            return "";
        }
        int nbits = width * 8;
        long shifted = p.num(e) << Long.numberOfTrailingZeros(mask);
        StringBuilder sb = new StringBuilder();
        for (int i = nbits - 1; i >= 0; i--) {
            long bit = 1L << i;
            sb.append((mask & bit) == 0 ? '.' : (shifted & bit) != 0 ? '1' : '0');
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
        }
        return sb.append(" = ").toString();
    }

    /** A boolean's display is the width in bits of the word its mask applies to. */
    private static int booleanWidth(FieldDef def) {
        try {
            int bitsWide = Integer.parseInt(def.display().trim());
            return bitsWide > 0 && bitsWide % 8 == 0 ? bitsWide / 8 : 0;
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static String cut(String value) {
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }
}
