package io.sharkfin.repl.view;

import io.sharkfin.dissect.Durations;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.OuiVendors;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.IcmpNames;
import io.sharkfin.dissect.protocol.Icmpv6Names;
import io.sharkfin.dissect.protocol.dns.DnsNames;
import io.sharkfin.dissect.protocol.tcp.TcpFlagText;
import io.sharkfin.dissect.protocol.tls.QuicParameterNames;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts Wireshark's dissectors give some items in their own words ({@code
 * proto_tree_add_uint_format} and the like: "Frame Length: 73 bytes (584 bits)", "Flags: 0x018
 * (PSH, ACK)"), where the tree would otherwise show the field's title and value. Computed when the
 * tree is drawn, from the item's value and the items beside it, so dissecting allocates nothing
 * for them. The wording of each is Wireshark 4.0's (its source file is named beside it).
 */
final class ItemTexts {
    /** An item's text from its packet, entry and field. */
    @FunctionalInterface
    interface Text {
        String of(Packet p, int e, FieldDef def);
    }


    /** packet-vlan.c's pri_vals (IEEE 802.1Q-2005 and later, its default). */
    private static final String[] VLAN_PRIORITIES = {"Best Effort (default)", "Background", "Excellent Effort",
        "Critical Applications", "Video, < 100ms latency and jitter", "Voice, < 10ms latency and jitter",
        "Internetwork Control", "Network Control"};
    private static final Map<String, Text> BY_FIELD = new HashMap<>();
    // a checksum's status values (proto.h's PROTO_CHECKSUM_E_GOOD, _UNVERIFIED)
    private static final int GOOD = 1;
    private static final int UNVERIFIED = 2;
    private static final int ILLEGAL = 4;

    static {
        // packet-frame.c
        BY_FIELD.put("frame.len", (p, e, d) -> "Frame Length: " + bytesAndBits(p.num(e)));
        BY_FIELD.put("frame.cap_len", (p, e, d) -> "Capture Length: " + bytesAndBits(p.num(e)));
        BY_FIELD.put("frame.interface_id", (p, e, d) -> "Interface id: " + p.num(e) + " ("
                + (p.frame().interfaceName() != null ? p.frame().interfaceName() : "unknown") + ")");
        // packet-frame.c: a comment's item is the comment
        BY_FIELD.put("frame.comment", (p, e, d) -> FieldFormat.format(p, e));
        // packet-ip.c
        BY_FIELD.put("ip.version", (p, e, d) -> ProtocolTree.bits(p.num(e), 0xf0, 8) + "Version: " + p.num(e));
        BY_FIELD.put("ip.hdr_len", (p, e, d) -> headerLength(p.num(e), 0x0f));
        BY_FIELD.put("ip.dsfield", (p, e, d) -> dsfield(p.num(e)));
        BY_FIELD.put("ip.flags", ItemTexts::ipFlags);
        // the offset in bytes, over the bits of the field's eighths
        BY_FIELD.put("ip.frag_offset", (p, e, d) -> ProtocolTree.bits(p, e, d) + "Fragment Offset: " + p.num(e) * 8);
        BY_FIELD.put("ip.checksum", (p, e, d) -> String.format(Locale.ROOT,
                "Header Checksum: 0x%04x [validation disabled]", p.num(e)));
        // packet-tcp.c and packet-udp.c: outside ICMP's quoted headers
        BY_FIELD.put("tcp.seq", (p, e, d) -> inIcmp(p, e) ? null
                : "Sequence Number: " + p.num(e) + "    (relative sequence number)");
        BY_FIELD.put("tcp.nxtseq", (p, e, d) -> inIcmp(p, e) ? null
                : "Next Sequence Number: " + p.num(e) + "    (relative sequence number)");
        BY_FIELD.put("tcp.ack", ItemTexts::tcpAck);
        BY_FIELD.put("tcp.hdr_len", (p, e, d) -> headerLength(p.num(e), 0xf0));
        BY_FIELD.put("tcp.flags", (p, e, d) -> String.format(Locale.ROOT, "Flags: 0x%03x (%s)", p.num(e),
                TcpFlagText.of(p.num(e), childNum(p, e, "tcp.flags.ace", -1))));
        // a zero UDP checksum (over IPv4) means none: packet-udp.c says so instead of checking it
        // a zero checksum is no checksum over IPv4, an error over IPv6 (its status says which)
        BY_FIELD.put("udp.checksum", (p, e, d) -> p.num(e) != 0 ? checksum(p, e, d) : "Checksum: 0x0000 [zero-value "
                + (childNum(p, e, "udp.checksum.status", UNVERIFIED) == ILLEGAL ? "illegal]" : "ignored]"));
        BY_FIELD.put("tcp.completeness", (p, e, d) -> "Conversation completeness: " + completeness(p.num(e)));
        BY_FIELD.put("tcp.options", (p, e, d) -> tcpOptions(p, e));
        BY_FIELD.put("tcp.options.nop", (p, e, d) -> d.title());
        BY_FIELD.put("tcp.options.eol", (p, e, d) -> d.title());
        BY_FIELD.put("tcp.options.sack_perm", (p, e, d) -> d.title());
        BY_FIELD.put("tcp.options.mss", (p, e, d) -> d.title() + ": " + childText(p, e, "tcp.options.mss_val") + " bytes");
        BY_FIELD.put("tcp.options.wscale", (p, e, d) -> d.title() + ": " + childText(p, e, "tcp.options.wscale.shift")
                + " (multiply by " + childText(p, e, "tcp.options.wscale.multiplier") + ")");
        BY_FIELD.put("tcp.options.timestamp", (p, e, d) -> d.title() + ": TSval "
                + childText(p, e, "tcp.options.timestamp.tsval") + ", TSecr " + childText(p, e, "tcp.options.timestamp.tsecr"));
        BY_FIELD.put("tcp.options.sack", ItemTexts::sack);
        BY_FIELD.put("tcp.payload", ItemTexts::tcpPayload);
        BY_FIELD.put("tcp.segment_data", (p, e, d) -> (firstUnder(p, p.parent(e), "tcp.analysis.retransmission") >= 0
                ? "Retransmitted " : "") + "TCP segment data (" + bytes(p.len(e)) + ")");
        BY_FIELD.put("tcp.window_size_scalefactor", (p, e, d) -> "Window size scaling factor: " + p.num(e)
                + (p.num(e) == -1 ? " (unknown)" : p.num(e) == -2 ? " (no window scaling used)" : ""));
        // packet-icmp.c: the type and code with their names, the checksum said where it was not checked
        // packet-icmp.c and packet-icmpv6.c: a reply's time since its request in milliseconds
        BY_FIELD.put("icmp.resptime", (p, e, d) -> String.format(Locale.ROOT, "%s: %.3f ms", d.title(), p.dbl(e)));
        BY_FIELD.put("icmpv6.resptime", (p, e, d) -> String.format(Locale.ROOT, "%s: %.3f ms", d.title(), p.dbl(e)));
        BY_FIELD.put("icmp.type", (p, e, d) -> "Type: " + p.num(e) + " ("
                + IcmpNames.type((int) p.num(e), (int) siblingNum(p, e, "icmp.code", 0)) + ")");
        BY_FIELD.put("icmp.code", (p, e, d) -> {
            String name = IcmpNames.code((int) siblingNum(p, e, "icmp.type", -1), (int) p.num(e));
            return "Code: " + p.num(e) + (name == null ? "" : " (" + name + ")");
        });
        // packet-icmpv6.c: the code named for the types whose codes have names; the flags as
        // proto_tree_add_bitmask words them; an option named by its type with its main value; a
        // length in units of 8 bytes; lifetimes whose one special value has a name
        BY_FIELD.put("icmpv6.code", (p, e, d) -> {
            String name = Icmpv6Names.code((int) siblingNum(p, e, "icmpv6.type", -1), (int) p.num(e));
            return "Code: " + p.num(e) + (name == null ? "" : " (" + name + ")");
        });
        for (String flags : List.of("icmpv6.nd.na.flag", "icmpv6.nd.ra.flag", "icmpv6.opt.prefix.flag",
                "icmpv6.mld.flag")) {
            BY_FIELD.put(flags, ItemTexts::bitmask);
        }
        BY_FIELD.put("icmpv6.opt", ItemTexts::icmpv6Option);
        // packet-vxlan.c
        BY_FIELD.put("vxlan.flags", ItemTexts::bitmask);
        BY_FIELD.put("icmpv6.opt.length", (p, e, d) -> "Length: " + p.num(e) + " (" + p.num(e) * 8 + " bytes)");
        for (String lifetime : List.of("icmpv6.opt.prefix.valid_lifetime", "icmpv6.opt.prefix.preferred_lifetime")) {
            BY_FIELD.put(lifetime, ItemTexts::specialValue);
        }
        BY_FIELD.put("icmpv6.mldr.mar", (p, e, d) -> d.title() + " " + childName(p, e, "icmpv6.mldr.mar.record_type")
                + ": " + childFormatted(p, e, "icmpv6.mldr.mar.multicast_address"));
        BY_FIELD.put("icmp.checksum", (p, e, d) -> {
            String text = checksum(p, e, d);
            return text == null || !text.endsWith(" [unverified]") ? text
                    : text + (inIcmp(p, e) ? " [in ICMP error packet]" : " [fragmented datagram]");
        });
        // packet-ipv6.c
        BY_FIELD.put("ipv6.version", (p, e, d) -> ProtocolTree.bits(p.num(e), 0xf0, 8) + "Version: " + p.num(e));
        BY_FIELD.put("ipv6.tclass", (p, e, d) -> ProtocolTree.bits(p, e, d) + String.format(Locale.ROOT,
                "Traffic Class: 0x%02x (DSCP: %s, ECN: %s)", p.num(e), dscp(p.num(e)), ecn(p.num(e))));
        // an extension header's length in bytes (units_byte_bytes); an option's item is its type's name
        for (String header : List.of("ipv6.hopopts", "ipv6.routing", "ipv6.fraghdr", "ipv6.dstopts")) {
            BY_FIELD.put(header + ".len_oct", (p, e, d) -> d.title() + ": " + bytes(p.num(e)));
        }
        BY_FIELD.put("ipv6.opt", (p, e, d) -> childNameOr(p, e, "ipv6.opt.type",
                "Unknown IPv6 Option (" + childNum(p, e, "ipv6.opt.type", 0) + ")"));
        BY_FIELD.put("ipv6.fraghdr.offset", (p, e, d) -> ProtocolTree.bits(p, e, d) + d.title() + ": " + p.num(e)
                + " (" + p.num(e) * 8 + " bytes)");
        // a type 0 routing header's addresses, counted from 1
        BY_FIELD.put("ipv6.routing.src.addr", (p, e, d) -> "Address[" + (precedingSiblings(p, e) + 1) + "]: "
                + FieldFormat.format(p, e));
        // packet-vlan.c registers vlan.priority once per standard; filters name values by the
        // first (802.1D-2004) table, the tree by the one its default preference adds (802.1Q-2011)
        BY_FIELD.put("vlan.priority", (p, e, d) -> ProtocolTree.bits(p, e, d) + "Priority: "
                + VLAN_PRIORITIES[(int) (p.num(e) & 7)] + " (" + p.num(e) + ")");
        // packet-llc.c: a SAP is named as the DSAP/SSAP byte it is the top bits of (llc_sap_value);
        // an OUI by BASE_OUI, with its vendor
        BY_FIELD.put("llc.dsap.sap", ItemTexts::sap);
        BY_FIELD.put("llc.ssap.sap", ItemTexts::sap);
        BY_FIELD.put("llc.oui", ItemTexts::oui);
        // packet-cdp.c: the TTL in units_second_seconds, power in units_mw
        BY_FIELD.put("cdp.ttl", (p, e, d) -> d.title() + ": " + p.num(e) + (p.num(e) == 1 ? " second" : " seconds"));
        BY_FIELD.put("cdp.oui", ItemTexts::oui);
        BY_FIELD.put("lldp.orgtlv.oui", ItemTexts::oui);
        for (String mw : List.of("cdp.power_consumption", "cdp.power_requested", "cdp.power_available")) {
            BY_FIELD.put(mw, (p, e, d) -> d.title() + ": " + p.num(e) + "mW");
        }
        // packet-stp.c: the flags as proto_tree_add_bitmask words them; the alternative MSTI format's
        // MSTID and the SPT's auxiliary MCID are second registrations of their names, without
        // the mask and with titles of their own
        BY_FIELD.put("stp.flags", ItemTexts::bitmask);
        BY_FIELD.put("mstp.msti.flags", ItemTexts::bitmask);
        BY_FIELD.put("mstp.msti.msti_id", (p, e, d) -> p.parent(e) < 0
                || firstUnder(p, p.parent(e), "mstp.msti.regional_root_id") < 0 ? null : d.title() + ": " + p.num(e));
        for (String mcid : List.of("mstp.config_format_selector", "mstp.config_name", "mstp.config_revision_level",
                "mstp.config_digest")) {
            BY_FIELD.put(mcid, (p, e, d) -> p.parent(e) < 0 || !"MCID Data".equals(p.label(p.parent(e))) ? null
                    : "SPT" + ProtocolTree.plain(p, e, d).substring("MST".length()));
        }
        // packet-dns.c
        BY_FIELD.put("dns.flags", ItemTexts::dnsFlags);
        // the name is registered twice: "Answer authenticated" for responses, "AD bit" for queries
        BY_FIELD.put("dns.flags.authenticated", (p, e, d) -> siblingNum(p, e, "dns.flags.response", 1) != 0 ? null
                : ProtocolTree.bits(p, e, d) + "AD bit: " + (p.num(e) != 0 ? "Set" : "Not set"));
        BY_FIELD.put("dns.opt", (p, e, d) -> "Option: " + childName(p, e, "dns.opt.code"));
        BY_FIELD.put("dns.resp.ttl", (p, e, d) -> "Time to live: " + p.num(e) + " (" + Durations.unsignedSeconds(p.num(e)) + ")");
        // an SOA record's intervals and an RRSIG's original TTL, with the duration appended
        for (String soa : List.of("dns.soa.refresh_interval", "dns.soa.retry_interval", "dns.soa.expire_limit",
                "dns.soa.minimum_ttl", "dns.rrsig.original_ttl")) {
            BY_FIELD.put(soa, (p, e, d) -> ProtocolTree.appended(ProtocolTree.plain(p, e, d),
                    " (" + Durations.unsignedSeconds(p.num(e)) + ")"));
        }
        // packet-nbt.c: the flags words as proto_tree_add_bitmask words them (an NB record's with
        // the node type and the kind of name after), and the TTL as a signed duration
        BY_FIELD.put("nbns.flags", ItemTexts::bitmask);
        BY_FIELD.put("nbns.name_flags", ItemTexts::bitmask);
        BY_FIELD.put("nbns.nb_flags", ItemTexts::nbFlags);
        BY_FIELD.put("nbns.ttl", (p, e, d) -> "Time to live: " + Durations.signedSeconds((int) p.num(e)));
        // packet-tls.c and packet-tls-utils.c
        // packet-tls.c: a message it cannot read (encrypted) is named as such
        BY_FIELD.put("tls.handshake", (p, e, d) -> "Handshake Protocol: "
                + childNameOr(p, e, "tls.handshake.type", "Encrypted Handshake Message"));
        BY_FIELD.put("tls.quic.parameter.type", (p, e, d) -> "Type: " + QuicParameterNames.ofType(p.num(e)));
        BY_FIELD.put("tls.handshake.certificates", (p, e, d) -> "Certificates (" + bytes(p.rawLen(e)) + ")");
        BY_FIELD.put("tls.handshake.ciphersuites", (p, e, d) -> counted(p, e, "Cipher Suites", "suite"));
        BY_FIELD.put("tls.handshake.comp_methods", (p, e, d) -> counted(p, e, "Compression Methods", "method"));
        // a TLS 1.2 pair that is no TLS 1.3 scheme reads as its hash and signature
        BY_FIELD.put("tls.handshake.sig_hash_alg", (p, e, d) -> ValueNames.of(d, p.num(e)) != null ? null
                : String.format(Locale.ROOT, "Signature Algorithm: %s %s (0x%04x)",
                        childNameOr(p, e, "tls.handshake.sig_hash_hash", "Unknown"),
                        childNameOr(p, e, "tls.handshake.sig_hash_sig", "Unknown"), p.num(e)));
        BY_FIELD.put("tls.handshake.extensions_supported_groups", (p, e, d) -> counted(p, e, "Supported Groups", "group"));
        BY_FIELD.put("tls.handshake.extensions_ec_point_formats",
                (p, e, d) -> "Elliptic curves point formats (" + children(p, e).length + ")");
        BY_FIELD.put("tls.handshake.sig_hash_algs", (p, e, d) -> counted(p, e, "Signature Hash Algorithms", "algorithm"));
        // packet-quic.c: a frame's item is its type's name, a padding's with its length
        BY_FIELD.put("quic.frame", (p, e, d) -> {
            String type = childName(p, e, "quic.frame_type");
            return type.equals("PADDING") ? type + " Length: " + childText(p, e, "quic.padding_length") : type;
        });
        // file-gif.c: a data sub-block's bytes with its length after them
        BY_FIELD.put("image-gif.data_block", (p, e, d) -> ProtocolTree.appended(ProtocolTree.plain(p, e, d),
                " (length = " + p.len(e) + ")"));
        // file-jpeg.c: TIFF offsets in units_byte_bytes
        BY_FIELD.put("image-jfif.start_ifd_offset", (p, e, d) -> d.title() + ": " + bytes(p.num(e)));
        BY_FIELD.put("image-jfif.next_ifd_offset", (p, e, d) -> d.title() + ": " + bytes(p.num(e)));
        // packet-http.c
        // the body's size, not its text's (a binary body's string value ends at its first NUL)
        BY_FIELD.put("http.file_data", (p, e, d) -> "File Data: " + bytes(p.rawLen(e)));
        BY_FIELD.put("udp.payload", (p, e, d) -> "UDP payload (" + bytes(p.len(e)) + ")");
        // packet-imf.c: a list's item, and a group's name, tell how many items it holds; an unknown
        // header asks for support
        for (String list : List.of("imf.from", "imf.reply_to", "imf.to", "imf.cc", "imf.bcc", "imf.resent.from",
                "imf.resent.to", "imf.resent.cc", "imf.resent.bcc", "imf.ext.original-to", "imf.display_name")) {
            BY_FIELD.put(list, ItemTexts::imfList);
        }
        BY_FIELD.put("imf.extension", (p, e, d) -> ProtocolTree.appended(ProtocolTree.plain(p, e, d),
                " (Contact Wireshark developers if you want this supported.)"));
    }

    /**
     * An IMF address or mailbox list's item with ", N item(s)" appended, as packet-imf.c appends it
     * after splitting the list (a group's display name only when its mailboxes were read).
     */
    private static String imfList(Packet p, int e, FieldDef d) {
        int n = 0;
        for (int c : children(p, e)) {
            String name = p.registry().byId(p.field(c)).name();
            if (name.equals("imf.mailbox_list.item") || name.equals("imf.address_list.item")) {
                n++;
            }
        }
        return n == 0 ? null : ProtocolTree.appended(ProtocolTree.plain(p, e, d), ", " + n + (n == 1 ? " item" : " items"));
    }

    private ItemTexts() {
    }

    /** A BASE_OUI number: its three octets and the vendor's name when the manuf file has one. */
    private static String oui(Packet p, int e, FieldDef d) {
        int oui = (int) p.num(e);
        String vendor = OuiVendors.of(oui);
        String value = String.format(Locale.ROOT, "%02x:%02x:%02x", oui >> 16, (oui >> 8) & 0xff, oui & 0xff)
                + (vendor != null ? " (" + vendor + ")" : "");
        // proto.c formats the value into a buffer of 32 bytes: a long vendor name is cut, unmarked
        return d.title() + ": " + Strings.inBuffer(value, OUI_VALUE_BUFFER);
    }

    /** The size of the buffer a BASE_OUI value is formatted into (proto.c's). */
    private static final int OUI_VALUE_BUFFER = 32;

    /** The item's text in its dissector's words, or null when the field has none (or not here). */
    static String of(Packet p, int e, FieldDef def) {
        Text t = BY_FIELD.get(def.name());
        if (t != null) {
            return t.of(p, e, def);
        }
        String name = def.name();
        if (name.endsWith("checksum") || name.equals("eth.fcs")) {
            return checksum(p, e, def);
        }
        if (name.endsWith(".fragments") || name.equals("tcp.segments")) {
            return fragments(p, e, def);
        }
        if (isFragment(name)) {
            return fragment(p, e);
        }
        return BerTexts.of(p, e, def);
    }

    /**
     * The list of fragments a reassembled PDU was made of, as reassemble.c's show_fragment words
     * it: {@code 3 IPv4 Fragments (3508 bytes): #1(1480), #2(1480), #3(548)}, a single one by the
     * fragment's title.
     */
    private static String fragments(Packet p, int e, FieldDef d) {
        StringBuilder list = new StringBuilder();
        int count = 0;
        String fragmentTitle = null;
        for (int c : children(p, e)) {
            if (isFragment(p.registry().byId(p.field(c)).name())) {
                list.append(count++ == 0 ? "" : ", ").append('#').append(p.num(c)).append('(')
                        .append(p.rawLen(c)).append(')');
                fragmentTitle = p.registry().byId(p.field(c)).title();
            }
        }
        if (count == 0) {
            return null;
        }
        String title = count == 1 && fragmentTitle != null ? fragmentTitle : d.title();
        // appended piece by piece
        return ProtocolTree.appended(count + " " + title + " (" + bytes(p.rawLen(e)) + "): ", list.toString());
    }

    private static boolean isFragment(String name) {
        return name.endsWith(".fragment") || name.endsWith(".fragment.error")
                || name.equals("tcp.segment") || name.equals("tcp.segment.error");
    }

    /**
     * One fragment of a reassembled PDU: {@code Frame: 1, payload: 0-1479 (1480 bytes)}, or
     * {@code Frame: 84 (no data)} for a segment that added no byte (reassemble.c's show_fragment).
     */
    private static String fragment(Packet p, int e) {
        long off = p.rawOffsetInBuffer(e);
        long len = p.rawLen(e);
        if (len == 0) {
            return "Frame: " + p.num(e) + " (no data)";
        }
        return "Frame: " + p.num(e) + ", payload: " + off + "-" + (off + len - 1) + " (" + bytes(len) + ")";
    }

    /**
     * A checksum as {@code proto_tree_add_checksum} words it, from the status item beside it:
     * {@code Checksum: 0xbaff [correct]}, or {@code [unverified]}; null without a status item,
     * or for a bad checksum, whose text the dissector gives (it knows what the sum should be).
     */
    private static String checksum(Packet p, int e, FieldDef d) {
        FieldDef status = p.registry().lookup(d.name() + ".status");
        int s = status == null ? -1 : sibling(p, e, status.id());
        if (s < 0) {
            return null;
        }
        String suffix = switch ((int) p.num(s)) {
            case GOOD -> " [correct]";
            case UNVERIFIED -> " [unverified]";
            default -> null;
        };
        int digits = Math.max(2, 2 * d.type().width());
        return suffix == null ? null
                : String.format(Locale.ROOT, "%s: 0x%0" + digits + "x%s", d.title(), p.num(e), suffix);
    }

    /** {@code 1010 101. = SAP: SNAP}: the name of the whole byte the SAP's seven bits make. */
    private static String sap(Packet p, int e, FieldDef d) {
        ValueStrings names = p.registry().lookup("llc.dsap").strings();
        String name = names == null ? null : names.nameOf(p.num(e) << 1);
        return ProtocolTree.bits(p, e, d) + d.title() + ": " + (name != null ? name : "Unknown");
    }

    private static String bytes(long n) {
        return n + (n == 1 ? " byte" : " bytes");
    }

    private static String bytesAndBits(long n) {
        return bytes(n) + " (" + n * 8 + " bits)";
    }

    /** {@code .... 0101 = Header Length: 20 bytes (5)}: the header's 32-bit words under their mask. */
    private static String headerLength(long bytes, int mask) {
        long words = bytes >> 2;
        return ProtocolTree.bits(words, mask, 8) + "Header Length: " + bytes + " bytes (" + words + ")";
    }

    // dscp_short_vals and ecn_short_vals of packet-ip.c
    private static final Map<Integer, String> DSCP = Map.ofEntries(Map.entry(0x00, "CS0"), Map.entry(0x01, "LE"),
            Map.entry(0x08, "CS1"), Map.entry(0x0a, "AF11"), Map.entry(0x0c, "AF12"), Map.entry(0x0e, "AF13"),
            Map.entry(0x10, "CS2"), Map.entry(0x12, "AF21"), Map.entry(0x14, "AF22"), Map.entry(0x16, "AF23"),
            Map.entry(0x18, "CS3"), Map.entry(0x1a, "AF31"), Map.entry(0x1c, "AF32"), Map.entry(0x1e, "AF33"),
            Map.entry(0x20, "CS4"), Map.entry(0x22, "AF41"), Map.entry(0x24, "AF42"), Map.entry(0x26, "AF43"),
            Map.entry(0x28, "CS5"), Map.entry(0x2c, "VOICE-ADMIT"), Map.entry(0x2e, "EF PHB"),
            Map.entry(0x30, "CS6"), Map.entry(0x38, "CS7"));
    private static final String[] ECN = {"Not-ECT", "ECT(1)", "ECT(0)", "CE"};

    private static String dsfield(long tos) {
        return String.format(Locale.ROOT, "Differentiated Services Field: 0x%02x (DSCP: %s, ECN: %s)", tos,
                dscp(tos), ecn(tos));
    }

    private static String ecn(long tos) {
        return ECN[(int) tos & 3];
    }

    private static String dscp(long tos) {
        return DSCP.getOrDefault((int) (tos >> 2) & 0x3f, "Unknown");
    }

    /** {@code Flags: 0x8180 Standard query response, No error}: the opcode, and a response's code. */
    private static String dnsFlags(Packet p, int e, FieldDef def) {
        long flags = p.num(e);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Flags: 0x%04x ", flags))
                .append(DnsNames.OPCODES.get((flags >> 11) & 0xf, "Unknown operation"));
        if ((flags & 0x8000) != 0) {
            sb.append(" response, ").append(DnsNames.RCODES.get(flags & 0xf, "Unknown error"));
        }
        return sb.toString();
    }

    /**
     * A bit field's item as proto_tree_add_bitmask words it (BMT_NO_INT | BMT_NO_TFS): its value,
     * then for each field under it a named value's title and name ({@code Opcode: Name query},
     * {@code Unknown} for a value without one) and a set flag's title ({@code Broadcast}).
     */
    private static String bitmask(Packet p, int e, FieldDef def) {
        StringBuilder more = new StringBuilder();
        for (int c : children(p, e)) {
            FieldDef bit = p.registry().byId(p.field(c));
            if (bit.type() == FieldType.BOOLEAN) {
                if (p.num(c) != 0) {
                    more.append(", ").append(bit.title());
                }
            } else if (bit.strings() != null) {
                String name = ValueNames.of(bit, p.num(c));
                more.append(", ").append(bit.title()).append(": ").append(name != null ? name : "Unknown");
            }
        }
        return ProtocolTree.appended(ProtocolTree.plain(p, e, def), more.toString());
    }

    /**
     * {@code Name flags: 0x6000, ONT: Unknown (H-node, unique)}: nbns_add_nb_flags names the node
     * type from the flags unshifted, which is how its table lists them, where the ONT item under
     * it, shifted, finds no name for a P-, M- or H-node.
     */
    private static String nbFlags(Packet p, int e, FieldDef def) {
        long flags = p.num(e);
        FieldDef ont = p.registry().lookup("nbns.nb_flags.ont");
        String node = ont == null ? null : ValueNames.of(ont, flags & ont.bitmask());
        return ProtocolTree.appended(bitmask(p, e, def), " (" + (node != null ? node : "Unknown") + ", "
                + ((flags & 0x8000) != 0 ? "group" : "unique") + ")");
    }

    /**
     * {@code 010. .... = Flags: 0x2, Don't fragment}: the flag bits under their mask, the value
     * in as many hex digits as the mask spans, and the title of each flag set (the items under
     * it), as {@code proto_tree_add_bitmask_with_flags} with BMT_NO_FALSE | BMT_NO_TFS | BMT_NO_INT.
     */
    private static String ipFlags(Packet p, int e, FieldDef def) {
        StringBuilder sb = new StringBuilder(ProtocolTree.bits(p, e, def)).append("Flags: 0x")
                .append(Long.toHexString(p.num(e)));
        for (int c : children(p, e)) {
            if (p.num(c) != 0) {
                sb.append(", ").append(p.registry().byId(p.field(c)).title());
            }
        }
        return sb.toString();
    }

    /** TCP's acknowledgment number is relative only in segments with the ACK flag. */
    private static String tcpAck(Packet p, int e, FieldDef def) {
        FieldDef flags = p.registry().lookup("tcp.flags");
        int f = flags == null ? -1 : sibling(p, e, flags.id());
        if (inIcmp(p, e) || f < 0 || (p.num(f) & 0x10) == 0) {
            return null;
        }
        return "Acknowledgment Number: " + p.num(e) + "    (relative ack number)";
    }

    /** conversation_completeness_fill of packet-tcp.c: SYN 1, SYN-ACK 2, ACK 4, data 8, FIN 16, RST 32. */
    private static String completeness(long v) {
        String state = switch ((int) v) {
            case 1 -> "Incomplete, SYN_SENT";
            case 3 -> "Incomplete, CLIENT_ESTABLISHED";
            case 7 -> "Incomplete, ESTABLISHED";
            case 15 -> "Incomplete, DATA";
            case 31, 47, 63 -> "Complete, WITH_DATA";
            case 23, 39, 55 -> "Complete, NO_DATA";
            default -> "Incomplete";
        };
        return state + " (" + v + ")";
    }

    /** {@code Options: (12 bytes), Maximum segment size, No-Operation (NOP), ...}: the options' names. */
    private static String tcpOptions(Packet p, int e) {
        StringBuilder sb = new StringBuilder("Options: (").append(bytes(p.len(e))).append(")");
        // TCP adds its options after the items that follow their bytes (timestamps): look on
        for (int c = e + 1; c < p.entryCount(); c++) {
            if (p.parent(c) == e) {
                String title = p.registry().byId(p.field(c)).title();
                sb.append(", ").append(title.startsWith(OPTION) ? title.substring(OPTION.length()) : title);
            }
        }
        return sb.toString();
    }

    private static final String OPTION = "TCP Option - ";

    /** {@code TCP Option - SACK 1-2 5-6}: each block's edges, relative as the items under it. */
    private static String sack(Packet p, int e, FieldDef def) {
        StringBuilder sb = new StringBuilder(def.title());
        FieldDef left = p.registry().lookup("tcp.options.sack_le");
        FieldDef right = p.registry().lookup("tcp.options.sack_re");
        long le = -1;
        for (int c = e + 1; c < p.entryCount() && p.isUnder(c, e); c++) {
            if (left != null && p.field(c) == left.id()) {
                le = p.num(c);
            } else if (right != null && p.field(c) == right.id() && le >= 0) {
                sb.append(' ').append(le).append('-').append(p.num(c));
                le = -1;
            }
        }
        return sb.toString();
    }

    /**
     * {@code ICMPv6 Option (Source link-layer address : 00:11:22:33:44:55)}: packet-icmpv6.c
     * appends the type's name and, for some types, its main value (a MAC address, only when the
     * option holds one; a prefix with its length; the MTU).
     */
    private static String icmpv6Option(Packet p, int e, FieldDef d) {
        long type = childNum(p, e, "icmpv6.opt.type", -1);
        String value = switch ((int) type) {
            case 1, 2 -> childNum(p, e, "icmpv6.opt.length", 0) == 1
                    ? childFormatted(p, e, "icmpv6.opt.linkaddr") : "";
            case 3 -> childFormatted(p, e, "icmpv6.opt.prefix") + "/" + childText(p, e, "icmpv6.opt.prefix.length");
            case 5 -> childText(p, e, "icmpv6.opt.mtu");
            default -> "";
        };
        return d.title() + " (" + childNameOr(p, e, "icmpv6.opt.type", "Unknown " + type)
                + (value.isEmpty() ? "" : " : " + value) + ")";
    }

    /**
     * A value of a field whose names (BASE_SPECIAL_VALS) name only special values ("Infinity"):
     * the name alone for those, the number for any other.
     */
    private static String specialValue(Packet p, int e, FieldDef d) {
        String name = ValueNames.of(d, p.num(e));
        return d.title() + ": " + (name != null ? name : Long.toString(p.num(e)));
    }

    /** The first item of field {@code name} under {@code e} as {@code -T fields} prints it (empty when none). */
    private static String childFormatted(Packet p, int e, String name) {
        int c = firstUnder(p, e, name);
        return c < 0 ? "" : FieldFormat.format(p, c);
    }

    /** The value of the first item of field {@code name} under {@code e}, or {@code otherwise}. */
    private static long childNum(Packet p, int e, String name, long otherwise) {
        int c = firstUnder(p, e, name);
        return c < 0 ? otherwise : p.num(c);
    }

    /** The value of the first item of field {@code name} under {@code e}, as text (empty when none). */
    private static String childText(Packet p, int e, String name) {
        int c = firstUnder(p, e, name);
        return c < 0 ? "" : Long.toString(p.num(c));
    }

    /** The value name of the first item of field {@code name} under {@code e}, or its number. */
    private static String childName(Packet p, int e, String name) {
        int c = firstUnder(p, e, name);
        String n = c < 0 ? null : ValueNames.of(p.registry().byId(p.field(c)), p.num(c));
        return n != null ? n : c < 0 ? "" : Long.toString(p.num(c));
    }

    /** The value name of the first item of field {@code name} under {@code e}, or {@code otherwise}. */
    private static String childNameOr(Packet p, int e, String name, String otherwise) {
        int c = firstUnder(p, e, name);
        String n = c < 0 ? null : ValueNames.of(p.registry().byId(p.field(c)), p.num(c));
        return n != null ? n : otherwise;
    }

    /** How many items of {@code e}'s field come before it under the same parent. */
    private static int precedingSiblings(Packet p, int e) {
        int parent = p.parent(e);
        int n = 0;
        for (int s = Math.max(parent + 1, 0); s < e; s++) {
            if (p.parent(s) == parent && p.field(s) == p.field(e)) {
                n++;
            }
        }
        return n;
    }

    /** The first item of field {@code name} under {@code e}, or -1. */
    static int firstUnder(Packet p, int e, String name) {
        FieldDef d = p.registry().lookup(name);
        return d == null ? -1 : p.firstUnder(e, d.id());
    }

    /**
     * {@code TCP payload (52 bytes)}: the bytes the segment reports (its {@code tcp.len}), which
     * packet-tcp.c counts though the item covers the captured ones only.
     */
    private static String tcpPayload(Packet p, int e, FieldDef d) {
        int len = firstUnder(p, p.parent(e), "tcp.len");
        return "TCP payload (" + bytes(len >= 0 ? (int) p.num(len) : p.len(e)) + ")";
    }

    /** {@code Cipher Suites (17 suites)}: a list's title and how many items it holds. */
    private static String counted(Packet p, int e, String title, String unit) {
        int n = children(p, e).length;
        return title + " (" + n + " " + unit + (n == 1 ? ")" : "s)");
    }

    /** The items right under {@code e}, in order (entries follow their item, its subtree in a run). */
    static int[] children(Packet p, int e) {
        int[] out = new int[8];
        int n = 0;
        for (int c = e + 1; c < p.entryCount() && p.isUnder(c, e); c++) {
            if (p.parent(c) == e) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The value of the item of field {@code name} beside {@code e} (same parent), or {@code otherwise}. */
    private static long siblingNum(Packet p, int e, String name, long otherwise) {
        FieldDef def = p.registry().lookup(name);
        int s = def == null ? -1 : sibling(p, e, def.id());
        return s < 0 ? otherwise : p.num(s);
    }

    /** The entry of {@code fieldId} under the same parent as {@code e}, or -1. */
    private static int sibling(Packet p, int e, int fieldId) {
        for (int s = p.first(fieldId); s >= 0; s = p.next(s)) {
            if (p.parent(s) == p.parent(e)) {
                return s;
            }
        }
        return -1;
    }

    /** Whether the item is in the headers an ICMP error quotes, which Wireshark words plainly. */
    private static boolean inIcmp(Packet p, int e) {
        for (int a = p.parent(e); a >= 0; a = p.parent(a)) {
            if (TreeShape.isQuoting(p, a)) {
                return true;
            }
        }
        return false;
    }
}
