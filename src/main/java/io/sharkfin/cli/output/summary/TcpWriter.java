package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.RecordedInfo;
import io.sharkfin.dissect.protocol.smb.SmbColumns;
import io.sharkfin.dissect.protocol.tcp.TcpFlagText;

import java.util.List;

/**
 * TCP: ports, flags, relative sequence and acknowledgement numbers, window and length, then the
 * options in the order they appear ({@link TcpOptionText}) and, in front behind a fence, what the
 * sequence analysis found ({@code [TCP Retransmission]}). Once the payload's dissector returned, a
 * segment whose data only waits for reassembly says so ({@code [TCP segment of a reassembled PDU]})
 * and names TCP again, after what HTTP or NBSS wrote before asking for the rest (a request line,
 * "Session message"). A second PDU in a segment writes after the first (fence, Protocol kept).
 */
final class TcpWriter implements ColumnWriter {

    private final int srcPort;
    private final int dstPort;
    private final int flags;
    private final int ace;
    private final int seq;
    private final int ack;
    private final int window;
    private final int urgentPointer;
    private final int length;
    private final int payload;
    private final int segmentData;
    private final int reassembledLength;
    private final int continuationTo;
    private final TcpOptionText options;
    private final TcpAnalysisText analysis;
    private final HttpSegments http;

    TcpWriter(ColumnFields f) {
        srcPort = f.id("tcp.srcport");
        dstPort = f.id("tcp.dstport");
        flags = f.id("tcp.flags");
        ace = f.id("tcp.flags.ace");
        seq = f.id("tcp.seq");
        ack = f.id("tcp.ack");
        window = f.id("tcp.window_size");
        urgentPointer = f.id("tcp.urgent_pointer");
        length = f.id("tcp.len");
        payload = f.id("tcp.payload");
        segmentData = f.id("tcp.segment_data");
        reassembledLength = f.id("tcp.reassembled.length");
        continuationTo = f.id("tcp.continuation_to");
        options = new TcpOptionText(f);
        analysis = new TcpAnalysisText(f);
        http = new HttpSegments(f);
    }

    /** Follows the HTTP messages of TCP segments (every frame, in order). */
    void observe(io.sharkfin.dissect.Packet p) {
        http.observe(p);
    }

    @Override
    public void begin(Layer layer, Columns c) {
        if (!layer.has(srcPort)) {
            // cut before its ports: packet-tcp.c read nothing and wrote no column
            return;
        }
        c.setProtocol("TCP");
        c.clearInfo();
        StringBuilder info = new StringBuilder();
        info.append(layer.num(srcPort, 0)).append(" → ").append(layer.num(dstPort, 0));
        if (!layer.has(window)) {
            // cut within the fixed header: the flags, numbers and window were never read
            c.appendInfo(info.toString());
            return;
        }
        long f = layer.num(flags, 0);
        info.append(" [").append(TcpFlagText.of(f, layer.has(ace) ? layer.num(ace, 0) : -1)).append(']');
        info.append(" Seq=").append(layer.num(seq, 0));
        if ((f & 0x10) != 0) {
            info.append(" Ack=").append(layer.num(ack, 0));
        }
        info.append(" Win=").append(layer.num(window, 0));
        if ((f & 0x20) != 0) {
            info.append(" Urg=").append(layer.num(urgentPointer, 0));
        }
        // the length goes to Info after the urgent pointer is read: a fixed header cut short has none
        if (layer.has(length) && layer.has(urgentPointer)) {
            info.append(" Len=").append(layer.num(length, 0));
        }
        options.append(layer, info);
        c.appendInfo(info.toString());
        analysis.prepend(layer, c);
        if (layer.has(continuationTo)) {
            c.prependInfoFenced("[Continuation to #" + layer.num(continuationTo, 0) + "] ");
        }
    }

    @Override
    public void nextChild(Layer layer, Columns c) {
        c.fenceInfo();
        c.protocolWritable(false);
    }

    @Override
    public void end(Layer layer, Columns c) {
        c.protocolWritable(true);
        if (waitsForReassembly(layer) && !analysis.repeatsData(layer)) {
            String line = http.firstLine(layer.packet().number());
            List<String> nbss = SmbColumns.nbssTexts(layer.packet());
            if (line != null) {
                c.setInfo(line + " ");
            } else if (!nbss.isEmpty()) {
                // NBSS names the message it waits for before asking TCP for the rest
                c.setInfo(nbss.getLast());
            } else if (clearedByPayloadDissector(layer)) {
                c.setInfo("");
            }
            c.setProtocol("TCP");
            c.appendInfo(" ", "[TCP segment of a reassembled PDU]");
        }
    }

    /**
     * Whether the dissector TCP handed the segment to cleared the Info column before it asked for
     * more bytes (packet-kerberos.c's {@code dissect_kerberos_tcp} does; its call recorded that
     * in {@link RecordedInfo}).
     */
    private static boolean clearedByPayloadDissector(Layer layer) {
        for (String protocol : CLEARING_INFO) {
            if (!RecordedInfo.of(layer.packet(), protocol).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The protocols over TCP whose dissectors clear the Info column before cutting their PDUs. */
    private static final List<String> CLEARING_INFO = List.of("kerberos");

    /**
     * Whether the segment's data, from its first byte, is kept for a PDU that ends in a later
     * segment: the payload's dissector took none of it.
     */
    private boolean waitsForReassembly(Layer layer) {
        int data = layer.first(segmentData);
        // the reassembled PDU's tree hangs beside TCP's, not below it
        if (data < 0 || (reassembledLength >= 0 && layer.packet().has(reassembledLength))) {
            return false;
        }
        int pl = layer.first(payload);
        Packet p = layer.packet();
        return pl < 0 || (p.rawBuffer(pl) == p.rawBuffer(data) && p.rawOffsetInBuffer(pl) == p.rawOffsetInBuffer(data));
    }
}
