package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Packet;

import java.util.List;

import static io.sharkfin.dissect.protocol.quic.QuicFields.*;

/**
 * The fragment tree Wireshark shows above reassembled CRYPTO data ({@code show_fragment_tree}):
 * the fragments item, one item per fragment (its frame number; the error field when the
 * reassembly flagged it) with the flags it got, and the fragment count.
 */
final class CryptoFragmentTree {
    private CryptoFragmentTree() {
    }

    private static final int ERRORS = CryptoStream.OVERLAP_CONFLICT | CryptoStream.MULTIPLE_TAILS
            | CryptoStream.TOO_LONG;

    static void add(Packet p, int buf, int length, List<CryptoStream.Fragment> fragments) {
        int top = p.addNone(CRYPTO_FRAGMENTS, buf, 0, length);
        int saved = p.openSubtree(top);
        for (CryptoStream.Fragment f : fragments) {
            int at = (int) Math.min(f.offset, length);
            int len = Math.min(f.data.length, length - at);
            int e = p.addUInt((f.flags & ERRORS) != 0 ? FRAGMENT_ERROR : CRYPTO_FRAGMENT, buf, at, len,
                    f.frame);
            if (f.flags != 0) {
                int inner = p.openSubtree(e);
                flag(p, buf, f, CryptoStream.OVERLAP, FRAGMENT_OVERLAP);
                flag(p, buf, f, CryptoStream.OVERLAP_CONFLICT, FRAGMENT_OVERLAP_CONFLICT);
                flag(p, buf, f, CryptoStream.MULTIPLE_TAILS, FRAGMENT_MULTIPLETAILS);
                flag(p, buf, f, CryptoStream.TOO_LONG, FRAGMENT_TOOLONGFRAGMENT);
                p.closeSubtree(inner);
            }
        }
        p.addUInt(CRYPTO_FRAGMENT_COUNT, buf, 0, 0, fragments.size());
        p.closeSubtree(saved);
    }

    private static void flag(Packet p, int buf, CryptoStream.Fragment f, int bit,
                             io.sharkfin.dissect.FieldSpec field) {
        if ((f.flags & bit) != 0) {
            p.addBoolean(field, buf, 0, 0, true);
        }
    }
}
