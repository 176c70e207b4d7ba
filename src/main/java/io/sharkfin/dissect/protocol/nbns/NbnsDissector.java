package io.sharkfin.dissect.protocol.nbns;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The NetBIOS Name Service on UDP port 137 ({@code nbns}), as Wireshark 4.0's packet-nbt.c
 * dissects it: one message per datagram, the bytes UDP hands on. {@code length} is the payload
 * length the UDP header reports: bytes beyond the captured ones make the message "short", bytes
 * beyond {@code length} (an Ethernet trailer) are never read.
 *
 * <p>Nothing is parsed unless the session needs a field of the protocol (or every layer). The
 * Info column, which tshark writes in a pass of its own, is {@link NbnsColumns}'s.
 */
public final class NbnsDissector implements Dissector {

    /** Every field the dissector may add: its own, and those of expert infos. */
    private static final List<FieldSpec> FIELDS;

    static {
        List<FieldSpec> all = new ArrayList<>(NbnsFields.ALL);
        all.add(NbnsFields.INCOMPLETE_ENTRY.field());
        all.addAll(Expert.FIELDS);
        FIELDS = Collections.unmodifiableList(all);
    }

    @Override
    public FieldSpec protocol() {
        return NbnsFields.NBNS;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        Session s = p.session();
        if (s.active(this)) {
            int last = p.entryCount() - 1;
            int entry = last >= 0 && p.field(last) == NbnsFields.NBNS.id() ? last : -1;
            s.state(NbnsPass.class, NbnsPass::new).dissect(p, buf, offset, length, entry);
        }
        return length;
    }
}
