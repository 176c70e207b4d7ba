package io.sharkfin.dissect.protocol.cdp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.protocol.Tvb;

/**
 * What a CDP PDU writes into the Info column of tshark's one-line summary
 * ({@code Device ID: core-sw1  Port ID: Gi1/0/48  }). tshark writes the summary in a pass that
 * builds no tree, and packet-cdp.c reads most TLVs only {@code if (tree)}: that pass reads the two
 * IDs, the address lists, IP prefixes and power values, and skips the rest by their lengths. This
 * replays it over the PDU a dissection left in a packet, so the text, and whether the pass ended
 * in an exception, are tshark's. One instance per reader.
 */
public final class CdpColumns {

    /**
     * The Info text, and the exception that ended the pass, or null: the summary then says
     * "[Malformed Packet]" (or that the frame was cut short), whatever the tree showed.
     */
    public record Info(String text, Truncated exception) {
    }

    private final StringBuilder text = new StringBuilder();
    private Tvb span;

    /** The Info column of the PDU whose protocol item is {@code protocolEntry} in {@code p}. */
    public Info of(Packet p, int protocolEntry) {
        text.setLength(0);
        int len = p.rawLen(protocolEntry);
        span = Tvb.of(p, p.rawBuffer(protocolEntry), p.rawOffsetInBuffer(protocolEntry), len);
        try {
            pdu(len);
            return new Info(text.toString(), null);
        } catch (Truncated t) {
            return new Info(text.toString(), t);
        }
    }

    private void pdu(int end) {
        span.ensureBytes(0, end); // the checksum's vector
        int at = 4;
        while (at < end) {
            int type = span.u16(at, false);
            int length = span.u16(at + 2, false);
            if (length < 4) {
                at += 4;
                break;
            }
            at = tlv(at, type, length, end);
        }
        if (at > end) {
            throw Truncated.MALFORMED;
        }
    }

    private int tlv(int at, int type, int length, int end) {
        switch (type) {
            case 0x0001 -> {
                text.append("Device ID: ").append(stringzpad(at + 4, length - 4)).append("  ");
                return at + length;
            }
            case 0x0003 -> {
                int real = length;
                if (end - at >= length + 3 && span.u8(at + real) != 0x00 && span.u8(at + real) != 0x10) {
                    real = length + 3;
                }
                text.append("Port ID: ").append(stringzpad(at + 4, length - 4)).append("  ");
                return at + real;
            }
            case 0x0002, 0x0016 -> {
                return addresses(at, length);
            }
            case 0x0007 -> {
                if (length == 8) {
                    return at + 8;
                }
                at += 4;
                int left = length - 4;
                while (left > 0) {
                    span.u32(at, false); // the prefix and its length are the item's arguments
                    span.u8(at + 4);
                    at += 5;
                    left = (left - 5) & 0xffff;
                }
                return at;
            }
            case 0x0019, 0x001a -> {
                int left = span.u16(at + 2, false);
                if (left < 8) {
                    return at + left;
                }
                left -= 8;
                at += 8;
                while (left >= 4) {
                    span.u32(at, false); // proto_tree_add_item_ret_uint reads without a tree
                    left -= 4;
                    at += 4;
                }
                return at + left;
            }
            default -> {
                return at + length;
            }
        }
    }

    /** An address list without a tree: dissect_address_tlv's reads and subtree checks. */
    private int addresses(int at, int length) {
        at += 4;
        long count = span.u32(at, false);
        at += 4;
        length = (length - 8) & 0xffff;
        while (count != 0) {
            int used = address(at, length);
            if (used < 0) {
                break;
            }
            at += used;
            length = (length - used) & 0xffff;
            count--;
        }
        return at + length;
    }

    private int address(int at, int length) {
        if (length < 1) {
            return -1;
        }
        span.ensureBytes(at, length); // proto_tree_add_subtree checks before it looks at the tree
        int type = span.u8(at);
        at++;
        length--;
        if (length < 1) {
            return -1;
        }
        int protocolLength = span.u8(at);
        at++;
        length--;
        if (length < protocolLength) {
            return -1;
        }
        int nlpid = 0;
        int etype = 0;
        if (type == 1 && protocolLength == 1) {
            nlpid = span.u8(at);
        } else if (type == 2 && protocolLength == 8 && (span.u32(at, false) << 16 | span.u16(at + 4, false)) == 0xAAAA03000000L) {
            etype = span.u16(at + 6, false);
        }
        at += protocolLength;
        length -= protocolLength;
        if (length < 2) {
            return -1;
        }
        int addressLength = span.u16(at, false);
        at += 2;
        length -= 2;
        if (length < addressLength) {
            return -1;
        }
        if (type == 1 && protocolLength == 1 && nlpid == 0xcc && addressLength == 4) {
            span.bytes(at, 4); // the item's text, set with or without a tree
        } else if (type == 2 && protocolLength == 8 && etype == 0x86dd && addressLength == 16) {
            span.bytes(at, 16);
        } else if (addressLength != 0) {
            span.bytes(at, addressLength);
        }
        return 2 + protocolLength + 2 + addressLength;
    }

    /** {@code tvb_format_stringzpad}: the text up to the first NUL, the whole span read. */
    private String stringzpad(int off, int len) {
        byte[] raw = span.bytes(off, len);
        int n = 0;
        while (n < raw.length && raw[n] != 0) {
            n++;
        }
        return Strings.formatText(java.util.Arrays.copyOf(raw, n));
    }
}
