package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.cdp.CdpColumns;

/**
 * CDP as packet-cdp.c words its columns: the Info column cleared (no VLAN or 802.3 text from
 * below), then "Device ID: X  Port ID: Y  " in the order of the TLVs, written by the pass tshark
 * makes for its summary lines ({@link CdpColumns}), which also decides whether the frame ends with
 * "[Malformed Packet]".
 */
final class CdpWriter implements ColumnWriter {

    private final CdpColumns cdp = new CdpColumns();

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("CDP");
        c.clearInfo();
        if (layer.entry() < 0) {
            return;
        }
        CdpColumns.Info info = cdp.of(layer.packet(), layer.entry());
        c.appendInfo(info.text());
        c.endedWith(info.exception());
    }
}
