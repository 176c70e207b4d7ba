package io.sharkfin.ioc.hosts;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.report.HostsReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Who the hosts of a capture say they are. From DHCP: each client hardware address with the
 * host names (option 12), client FQDNs (81) and vendor classes (60) it announced, and the IPv4
 * addresses it asked for, held or was given. From NBNS: each address with the NetBIOS names it
 * registered or refreshed, and the name tables and MAC addresses its node-status (NBSTAT)
 * responses gave. That is how a report names the machine behind an address ("the beacon comes
 * from DESKTOP-4C02EMG"). One entry per MAC or IP address, up to the tables' bounds.
 */
public final class HostsCollector implements Collector {
    private static final int ACK = 5;
    private static final int BOOTREQUEST = 1;
    private static final int BOOTREPLY = 2;
    private static final String NO_ADDRESS = "0.0.0.0";

    private final IocFields f;
    private final PacketValues values;
    private final BoundedTable<String, Host> hosts = new BoundedTable<>("DHCP clients");
    private final BoundedTable<String, NetbiosHost> netbios = new BoundedTable<>("NetBIOS hosts");

    /** What one client hardware address said and was told. */
    private static final class Host {
        final String mac;
        final Evidence evidence = new Evidence();
        final DistinctValues names = new DistinctValues();
        final DistinctValues domainNames = new DistinctValues();
        final DistinctValues vendorClasses = new DistinctValues();
        final DistinctValues addresses = new DistinctValues();

        Host(String mac) {
            this.mac = mac;
        }
    }

    /** What one address said of itself over NBNS. */
    private static final class NetbiosHost {
        final String address;
        final Evidence evidence = new Evidence();
        final DistinctValues names = new DistinctValues();
        final DistinctValues macs = new DistinctValues();

        NetbiosHost(String address) {
            this.address = address;
        }
    }

    private static final long NBSTAT = 33;

    public HostsCollector(IocFields fields, PacketValues values) {
        this.f = fields;
        this.values = values;
    }

    @Override
    public void accept(FrameContext frame) {
        dhcp(frame);
        netbios(frame);
    }

    private void dhcp(FrameContext frame) {
        Packet p = frame.packet();
        int macEntry = PacketValues.first(p, f.dhcpMac);
        if (macEntry < 0) {
            return;
        }
        Host h = hosts.get(PacketValues.text(p, macEntry), Host::new);
        if (h == null) {
            return;
        }
        h.evidence.add(frame.number(), frame.time());
        addAll(p, f.dhcpHostName, h.names);
        addAll(p, f.dhcpFqdn, h.domainNames);
        addAll(p, f.dhcpVendorClass, h.vendorClasses);
        long op = PacketValues.num(p, f.dhcpOp, -1);
        if (op == BOOTREQUEST) {
            address(p, f.dhcpClientIp, h);
            address(p, f.dhcpRequestedIp, h);
        } else if (op == BOOTREPLY) {
            // an address is the client's once acknowledged (or given by BOOTP, which has no types)
            long type = PacketValues.num(p, f.dhcpMessageType, -1);
            if (type == ACK || type < 0) {
                address(p, f.dhcpYourIp, h);
            }
        }
    }

    /**
     * A request that claims names (registration, refresh, multi-homed registration), or a
     * node-status response: what its source says it is called.
     */
    private void netbios(FrameContext frame) {
        Packet p = frame.packet();
        int response = PacketValues.first(p, f.nbnsResponse);
        if (response < 0) {
            return;
        }
        boolean claim = p.num(response) == 0 && isClaim(PacketValues.num(p, f.nbnsOpcode, -1));
        boolean status = p.num(response) != 0 && has(p, f.nbnsType, NBSTAT);
        String src = frame.src();
        if (!(claim || status) || src == null) {
            return;
        }
        NetbiosHost h = netbios.get(src, NetbiosHost::new);
        if (h == null) {
            return;
        }
        h.evidence.add(frame.number(), frame.time());
        if (claim) {
            // the question's name: the record after it repeats it with its service in words
            int e = PacketValues.first(p, f.nbnsName);
            if (e >= 0) {
                h.names.add(values.string(p, e));
            }
        } else {
            addAll(p, f.nbnsNetbiosName, h.names);
        }
        if (status && f.nbnsUnitId >= 0) {
            for (int e = p.first(f.nbnsUnitId); e >= 0; e = p.next(e)) {
                h.macs.add(PacketValues.text(p, e));
            }
        }
    }

    /** Registration, refresh (both codes), multi-homed registration: a host claiming a name. */
    private static boolean isClaim(long opcode) {
        return opcode == 5 || opcode == 8 || opcode == 9 || opcode == 15;
    }

    private static boolean has(Packet p, int field, long value) {
        if (field < 0) {
            return false;
        }
        for (int e = p.first(field); e >= 0; e = p.next(e)) {
            if (p.num(e) == value) {
                return true;
            }
        }
        return false;
    }

    private void addAll(Packet p, int field, DistinctValues into) {
        if (field < 0) {
            return;
        }
        for (int e = p.first(field); e >= 0; e = p.next(e)) {
            String v = values.string(p, e);
            if (!v.isEmpty()) {
                into.add(v);
            }
        }
    }

    private static void address(Packet p, int field, Host h) {
        int e = PacketValues.first(p, field);
        if (e >= 0) {
            String a = PacketValues.text(p, e);
            if (!a.equals(NO_ADDRESS)) {
                h.addresses.add(a);
            }
        }
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        hosts.reportDrops(out);
        netbios.reportDrops(out);
    }

    /** The hosts in the order they first appeared, each with the filter that selects its frames. */
    public HostsReport report(ReportContext ctx) {
        List<Host> list = new ArrayList<>(hosts.values());
        list.sort(Comparator.comparingLong(h -> h.evidence.firstFrame()));
        List<HostsReport.Host> out = new ArrayList<>();
        for (Host h : list) {
            out.add(new HostsReport.Host(h.mac, h.names.list(), h.domainNames.list(), h.vendorClasses.list(),
                    h.addresses.list(), ctx.evidence(h.evidence, "dhcp.hw.mac_addr == " + h.mac)));
        }
        List<NetbiosHost> named = new ArrayList<>(netbios.values());
        named.sort(Comparator.comparingLong(h -> h.evidence.firstFrame()));
        List<HostsReport.NetbiosHost> names = new ArrayList<>();
        for (NetbiosHost h : named) {
            names.add(new HostsReport.NetbiosHost(h.address, h.names.list(), h.macs.list(),
                    ctx.evidence(h.evidence, FilterText.and(FilterText.src(h.address), NETBIOS_FILTER))));
        }
        return new HostsReport(out, names);
    }

    /** The frames {@link #netbios} reads, as a filter. */
    private static final String NETBIOS_FILTER = "((nbns.flags.response == 0 && nbns.flags.opcode in {5, 8, 9, 15})"
            + " || (nbns.flags.response == 1 && nbns.type == 33))";
}
