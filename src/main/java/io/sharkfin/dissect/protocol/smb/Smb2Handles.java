package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * packet-dcerpc-nt.c's policy-handle table as SMB2 fills it with its file ids (GUID handles):
 * for the whole capture, across sessions and connections, each handle value's lives (first and
 * last frame, the frames it was opened and closed in) and the name its create gave it
 * ("File: NAME"). SMB2's export of objects names a file by the life of its handle the frame lies
 * in. The C quirks are kept: every use of an unknown handle starts a nameless life, and an open of
 * a handle whose life is still running ends that life in the open's frame, so the name the open
 * then stores goes to the old life and the new one stays nameless.
 *
 * <p>Bounded: at most {@link #MAX_HANDLES} handle values (the oldest forgotten first) and
 * {@link #MAX_LIVES} lives per value (the earliest dropped).
 */
final class Smb2Handles {
    static final int MAX_HANDLES = 262_144;
    static final int MAX_LIVES = 64;

    /** A file id's 16 bytes, as two little-endian halves (persistent, volatile). */
    record Handle(long persistent, long volatileId) {
        static final Handle NULL = new Handle(0, 0);

        boolean isNull() {
            return persistent == 0 && volatileId == 0;
        }

        /** guid_to_str of the id read as a little-endian GUID. */
        String guidString() {
            StringBuilder s = new StringBuilder(36);
            s.append(String.format("%08x-%04x-%04x-", persistent & 0xffffffffL, (persistent >>> 32) & 0xffff,
                    persistent >>> 48));
            for (int i = 0; i < 8; i++) {
                if (i == 2) {
                    s.append('-');
                }
                s.append(String.format("%02x", (volatileId >>> (8 * i)) & 0xff));
            }
            return s.toString();
        }
    }

    /** One life of a handle value ({@code pol_value}). */
    static final class Life {
        final long openFrame;
        long closeFrame;
        final long firstFrame;
        long lastFrame;
        String name;

        Life(long openFrame, long closeFrame, long firstFrame, long lastFrame, String name) {
            this.openFrame = openFrame;
            this.closeFrame = closeFrame;
            this.firstFrame = firstFrame;
            this.lastFrame = lastFrame;
            this.name = name;
        }
    }

    private final Map<Handle, List<Life>> lives = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Handle, List<Life>> eldest) {
            return size() > MAX_HANDLES;
        }
    };

    static Smb2Handles of(Packet p) {
        return p.session().state(Smb2Handles.class, Smb2Handles::new);
    }

    /** find_pol_handle: the first life (by first frame) that {@code frame} lies in, or null. */
    Life find(Handle h, long frame) {
        List<Life> list = lives.get(h);
        if (list == null) {
            return null;
        }
        for (Life l : list) {
            if (l.firstFrame <= frame && (l.lastFrame == 0 || l.lastFrame >= frame)) {
                return l;
            }
        }
        return null;
    }

    /** dcerpc_smb_store_pol_pkts: records an open, a close or a use of the handle. */
    void store(Handle h, long frame, boolean open, boolean close) {
        if (h.isNull()) {
            return;
        }
        Life l = find(h, frame);
        if (l != null) {
            if (!open) {
                if (close) {
                    l.closeFrame = frame;
                    l.lastFrame = frame;
                }
                return;
            }
            if (l.firstFrame == frame && l.lastFrame == 0) {
                return; // the same open seen twice
            }
            l.lastFrame = frame; // a close we missed
        }
        long closeFrame = close ? frame : 0;
        add(h, new Life(open ? frame : 0, closeFrame, frame, closeFrame, null));
    }

    /** dcerpc_store_polhnd_name: names the life {@code frame} lies in, or starts one. */
    void name(Handle h, long frame, String name) {
        if (h.isNull()) {
            return;
        }
        Life l = find(h, frame);
        if (l != null) {
            l.name = name;
            return;
        }
        add(h, new Life(0, 0, frame, 0, name == null ? "<UNKNOWN>" : name));
    }

    /** add_pol_handle: after every life that began in or before the new one's first frame. */
    private void add(Handle h, Life l) {
        List<Life> list = lives.computeIfAbsent(h, k -> new ArrayList<>());
        int i = 0;
        while (i < list.size() && list.get(i).firstFrame <= l.firstFrame) {
            i++;
        }
        list.add(i, l);
        if (list.size() > MAX_LIVES) {
            list.removeFirst();
        }
    }
}
