package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.dns.DnsNames;

import io.sharkfin.dissect.Packet;

import java.util.Locale;

/**
 * DNS, mDNS and LLMNR: the operation, whether it is a response, the transaction id and the error
 * of a failed response, then each question ({@code A www.example.test}) and each record of every
 * section with its data as Wireshark summarises it ({@code A 127.0.0.10}, {@code MX 10 mail...};
 * types without a summary show their name only).
 */
final class DnsWriter implements ColumnWriter {

    private final String protocolName;
    private final boolean mdns;
    private final int id;
    private final int response;
    private final int opcode;
    private final int rcode;
    private final int queryName;
    private final int queryType;
    private final int queryUnicast;
    private final int recordName;
    private final int recordType;
    private final int cacheFlush;
    private final int[] single;
    private final int hinfoCpu;
    private final int hinfoOs;
    private final int mxPreference;
    private final int mxExchange;
    private final int srvPriority;
    private final int srvWeight;
    private final int srvPort;
    private final int srvTarget;
    private final int naptrOrder;
    private final int naptrPreference;
    private final int naptrFlags;
    private final int kxPreference;
    private final int kxExchange;

    DnsWriter(ColumnFields f, String protocolName, boolean mdns) {
        this.protocolName = protocolName;
        this.mdns = mdns;
        id = f.id("dns.id");
        response = f.id("dns.flags.response");
        opcode = f.id("dns.flags.opcode");
        rcode = f.id("dns.flags.rcode");
        queryName = f.id("dns.qry.name");
        queryType = f.id("dns.qry.type");
        queryUnicast = f.id("dns.qry.qu");
        recordName = f.id("dns.resp.name");
        recordType = f.id("dns.resp.type");
        cacheFlush = f.id("dns.resp.cache_flush");
        // record data shown as one value: address or name
        single = new int[] {f.id("dns.a"), f.id("dns.aaaa"), f.id("dns.ns"), f.id("dns.md"), f.id("dns.mf"),
            f.id("dns.cname"), f.id("dns.soa.mname"), f.id("dns.mb"), f.id("dns.mg"), f.id("dns.mr"),
            f.id("dns.wks.address"), f.id("dns.ptr.domain_name"), f.id("dns.dname"),
            f.id("dns.nsec.next_domain_name")};
        hinfoCpu = f.id("dns.hinfo.cpu");
        hinfoOs = f.id("dns.hinfo.os");
        mxPreference = f.id("dns.mx.preference");
        mxExchange = f.id("dns.mx.mail_exchange");
        srvPriority = f.id("dns.srv.priority");
        srvWeight = f.id("dns.srv.weight");
        srvPort = f.id("dns.srv.port");
        srvTarget = f.id("dns.srv.target");
        naptrOrder = f.id("dns.naptr.order");
        naptrPreference = f.id("dns.naptr.preference");
        naptrFlags = f.id("dns.naptr.flags");
        kxPreference = f.id("dns.kx.preference");
        kxExchange = f.id("dns.kx.key_exchange");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol(protocolName);
        c.clearInfo();
        if (!layer.has(response)) {
            // cut within the header: packet-dns.c words Info from the flags it never read
            return;
        }
        boolean isResponse = layer.num(response, 0) != 0;
        StringBuilder info = new StringBuilder();
        info.append(DnsNames.OPCODES.format(layer.num(opcode, 0), "Unknown operation (%d)"))
                .append(isResponse ? " response" : "")
                .append(String.format(Locale.ROOT, " 0x%04x", layer.num(id, 0)));
        long rc = layer.num(rcode, 0);
        if (isResponse && rc != 0) {
            info.append(' ').append(DnsNames.RCODES.format(rc, "Unknown error (%d)"));
        }
        appendRecords(layer, info);
        c.setInfo(info.toString());
    }

    /** Questions and records in the order they were dissected. */
    private void appendRecords(Layer layer, StringBuilder info) {
        Packet p = layer.packet();
        String name = null;
        long type = -1;
        // a record's type follows its name; later types (an NSEC's bitmap) are data
        boolean typeNext = false;
        // the fields of a record's data that are summarised together, in wire order
        for (int e = layer.nextField(layer.entry()); e >= 0; e = layer.nextField(e)) {
            int fid = p.field(e);
            if (fid == queryName) {
                name = layer.textAt(e);
            } else if (fid == queryType) {
                info.append(' ').append(typeName(p.num(e))).append(' ').append(name);
            } else if (fid == queryUnicast && mdns) {
                info.append(p.num(e) != 0 ? ", \"QU\" question" : ", \"QM\" question");
            } else if (fid == recordName) {
                typeNext = true;
            } else if (fid == recordType && typeNext) {
                typeNext = false;
                type = p.num(e);
                info.append(' ').append(typeName(type));
            } else if (fid == cacheFlush && mdns) {
                if (p.num(e) != 0) {
                    info.append(", cache flush");
                }
            } else {
                appendData(layer, e, fid, type, info);
            }
        }
    }

    private void appendData(Layer layer, int e, int fid, long type, StringBuilder info) {
        for (int s : single) {
            if (fid == s) {
                info.append(' ').append(layer.textAt(e));
                return;
            }
        }
        if (type == 13 && fid == hinfoOs) {
            info.append(' ').append(textBefore(layer, e, hinfoCpu)).append(' ').append(layer.textAt(e));
        } else if (type == 15 && fid == mxExchange) {
            info.append(' ').append(numBefore(layer, e, mxPreference)).append(' ').append(layer.textAt(e));
        } else if (type == 33 && fid == srvTarget) {
            info.append(' ').append(numBefore(layer, e, srvPriority)).append(' ').append(numBefore(layer, e, srvWeight))
                    .append(' ').append(numBefore(layer, e, srvPort)).append(' ').append(layer.textAt(e));
        } else if (type == 35 && fid == naptrFlags) {
            info.append(' ').append(numBefore(layer, e, naptrOrder)).append(' ')
                    .append(numBefore(layer, e, naptrPreference)).append(' ').append(layer.textAt(e));
        } else if (type == 36 && fid == kxExchange) {
            info.append(' ').append(numBefore(layer, e, kxPreference)).append(' ').append(layer.textAt(e));
        }
    }

    /** The value of the nearest earlier occurrence of {@code field} in the layer. */
    private static long numBefore(Layer layer, int e, int field) {
        Packet p = layer.packet();
        for (int i = e - 1; i > layer.entry(); i--) {
            if (p.field(i) == field && layer.owns(i)) {
                return p.num(i);
            }
        }
        return 0;
    }

    private static String textBefore(Layer layer, int e, int field) {
        Packet p = layer.packet();
        for (int i = e - 1; i > layer.entry(); i--) {
            if (p.field(i) == field && layer.owns(i)) {
                return layer.textAt(i);
            }
        }
        return "";
    }

    private static String typeName(long type) {
        return DnsNames.TYPES.format(type, "Unknown (%d)");
    }
}
