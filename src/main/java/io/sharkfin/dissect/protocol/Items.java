package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.ValueStrings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Adds items the way Wireshark's {@code proto_tree_add_*} calls do. The bytes of an item
 * read from the data are checked whether or not the item is recorded (as {@code test_length}
 * checks them with or without a tree); an item whose value the dissector passes is not checked;
 * a subtree's span is checked before anything else. Items are recorded when the session wants
 * them; {@link #tree} says whether tshark would have built a tree at all, for file-jpeg.c's
 * segments that are read only into one.
 *
 * <p>A tree holds at most {@link #MAX_ITEMS} of an image's items: Wireshark stops a dissector
 * that adds more than its {@code gui.max_tree_items} (a million) to a tree, which hostile IFD
 * pointers in an Exif block can ask for; here the image is then marked malformed.
 */
public final class Items {
    /** Wireshark's default {@code gui.max_tree_items}. */
    public static final int MAX_ITEMS = 1_000_000;
    /** A held item's handle is {@code HELD - index}, below the entries and -1 (none). */
    private static final int HELD = -2;
    /** The handle of the subtree open when items began to be held. */
    private static final int ROOT = Integer.MIN_VALUE;

    private final Packet p;
    private final boolean tree;
    private final int firstEntry;
    /** Items held back ({@link #hold}), or null. */
    private List<Held> held;
    private int heldParent;

    /**
     * @param fields the fields of the image's protocol: whether the session wants any of them (or
     *               the tree's text items) stands for whether tshark would have built a tree, which
     *               decides what file-jpeg.c reads. A session filtering on other fields only (the
     *               error indications, which every summary line asks for, among them) reads as
     *               tshark's summary pass does, unless it builds trees anyway
     *               ({@link io.sharkfin.dissect.Session#buildsTree}: a display filter,
     *               or a -z statistic with a filter)
     */
    public Items(Packet p, FieldGroup fields) {
        this.p = p;
        this.tree = p.wantsAny(fields) || p.wantsText() || (p.session() != null && p.session().buildsTree());
        this.firstEntry = p.entryCount();
    }

    /** Whether Wireshark builds a tree here (tshark's summary lines are written without one). */
    public boolean tree() {
        return tree;
    }

    /** Whether item texts are recorded: callers build the texts they pass only then. */
    public boolean texts() {
        return p.wantsText();
    }

    /**
     * {@code proto_tree_add_item} of an integer, boolean, bytes, label or string field over
     * {@code len} bytes at {@code off} (-1: the captured rest), big-endian unless {@code le}.
     * Strings are ASCII (see {@link #latin1} for the others), their value ending at a NUL. Returns
     * the item, or -1.
     */
    public int add(FieldSpec f, Tvb t, int off, int len, boolean le) {
        FieldType type = f.type();
        int n = itemLength(type, t, off, len);
        boolean string = type == FieldType.STRING || type == FieldType.STRINGZ;
        if (!(p.wants(f) || string && Expert.wanted(p, Expert.TRAILING_STRAY_CHARACTERS))) {
            return -1;
        }
        int buf = t.buf;
        int at = t.at(t.offset(off));
        return switch (type) {
            case UINT8, UINT16, UINT24, UINT32 -> {
                long v = masked(f, uint(t, off, n, le));
                yield emit(() -> p.addUInt(f, buf, at, n, v));
            }
            case IPv4 -> emit(() -> p.addIPv4(f, buf, at));
            case INT32 -> {
                long v = (int) uint(t, off, n, le);
                yield emit(() -> p.addInt(f, buf, at, n, v));
            }
            case BOOLEAN -> {
                boolean v = (uint(t, off, n, le) & f.bitmask()) != 0;
                yield emit(() -> p.addBoolean(f, buf, at, n, v));
            }
            case NONE -> emit(() -> p.addNone(f, buf, at, n));
            case STRING, STRINGZ, STRINGZPAD -> emit(() -> p.addCString(f, buf, at, n, true));
            default -> emit(() -> p.addBytes(f, buf, at, n));
        };
    }

    /** {@link #add} of a big-endian or byte-order-free field. */
    public int add(FieldSpec f, Tvb t, int off, int len) {
        return add(f, t, off, len, false);
    }

    /**
     * {@code proto_tree_add_item} of a string field in ISO 8859-1 (PNG's text chunks): each byte
     * is its character; the value ends at a NUL.
     */
    public int latin1(FieldSpec f, Tvb t, int off, int len) {
        int n = itemLength(f.type(), t, off, len);
        if (!p.wants(f)) {
            return -1;
        }
        String s = new String(t.bytes(off, n), StandardCharsets.ISO_8859_1);
        int nul = s.indexOf('\0');
        String value = nul < 0 ? s : s.substring(0, nul);
        int buf = t.buf;
        int at = t.at(t.offset(off));
        return emit(() -> p.addComputedString(f, buf, at, n, value));
    }

    /**
     * {@code proto_tree_add_item} of an FT_UINT_BYTES field with a one-byte length before its
     * bytes: the item covers both, the value is the bytes.
     */
    public int countedBytes(FieldSpec f, Tvb t, int off) {
        int count = t.u8(off);
        t.ensureBytes(off, 1 + count);
        if (!p.wants(f)) {
            return -1;
        }
        byte[] value = t.bytes(off + 1, count);
        int buf = t.buf;
        int at = t.at(t.offset(off));
        return emit(() -> p.addComputedBytes(f, buf, at, 1 + count, value));
    }

    /** {@code proto_tree_add_uint} (and its {@code _format} kin): a value read before; no check. */
    public int uint(FieldSpec f, Tvb t, int off, int len, long value) {
        if (!p.wants(f)) {
            return -1;
        }
        int buf = t.buf;
        int at = t.at(Math.max(0, Math.min(off, t.capturedLength())));
        return emit(() -> p.addUInt(f, buf, at, len, value));
    }

    /** {@code proto_tree_add_string}: a value read or computed before; no check. */
    public int string(FieldSpec f, Tvb t, int off, int len, String value) {
        if (!p.wants(f)) {
            return -1;
        }
        int buf = t.buf;
        int at = t.at(Math.max(0, Math.min(off, t.capturedLength())));
        return emit(() -> p.addComputedString(f, buf, at, len, value));
    }

    /** {@code proto_tree_add_float}: a value computed before; no check. */
    public int floating(FieldSpec f, Tvb t, int off, int len, double value) {
        if (!p.wants(f)) {
            return -1;
        }
        int buf = t.buf;
        int at = t.at(off);
        return emit(() -> p.addDouble(f, buf, at, len, value));
    }

    /** {@code proto_tree_add_none_format}: a label over bytes it does not check. */
    public int none(FieldSpec f, Tvb t, int off, int len) {
        if (!p.wants(f)) {
            return -1;
        }
        int n = Math.max(0, Math.min(len, t.capturedRemaining(off)));
        int buf = t.buf;
        int at = t.at(Math.min(off, t.capturedLength()));
        return emit(() -> p.addNone(f, buf, at, n));
    }

    /**
     * {@code proto_tree_add_subtree}: a text item over {@code len} bytes at {@code off} (-1: the
     * captured rest, which must hold a byte) whose span is checked first; {@code text} is null
     * when {@link #texts} says no one reads it. {@link #open} makes it the parent of what follows.
     */
    public int text(Tvb t, int off, int len, String text) {
        int n = len == -1 ? (t.capturedLength() > 0 ? t.ensureCapturedRemaining(off) : 0) : len;
        if (len != -1) {
            t.ensureBytes(off, len);
        }
        boolean shown = text != null && texts();
        // held, it groups what is added under it even when it is not recorded itself (nothing
        // is recorded without a tree, so it need not be held then)
        if (!shown && (held == null || !tree)) {
            return -1;
        }
        int abs = t.offset(off);
        int buf = t.buf;
        int at = t.at(abs);
        int span = Math.min(n, t.capturedLength() - abs);
        return emit(() -> shown ? p.addText(buf, at, span, text, false) : -1);
    }

    /**
     * {@code proto_tree_add_bitmask}'s shape: the integer {@code field} over {@code len} bytes at
     * {@code off}, and beneath it each of its {@code bits} (boolean or masked fields) over the
     * same bytes. Returns the integer's item.
     */
    public int bitmask(FieldSpec field, FieldSpec[] bits, Tvb t, int off, int len) {
        int item = add(field, t, off, len);
        int saved = open(item);
        for (FieldSpec bit : bits) {
            add(bit, t, off, len);
        }
        close(saved);
        return item;
    }

    /** {@code proto_tree_add_expert}: a text item worded as the finding, the finding under it. */
    public void expertItem(Expert.Info info, Tvb t, int off, int len) {
        expertItem(info, t, off, len, null);
    }

    /**
     * {@code proto_tree_add_expert_format}: {@link #expertItem} worded {@code message} (null: the
     * finding's own); a length of -1 takes the captured rest, which must hold a byte.
     */
    public void expertItem(Expert.Info info, Tvb t, int off, int len, String message) {
        int n = len == -1 ? t.ensureCapturedRemaining(off) : len;
        t.ensureBytes(off, n);
        int buf = t.buf;
        int at = t.at(t.offset(off));
        String text = message != null ? message : info.message();
        int item = emit(() -> p.addText(buf, at, n, text, false));
        expert(item, info, t, off, message);
    }

    /** {@code expert_add_info(_format)} on {@code item}; {@code message} null for the finding's own. */
    public void expert(int item, Expert.Info info, Tvb t, int off, String message) {
        if (!Expert.wanted(p, info)) {
            return;
        }
        int buf = t.buf;
        int at = t.at(Math.max(0, Math.min(off, t.capturedLength())));
        if (held == null) {
            Expert.add(p, item, info, buf, at, message);
        } else {
            // under the item it is about: the finding's items go where the item's children go
            int saved = open(item);
            emit(() -> {
                Expert.add(p, -1, info, buf, at, message);
                return -1;
            });
            close(saved);
        }
    }

    /** Whether an expert finding would be recorded: callers build its message only then. */
    public boolean wantsExpert(Expert.Info info) {
        return Expert.wanted(p, info);
    }

    /** Gives an item the text its dissector wrote for it ({@code proto_item_set_text}, appended text). */
    public void label(int e, String text) {
        if (text == null) {
            return;
        }
        if (e <= HELD && e != ROOT) {
            held.get(HELD - e).label = text;
        } else if (e >= 0) {
            p.setLabel(e, text);
        }
    }

    /** {@code proto_item_set_len}. */
    public void setLength(int e, int len) {
        if (e <= HELD && e != ROOT) {
            held.get(HELD - e).length = len;
        } else if (e >= 0) {
            p.setLength(e, len);
        }
    }

    /** Makes {@code item} the parent of the items that follow (-1: no change); returns the parent to {@link #close}. */
    public int open(int item) {
        if (held == null) {
            return p.openSubtree(item);
        }
        int saved = heldParent;
        if (item != -1) {
            heldParent = item;
        }
        return saved;
    }

    public void close(int saved) {
        if (held == null) {
            p.closeSubtree(saved);
        } else {
            heldParent = saved;
        }
    }

    /**
     * Holds back the items added from now on, until {@link #release}: a dissector that adds to a
     * subtree and then to its parent in turns (file-jpeg.c's IFDs, whose values and sub-IFDs go to
     * the segment as the IFD's entries are read) has its items recorded in the order of the tree,
     * which is the order tshark lists a field's occurrences in, whatever stops the dissection.
     * Returns the handle of the subtree open now, to {@link #open} it again later.
     */
    public int hold() {
        held = new ArrayList<>();
        heldParent = ROOT;
        return ROOT;
    }

    /** Records the items held back, each subtree after its item, in the order they were added under it. */
    public void release() {
        List<Held> nodes = held;
        held = null;
        // the children of each held item, and the items under the packet's own entries, in order
        int[] first = new int[nodes.size()];
        int[] next = new int[nodes.size()];
        Arrays.fill(first, -1);
        int[] last = new int[nodes.size()];
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            next[i] = -1;
            int parent = nodes.get(i).parent;
            if (parent <= HELD && parent != ROOT) {
                int pi = HELD - parent;
                if (first[pi] < 0) {
                    first[pi] = i;
                } else {
                    next[last[pi]] = i;
                }
                last[pi] = i;
            } else {
                roots.add(i);
            }
        }
        for (int r : roots) {
            int parent = nodes.get(r).parent;
            int saved = p.openSubtree(parent == ROOT ? -1 : parent);
            releaseTree(nodes, r, first, next);
            p.closeSubtree(saved);
        }
    }

    private void releaseTree(List<Held> nodes, int i, int[] first, int[] next) {
        Held h = nodes.get(i);
        int e = record(h.add.getAsInt());
        if (e >= 0 && h.label != null) {
            p.setLabel(e, h.label);
        }
        if (e >= 0 && h.length >= 0) {
            p.setLength(e, h.length);
        }
        if (first[i] < 0) {
            return;
        }
        int saved = p.openSubtree(e);
        for (int c = first[i]; c >= 0; c = next[c]) {
            releaseTree(nodes, c, first, next);
        }
        p.closeSubtree(saved);
    }

    /** Adds an item now, or holds it back (see {@link #hold}); returns the item. */
    private int emit(IntSupplier add) {
        if (held == null) {
            return record(add.getAsInt());
        }
        if (held.size() >= MAX_ITEMS) {
            throw Truncated.MALFORMED;
        }
        held.add(new Held(heldParent, add));
        return HELD - (held.size() - 1);
    }

    /** An item held back: what adds it, its parent (an entry, or a held item), its text and length. */
    private static final class Held {
        final int parent;
        final IntSupplier add;
        String label;
        int length = -1;

        Held(int parent, IntSupplier add) {
            this.parent = parent;
            this.add = add;
        }
    }

    /** The name the field's value table gives {@code value}, or null. */
    public String valueName(FieldSpec f, long value) {
        FieldDef d = p.registry().byId(f.id());
        ValueStrings vs = d == null ? null : d.strings();
        return vs == null ? null : vs.nameOf(value);
    }

    /** get_hfi_length and test_length: the item's length, its bytes checked as Wireshark checks them. */
    private static int itemLength(FieldType type, Tvb t, int off, int len) {
        if (len == -1) {
            if (type == FieldType.STRINGZ) {
                throw new IllegalArgumentException("FT_STRINGZ to the end");
            }
            if (type != FieldType.NONE && type != FieldType.BYTES && type != FieldType.STRING) {
                throw Truncated.MALFORMED;
            }
            int n = t.capturedLength() > 0 ? t.ensureCapturedRemaining(off) : 0;
            t.ensureBytes(off, n);
            return n;
        }
        int n = len;
        if (type == FieldType.NONE) {
            // a label is cut at the captured end rather than refused
            int rest = t.capturedRemaining(off);
            if (n < 0 || n > 0 && rest < n) {
                n = rest;
            }
        }
        if (n < 0) {
            throw Truncated.MALFORMED;
        }
        t.ensureBytes(off, n);
        return n;
    }

    private long uint(Tvb t, int off, int n, boolean le) {
        return switch (n) {
            case 1 -> t.u8(off);
            case 2 -> t.u16(off, le);
            case 3 -> le ? Integer.reverseBytes(t.u24(off)) >>> 8 : t.u24(off);
            case 4 -> t.u32(off, le);
            default -> throw new IllegalArgumentException("integer of " + n + " bytes");
        };
    }

    /** The value under the field's mask, shifted down, as Wireshark stores a bit field's value. */
    private static long masked(FieldSpec f, long value) {
        long mask = f.bitmask();
        return mask == 0 ? value : (value & mask) >>> Long.numberOfTrailingZeros(mask);
    }

    /** Counts the image's items against {@link #MAX_ITEMS}. */
    private int record(int e) {
        if (e >= 0 && e - firstEntry >= MAX_ITEMS) {
            throw Truncated.MALFORMED;
        }
        return e;
    }
}
