package io.sharkfin.cli.output;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.ValueStrings;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * tshark's summary columns of one frame — No., Time (seconds since the first frame), Source,
 * Destination, Protocol, Length, Info — computed from the fields of a dissected {@link Packet}.
 * The Info text is built from the fields of the frame's top protocol, in the style of Wireshark's
 * Info column.
 *
 * <p>Shared by the {@code -T text} output and the REPL's result table. A session must record
 * {@link #fields()} for the columns to be filled.
 */
public final class SummaryColumns {

    /** One frame's columns. */
    public record Row(long number, double time, String source, String destination, String protocol,
                      int length, String info) {
    }

    /** Protocols that never name the Protocol column (Wireshark's helpers and media types). */
    private static final Set<String> NOT_COLUMN = Set.of("frame", "ethertype", "data", "media",
            "data-text-lines", "urlencoded-form", "image-jfif", "image-gif", "png", "json", "xml",
            "x509sat", "x509ce", "x509af", "x509if", "pkix1explicit", "pkix1implicit", "pkcs-1",
            "_ws.malformed", "_ws.short", "_ws.expert", "llc", "vlan", "ieee8021ad", "sll", "null", "raw");

    private static final Map<String, String> COLUMN_NAMES = Map.ofEntries(
            Map.entry("ipv6", "IPv6"), Map.entry("icmpv6", "ICMPv6"), Map.entry("eth", "Ethernet"),
            Map.entry("mdns", "MDNS"), Map.entry("llmnr", "LLMNR"), Map.entry("ssdp", "SSDP"));

    private static final String[] NAMES = {"ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "eth.src", "eth.dst",
        "arp.opcode", "arp.src.proto_ipv4", "arp.dst.proto_ipv4", "arp.src.hw_mac",
        "tcp.srcport", "tcp.dstport", "tcp.flags", "tcp.seq", "tcp.ack", "tcp.window_size", "tcp.len",
        "udp.srcport", "udp.dstport", "udp.length",
        "icmp.type", "icmp.code", "icmpv6.type",
        "dns.id", "dns.flags.response", "dns.flags.rcode", "dns.qry.name", "dns.qry.type",
        "http.request.method", "http.request.uri", "http.request.version", "http.response.version",
        "http.response.code", "http.response.phrase",
        "tls.handshake.type", "tls.record.content_type", "tls.record.version"};

    private static final String[] FRAME_NAMES = {"frame.time_relative", "frame.len", "frame.protocols"};

    private final Map<String, FieldDef> defs = new HashMap<>();
    private final BitSet fields = new BitSet();

    /**
     * Resolves the fields the columns read in {@code registry}. Only dissected fields matter, so
     * they are looked up among those: names of protocols not dissected (HTTP, TLS before their
     * dissectors exist) must not load Wireshark's catalogue.
     */
    public SummaryColumns(FieldRegistry registry) {
        Map<String, FieldDef> dissected = new HashMap<>();
        for (FieldDef d : registry.dissected()) {
            dissected.put(d.name(), d);
        }
        for (String n : NAMES) {
            FieldDef d = dissected.get(n);
            if (d != null) {
                defs.put(n, d);
                fields.set(d.id());
            }
        }
        for (String n : FRAME_NAMES) {
            FieldDef d = dissected.get(n);
            if (d != null) {
                fields.set(d.id());
            }
        }
    }

    /** Ids of the fields a session must record (a copy). */
    public BitSet fields() {
        return (BitSet) fields.clone();
    }

    /** The columns of the packet just dissected. */
    public Row row(Packet p) {
        String proto = protocol(p);
        String[] addr = addresses(p);
        return new Row(p.number(), relativeSeconds(p),
                addr[0], addr[1], column(proto), p.frame().originalLength(), info(p, proto));
    }

    /** The row as tshark's text output prints it (one line, no padding but the first two columns). */
    public static String line(Row r) {
        return String.format(Locale.ROOT, "%5d %11.6f %s → %s %s %d %s", r.number(), r.time(),
                r.source(), r.destination(), r.protocol(), r.length(), r.info());
    }

    private int first(Packet p, String name) {
        FieldDef d = defs.get(name);
        return d == null ? -1 : p.first(d.id());
    }

    /** The last occurrence (the innermost layer), as Wireshark's address columns show it. */
    private int last(Packet p, String name) {
        int e = first(p, name);
        int last = e;
        while (e >= 0) {
            last = e;
            e = p.next(e);
        }
        return last;
    }

    private String text(Packet p, String name) {
        int e = last(p, name);
        return e < 0 ? null : FieldFormat.format(p, e);
    }

    private long num(Packet p, String name) {
        int e = last(p, name);
        return e < 0 ? -1 : p.num(e);
    }

    private String[] addresses(Packet p) {
        for (String[] pair : new String[][] {{"ip.src", "ip.dst"}, {"ipv6.src", "ipv6.dst"}, {"eth.src", "eth.dst"}}) {
            String s = text(p, pair[0]);
            String d = text(p, pair[1]);
            if (s != null && d != null) {
                return new String[] {s, d};
            }
        }
        return new String[] {"", ""};
    }

    /** The name of the topmost protocol that names the column. */
    private static String protocol(Packet p) {
        for (int i = p.layerCount() - 1; i >= 0; i--) {
            String n = p.registry().byId(p.layerProtocol(i)).name();
            if (!NOT_COLUMN.contains(n)) {
                return n;
            }
        }
        return p.layerCount() > 0 ? p.registry().byId(p.layerProtocol(p.layerCount() - 1)).name() : "";
    }

    private static String column(String proto) {
        String n = COLUMN_NAMES.get(proto);
        return n != null ? n : proto.toUpperCase(Locale.ROOT);
    }

    private String name(String field, long value) {
        FieldDef d = defs.get(field);
        ValueStrings vs = d == null ? null : d.strings();
        String n = vs == null ? null : vs.nameOf(value);
        return n != null ? n : Long.toString(value);
    }

    private String info(Packet p, String proto) {
        return switch (proto) {
            case "tcp" -> tcpInfo(p);
            case "udp" -> text(p, "udp.srcport") + " → " + text(p, "udp.dstport") + " Len=" + (num(p, "udp.length") - 8);
            case "dns", "mdns", "llmnr" -> dnsInfo(p);
            case "http", "ssdp" -> httpInfo(p);
            case "tls" -> tlsInfo(p);
            case "icmp" -> name("icmp.type", num(p, "icmp.type"));
            case "icmpv6" -> name("icmpv6.type", num(p, "icmpv6.type"));
            case "arp" -> num(p, "arp.opcode") == 1
                    ? "Who has " + text(p, "arp.dst.proto_ipv4") + "? Tell " + text(p, "arp.src.proto_ipv4")
                    : text(p, "arp.src.proto_ipv4") + " is at " + text(p, "arp.src.hw_mac");
            default -> "";
        };
    }

    private String tcpInfo(Packet p) {
        StringBuilder sb = new StringBuilder();
        sb.append(text(p, "tcp.srcport")).append(" → ").append(text(p, "tcp.dstport")).append(" [");
        long flags = num(p, "tcp.flags");
        String[] names = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"};
        boolean any = false;
        for (int bit : new int[] {1, 0, 2, 3, 4, 5, 6, 7, 8}) {
            if ((flags & (1L << bit)) != 0) {
                sb.append(any ? ", " : "").append(names[bit]);
                any = true;
            }
        }
        sb.append("] Seq=").append(num(p, "tcp.seq"));
        if ((flags & 0x10) != 0) {
            sb.append(" Ack=").append(num(p, "tcp.ack"));
        }
        sb.append(" Win=").append(num(p, "tcp.window_size")).append(" Len=").append(num(p, "tcp.len"));
        return sb.toString();
    }

    private String dnsInfo(Packet p) {
        boolean response = num(p, "dns.flags.response") == 1;
        StringBuilder sb = new StringBuilder(response ? "Standard query response " : "Standard query ");
        sb.append(String.format("0x%04x", num(p, "dns.id")));
        long rcode = num(p, "dns.flags.rcode");
        if (response && rcode > 0) {
            sb.append(' ').append(name("dns.flags.rcode", rcode));
        }
        String qname = text(p, "dns.qry.name");
        if (qname != null) {
            sb.append(' ').append(name("dns.qry.type", num(p, "dns.qry.type"))).append(' ').append(qname);
        }
        return sb.toString();
    }

    private String httpInfo(Packet p) {
        String method = text(p, "http.request.method");
        if (method != null) {
            return method + " " + text(p, "http.request.uri") + " " + text(p, "http.request.version");
        }
        String code = text(p, "http.response.code");
        if (code != null) {
            String phrase = text(p, "http.response.phrase");
            return text(p, "http.response.version") + " " + code + (phrase == null ? "" : " " + phrase);
        }
        return "Continuation";
    }

    private String tlsInfo(Packet p) {
        StringBuilder sb = new StringBuilder();
        FieldDef hs = defs.get("tls.handshake.type");
        if (hs != null) {
            for (int e = p.first(hs.id()); e >= 0; e = p.next(e)) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(name("tls.handshake.type", p.num(e)));
            }
        }
        if (sb.isEmpty()) {
            long ct = num(p, "tls.record.content_type");
            sb.append(ct == 23 ? "Application Data" : ct == 21 ? "Alert" : ct == 20 ? "Change Cipher Spec"
                    : "Continuation Data");
        }
        return sb.toString();
    }

    /** Seconds since the first frame, for the time column (exact however far apart the stamps are). */
    private static double relativeSeconds(Packet p) {
        io.sharkfin.dissect.Session s = p.session();
        io.sharkfin.capture.Frame f = p.frame();
        return io.sharkfin.dissect.NsTime.deltaSeconds(f.epochSeconds(), f.nanoOfSecond(), s.firstSeconds(), s.firstNanos())
                + io.sharkfin.dissect.NsTime.deltaNanos(f.epochSeconds(), f.nanoOfSecond(), s.firstSeconds(), s.firstNanos()) / 1e9;
    }
}
