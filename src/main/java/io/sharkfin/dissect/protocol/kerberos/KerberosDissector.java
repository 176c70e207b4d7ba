package io.sharkfin.dissect.protocol.kerberos;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.protocol.x509.Ber;
import io.sharkfin.dissect.protocol.x509.BerException;
import io.sharkfin.dissect.protocol.x509.X509;

import java.util.ArrayList;
import java.util.List;

/**
 * Kerberos on UDP port 88 ({@code dissect_kerberos_udp}): one message per datagram. A datagram
 * whose first byte is not an {@code [APPLICATION n]} tag of a Kerberos message is not Kerberos
 * (0: the UDP payload goes on to data); one whose first byte is 0x10 or less would be Kerberos 4,
 * which sharkfin does not dissect either. TCP's framing is {@link KerberosTcpDissector}'s.
 */
public final class KerberosDissector implements Dissector {

    /** Every field the dissector may add: Kerberos's and the BER items of its BIT STRINGs and times. */
    static final List<FieldSpec> FIELDS = allFields();

    private static List<FieldSpec> allFields() {
        List<FieldSpec> out = new ArrayList<>(KerberosFields.FIELDS);
        out.addAll(X509.BER_FIELDS);
        return List.copyOf(out);
    }

    /** The {@code [APPLICATION n]} tags {@code dissect_kerberos_common} accepts as a first byte. */
    private static final long MESSAGE_TAGS = bits(1, 2, 3, 10, 11, 12, 13, 14, 15, 25, 26, 27, 28, 29, 20, 21, 30);

    private static long bits(int... tags) {
        long set = 0;
        for (int t : tags) {
            set |= 1L << t;
        }
        return set;
    }

    @Override
    public FieldSpec protocol() {
        return KerberosFields.KERBEROS;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "KRB5";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (length < 1 || p.bufferLength(buf) <= offset) {
            return 0;
        }
        int first = p.u8(buf, offset);
        // a low-tag-number APPLICATION identifier; 0x1f (a high tag number) names no message
        if (first <= 0x10 || (first >> 6) != 1 || (MESSAGE_TAGS & (1L << (first & 0x1f))) == 0) {
            return 0;
        }
        if (p.session().active(this)) {
            int entry = p.protocolItem();
            p.setProtocolLength(entry, message(p, buf, offset, offset + length, entry, 0));
        }
        return length;
    }

    /**
     * One message from {@code start} (after the record mark of {@code markLength} bytes, 0 on
     * UDP) to {@code end}, under the protocol item {@code entry} (none when -1): the walk of
     * {@link KerberosMessages}. Returns the bytes it read, which the item is cut to
     * ({@code proto_item_set_len}). A length that lies ends the walk with the bounds error it is
     * in Wireshark: the message is malformed (and the item keeps its span).
     */
    static int message(Packet p, int buf, int start, int end, int entry, int markLength) {
        KerberosContext.reset();
        int saved = p.openSubtree(entry);
        try {
            Ber el = Ber.readClamped(p, buf, start + markLength, end);
            KerberosMessages.applications(p, buf, el);
            return (int) (Math.min(el.next(), end) - start);
        } catch (BerException bad) {
            throw Truncated.MALFORMED;
        } finally {
            p.closeSubtree(saved);
        }
    }
}
