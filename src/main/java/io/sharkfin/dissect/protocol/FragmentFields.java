package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * The fields a reassembled datagram shows (Wireshark's {@code fragment_items} and
 * {@code show_fragment_tree}): the fragments item, one item per fragment (with its error flags),
 * the count, the reassembled length and data.
 */
final class FragmentFields {
    final FieldSpec overlap;
    final FieldSpec overlapConflict;
    final FieldSpec multipleTails;
    final FieldSpec tooLong;
    final FieldSpec error;
    final FieldSpec count;
    final FieldSpec fragment;
    final FieldSpec fragments;
    final FieldSpec reassembledIn;
    final FieldSpec reassembledLength;
    final FieldSpec reassembledData;

    private final boolean fragmentsHaveValue;

    /**
     * @param p                  the protocol's filter name ({@code ip}, {@code ipv6})
     * @param label              how titles name the protocol ({@code IPv4}, {@code IPv6})
     * @param fragmentsHaveValue whether the fragments item holds the data (IPv4) or none (IPv6)
     * @param reassembledInName  the name of the "reassembled in" field
     */
    FragmentFields(String p, String label, boolean fragmentsHaveValue, String reassembledInName) {
        this.fragmentsHaveValue = fragmentsHaveValue;
        overlap = Fields.bool(p + ".fragment.overlap", "Fragment overlap", 0, 0);
        overlapConflict = Fields.bool(p + ".fragment.overlap.conflict",
                "Conflicting data in fragment overlap", 0, 0);
        multipleTails = Fields.bool(p + ".fragment.multipletails", "Multiple tail fragments found", 0, 0);
        tooLong = Fields.bool(p + ".fragment.toolongfragment", "Fragment too long", 0, 0);
        error = Fields.frame(p + ".fragment.error", "Defragmentation error");
        count = Fields.uint(p + ".fragment.count", "Fragment count", FieldType.UINT32, "BASE_DEC");
        fragment = Fields.frame(p + ".fragment", label + " Fragment");
        fragments = fragmentsHaveValue ? Fields.bytes(p + ".fragments", label + " Fragments")
                : Fields.none(p + ".fragments", label + " Fragments");
        reassembledIn = Fields.frame(reassembledInName, "Reassembled " + label + " in frame");
        reassembledLength = Fields.uint(p + ".reassembled.length", "Reassembled " + label + " length",
                FieldType.UINT32, "BASE_DEC");
        reassembledData = Fields.bytes(p + ".reassembled.data", "Reassembled " + label + " data");
    }

    List<FieldSpec> all() {
        return List.of(overlap, overlapConflict, multipleTails, tooLong, error, count, fragment,
                fragments, reassembledIn, reassembledLength, reassembledData);
    }

    /** Adds the fragment tree over buffer {@code buf} holding the reassembled datagram. */
    void addTree(Packet p, int buf, FragmentTable.Reassembled r) {
        int len = r.data().length;
        int top = fragmentsHaveValue ? p.addBytes(fragments, buf, 0, len)
                : p.addNone(fragments, buf, 0, len);
        int saved = p.openSubtree(top);
        for (FragmentTable.Fragment f : r.fragments()) {
            int e = p.addUInt(f.isError() ? error : fragment, buf, Math.min(f.offset(), len),
                    Math.max(0, Math.min(f.length(), len - Math.min(f.offset(), len))), f.frame());
            if (f.overlap() || f.isError()) {
                int inner = p.openSubtree(e);
                if (f.overlap()) {
                    p.addBoolean(overlap, buf, 0, 0, true);
                }
                if (f.overlapConflict()) {
                    p.addBoolean(overlapConflict, buf, 0, 0, true);
                }
                if (f.multipleTails()) {
                    p.addBoolean(multipleTails, buf, 0, 0, true);
                }
                if (f.tooLong()) {
                    p.addBoolean(tooLong, buf, 0, 0, true);
                }
                p.closeSubtree(inner);
            }
        }
        p.addUInt(count, buf, 0, 0, r.fragments().size());
        p.addUInt(reassembledLength, buf, 0, 0, len);
        p.addBytes(reassembledData, buf, 0, len);
        p.closeSubtree(saved);
    }
}
