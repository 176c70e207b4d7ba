package io.sharkfin.rules;

import io.sharkfin.filter.value.FValue;
import io.sharkfin.rules.SuricataKeywords.Buffer;
import io.sharkfin.rules.SuricataKeywords.Side;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Suricata rule being assembled from the literals of one conjunction: header parts,
 * per-buffer matches, other keywords, and what could not be expressed.
 */
final class SuricataDraft {
    /** TCP flags in Suricata's letters. */
    enum TcpFlag {
        F, S, R, P, A, U, C, E
    }

    String appProto;
    String l4;
    /** The addresses each end may have: every condition on that end intersected. */
    AddressBlocks srcAddrs = AddressBlocks.ANY;
    AddressBlocks dstAddrs = AddressBlocks.ANY;
    /** Conditions on either address ({@code ip.addr}): one of the packet's two addresses is in the blocks. */
    final List<List<FValue>> eitherAddrs = new ArrayList<>();
    /** The header's addresses, once {@link #settleHeader} has placed every address condition. */
    private String srcAddrText = "any";
    private String dstAddrText = "any";
    private boolean addrsBothWays;
    /** The ports each end may have: every condition on that end intersected. */
    PortSet srcPorts = PortSet.ALL;
    PortSet dstPorts = PortSet.ALL;
    /** Conditions on either port ({@code tcp.port}): one of the packet's two ports is in the set. */
    final List<PortSet> eitherPorts = new ArrayList<>();
    /** The header's ports, once {@link #settleHeader} has placed every port condition. */
    private String srcPortText = "any";
    private String dstPortText = "any";
    private boolean portsBothWays;
    final Map<String, List<String>> buffers = new LinkedHashMap<>();
    final List<String> keywords = new ArrayList<>();
    final Set<TcpFlag> flagsSet = EnumSet.noneOf(TcpFlag.class);
    final Set<TcpFlag> flagsClear = EnumSet.noneOf(TcpFlag.class);
    /**
     * The rule reads the DNS message at the start of the UDP payload (Suricata 7 has no keyword
     * for some DNS header fields): an {@code alert udp} rule of app-layer protocol dns.
     */
    boolean dnsOverUdp;
    Side side;
    boolean sideConflict;
    /** Literals written as matches or keywords: what makes the rule select anything. */
    int expressed;
    /** Literals written as the header's protocol or the flow's side only: context, not a match. */
    int context;
    int dropped;
    final List<Loss> losses = new ArrayList<>();

    /** Sets the rule's protocol; false when it conflicts with the one already set. */
    boolean protocol(String p) {
        if (p.equals("dns") || p.equals("http") || p.equals("tls") || p.equals("ssh")) {
            if (appProto != null && !appProto.equals(p)) {
                return false;
            }
            appProto = p;
            return true;
        }
        if (l4 != null && !l4.equals(p) && !p.equals("ip")) {
            if (l4.equals("ip")) {
                l4 = p;
                return true;
            }
            return false;
        }
        if (l4 == null || l4.equals("ip")) {
            l4 = p;
        }
        return true;
    }

    void side(Side s) {
        if (s == Side.EITHER) {
            return;
        }
        if (side != null && side != s) {
            sideConflict = true;
        }
        side = s;
    }

    void match(Buffer b, String option) {
        buffers.computeIfAbsent(b.keyword(), k -> new ArrayList<>()).add(option);
        side(b.side());
        expressed++;
    }

    void keyword(String option) {
        keywords.add(option);
        expressed++;
    }

    /** The header protocol: the app-layer one if any (but udp for DNS payload tests), else the transport's, else ip. */
    String headerProtocol() {
        if (dnsOverUdp) {
            return "udp";
        }
        if (appProto != null) {
            return appProto;
        }
        return l4 == null ? "ip" : l4;
    }

    /** Header and options up to (not including) msg. */
    String header() {
        String dir = addrsBothWays || portsBothWays ? "<>" : "->";
        return "alert " + headerProtocol() + " " + srcAddrText + " " + srcPortText + " " + dir + " " + dstAddrText
                + " " + dstPortText;
    }

    /**
     * Places the address and port conditions in the header; false when they leave no address or
     * no port, so that the conjunction matches no packet. What one header cannot say is reported.
     */
    boolean settleHeader() {
        return settleAddresses() && settlePorts();
    }

    /**
     * Each end gets the intersection of its own address conditions; a condition on either
     * address is settled by an end it already holds for (or cannot hold for), else written with
     * {@code <>}, which Suricata reads as "this way or the other way round".
     */
    private boolean settleAddresses() {
        AddressBlocks s = srcAddrs;
        AddressBlocks d = dstAddrs;
        List<List<FValue>> open = new ArrayList<>();
        for (List<FValue> x : eitherAddrs) {
            if (s.within(x) || d.within(x)) {
                continue; // an end's own conditions already put its address in x
            }
            if (s.disjoint(x)) {
                d = d.and(x);
            } else if (d.disjoint(x)) {
                s = s.and(x);
            } else {
                open.add(x);
            }
        }
        if (s.isEmpty() || d.isEmpty()) {
            return false;
        }
        if (!open.isEmpty() && s.isAny() && d.isAny() && open.size() <= 2) {
            List<FValue> x = open.getFirst();
            AddressBlocks other = open.size() == 2 ? AddressBlocks.ANY.and(open.get(1)) : AddressBlocks.ANY;
            if (open.size() == 2 && !other.disjoint(x)) {
                losses.add(Loss.narrower("ip.addr in " + text(x) + " and in " + other.suricata() + " → <>: a packet with"
                        + " one address in both and the other in neither is not matched"));
            }
            srcAddrText = AddressBlocks.ANY.and(x).suricata();
            dstAddrText = other.suricata();
            addrsBothWays = true;
            return true;
        }
        if (!open.isEmpty()) {
            AddressBlocks all = d;
            for (List<FValue> x : open) {
                all = all.and(x);
            }
            String which = String.join("; ", open.stream().map(x -> "one address in " + text(x)).toList());
            if (all.isEmpty()) {
                losses.add(Loss.wider("left out the conditions on either address (" + which
                        + "): one header cannot place them beside the others"));
            } else {
                d = all;
                losses.add(Loss.narrower("the conditions on either address (" + which + ") are written as the"
                        + " destination address: a packet whose source address meets them is not matched"));
            }
        }
        srcAddrText = s.suricata();
        dstAddrText = d.suricata();
        return true;
    }

    private static String text(List<FValue> blocks) {
        return AddressBlocks.group(blocks.stream().map(Atom::text).toList());
    }

    /**
     * Each end gets the intersection of its own port conditions; a condition on either port is
     * settled by an end it already holds for (or cannot hold for), else written with {@code <>}.
     */
    private boolean settlePorts() {
        PortSet s = srcPorts;
        PortSet d = dstPorts;
        List<PortSet> open = new ArrayList<>();
        for (PortSet p : eitherPorts) {
            if (p.covers(s) || p.covers(d)) {
                continue; // an end's own conditions already put its port in p
            }
            if (s.intersect(p).isEmpty()) {
                d = d.intersect(p);
            } else if (d.intersect(p).isEmpty()) {
                s = s.intersect(p);
            } else {
                open.add(p);
            }
        }
        if (s.isEmpty() || d.isEmpty()) {
            return false;
        }
        // <> turns the addresses round too: only ends without address conditions of their own may be
        // turned (an address of either end is written with <> already, and the report says what that costs)
        boolean addressesEitherWay = addrsBothWays || (srcAddrText.equals("any") && dstAddrText.equals("any"));
        if (!open.isEmpty() && addressesEitherWay && s.isAll() && d.isAll() && open.size() <= 2) {
            bothWays(open);
            return true;
        }
        boolean ownPorts = !(s.isAll() && d.isAll());
        if (!open.isEmpty()) {
            PortSet all = d;
            for (PortSet p : open) {
                all = all.intersect(p);
            }
            if (all.isEmpty()) {
                losses.add(Loss.wider("left out the conditions on either port (" + describe(open)
                        + "): one header cannot place them beside the others"));
            } else {
                d = all;
                losses.add(Loss.narrower("the conditions on either port (" + describe(open) + ") are written as the"
                        + " destination port: a packet whose source port meets them is not matched"));
            }
        }
        srcPortText = s.suricata();
        dstPortText = d.suricata();
        if (addrsBothWays && ownPorts) {
            // <> for the address also turns the ports round
            losses.add(Loss.wider("with <> (an address of either end) the ports also match the other way round"));
            losses.add(Loss.narrower("with <> (an address of either end) the address and the ports must be on"
                    + " the same end as written"));
        }
        return true;
    }

    /**
     * One or two conditions on either port and nothing else on the ports: {@code any P <> any Q}
     * holds when one port is in P and the other in Q. With one condition Q is every port (exact);
     * with two it misses a packet with one port in both sets and the other in neither, unless
     * the sets share no port or together cover every port.
     */
    private void bothWays(List<PortSet> open) {
        PortSet p = open.size() == 2 ? open.get(0) : PortSet.ALL;
        PortSet q = open.getLast();
        if (open.size() == 2 && !p.intersect(q).isEmpty() && !p.union(q).isAll()) {
            losses.add(Loss.narrower("tcp/udp.port in " + p + " and in " + q + " → " + p.suricata() + " <> "
                    + q.suricata() + ": a packet with one port in both and the other in neither is not matched"));
        }
        srcPortText = p.suricata();
        dstPortText = q.suricata();
        portsBothWays = true;
    }

    private static String describe(List<PortSet> sets) {
        return String.join("; ", sets.stream().map(p -> "one port in " + p).toList());
    }

    private static String group(List<String> items) {
        if (items.isEmpty()) {
            return "any";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        return "[" + String.join(",", items) + "]";
    }

    /** The flow keyword, when the buffers tie the rule to one side. */
    String flow() {
        if (sideConflict || side == null) {
            return null;
        }
        boolean stream = "http".equals(appProto) || "tls".equals(appProto) || "ssh".equals(appProto) || "tcp".equals(l4);
        return (stream ? "established," : "") + (side == Side.REQUEST ? "to_server" : "to_client");
    }

    /** Suricata's {@code flags} for the required and forbidden TCP flags. */
    String flags() {
        if (flagsSet.isEmpty() && flagsClear.isEmpty()) {
            return null;
        }
        StringBuilder set = new StringBuilder();
        flagsSet.forEach(f -> set.append(f.name()));
        if (flagsClear.isEmpty()) {
            return set + "+";
        }
        StringBuilder clear = new StringBuilder();
        flagsClear.forEach(f -> clear.append(f.name()));
        if (flagsSet.isEmpty()) {
            return "!" + clear;
        }
        // exact on the named flags: every other flag goes into the ignore mask
        StringBuilder ignore = new StringBuilder();
        for (TcpFlag f : TcpFlag.values()) {
            if (!flagsSet.contains(f) && !flagsClear.contains(f)) {
                ignore.append(f.name());
            }
        }
        return set + (ignore.isEmpty() ? "" : "," + ignore);
    }
}
