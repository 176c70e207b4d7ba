package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.OpenInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * What NBSS, SMB2 and the authentication dissectors SMB2 calls wrote into the Info column of the
 * frame just dissected, for the summary line's writers: packet-smb2.c words its column from the
 * requests and files it remembers (a response's file name, a tree's path), and NTLMSSP appends to
 * SMB2's text from inside the security blob ({@link OpenInfo}), so the writers read the texts
 * here.
 */
public final class SmbColumns {
    private long frame = -1;
    private final List<String> nbss = new ArrayList<>();
    private final List<StringBuilder> smb2 = new ArrayList<>();

    private static SmbColumns of(Packet p) {
        SmbColumns c = p.session().state(SmbColumns.class, SmbColumns::new);
        if (c.frame != p.number()) {
            c.frame = p.number();
            c.nbss.clear();
            c.smb2.clear();
        }
        return c;
    }

    /** NBSS's text for one call (it sets the column before its messages' dissectors run). */
    static void nbss(Packet p, String text) {
        of(p).nbss.add(text);
    }

    /**
     * Starts the text of an SMB2 call (which clears the column), open to the dissectors of its
     * security blobs ({@link OpenInfo}).
     */
    static StringBuilder smb2(Packet p) {
        StringBuilder text = new StringBuilder();
        of(p).smb2.add(text);
        OpenInfo.open(p, text);
        return text;
    }

    /** The texts NBSS's calls wrote on {@code p} (the packet dissected last). */
    public static List<String> nbssTexts(Packet p) {
        SmbColumns c = p.session().state(SmbColumns.class, SmbColumns::new);
        return c.frame == p.number() ? List.copyOf(c.nbss) : List.of();
    }

    /** The texts SMB2's top-level calls wrote on {@code p}, one per NBSS message. */
    public static List<String> smb2Texts(Packet p) {
        SmbColumns c = p.session().state(SmbColumns.class, SmbColumns::new);
        if (c.frame != p.number()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder b : c.smb2) {
            out.add(b.toString());
        }
        return out;
    }
}
