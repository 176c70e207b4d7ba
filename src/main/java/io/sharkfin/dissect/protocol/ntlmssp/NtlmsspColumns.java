package io.sharkfin.dissect.protocol.ntlmssp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.protocol.OpenInfo;
import io.sharkfin.dissect.protocol.RecordedInfo;

/**
 * What one call of NTLMSSP appends to the Info column ({@code col_append_sep_str(..., ", ",
 * ...)}): into the text of the dissector that carries it when that one keeps it open (SMB2), else
 * recorded, one text per call, for the summary's NTLMSSP writer (under HTTP, whose Info the
 * summary writes from its fields).
 */
final class NtlmsspColumns {
    private final Packet p;
    private final boolean open;
    private final StringBuilder own = new StringBuilder();

    NtlmsspColumns(Packet p) {
        this.p = p;
        this.open = OpenInfo.isOpen(p);
    }

    void append(String text) {
        if (open) {
            OpenInfo.appendSeparated(p, ", ", text);
        } else {
            if (!own.isEmpty()) {
                own.append(", ");
            }
            own.append(text);
        }
    }

    /** show_exception: the malformed marker, right after what the call wrote so far. */
    void exceptionShown(Truncated e) {
        String marker = OpenInfo.exceptionShown(p, e);
        if (open) {
            OpenInfo.append(p, marker);
        } else {
            own.append(marker);
        }
    }

    /** The call ended: its text is recorded (empty when it wrote none) unless it went to an open one. */
    void done() {
        if (!open) {
            RecordedInfo.add(p, NtlmsspFields.NTLMSSP.name(), own.toString());
        }
    }
}
