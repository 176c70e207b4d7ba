package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.RecordedInfo;

import java.util.List;

/**
 * LLDP as packet-lldp.c words its columns: the Info column cleared (no VLAN text from below), then
 * what the dissection wrote as it went ("MA/00:1e:bd:4c:22:81 IN/Gi1/0/1 120 SysN=sw1 "), or what
 * replaced it ("Invalid Port ID TLV", "Duplicate Chassis ID TLV"), which the dissector records
 * ({@link RecordedInfo}): the IDs' text comes from bytes in forms no field keeps (hex, text up to
 * a NUL).
 */
final class LldpWriter implements ColumnWriter {

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("LLDP");
        c.clearInfo();
        List<String> calls = RecordedInfo.of(layer.packet(), layer.protocol());
        int index = layer.occurrence();
        if (index < calls.size()) {
            c.appendInfo(calls.get(index));
        }
    }
}
