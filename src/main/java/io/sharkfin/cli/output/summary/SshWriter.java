package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.ssh.SshColumns;

import java.util.List;

/**
 * SSH as packet-ssh.c writes its columns: the Protocol column names the version the connection
 * had announced before the frame (SSH, SSHv1, SSHv2), the Info column is cleared, then gets each
 * identification line, message and encrypted packet, and at the end "Client: " or "Server: " in
 * front. The dissector recorded these writes ({@link SshColumns}): the version is its connection
 * state's, which the fields do not hold.
 */
final class SshWriter implements ColumnWriter {

    @Override
    public void begin(Layer layer, Columns c) {
        List<SshColumns.Call> calls = SshColumns.of(layer.packet());
        int index = layer.occurrence();
        if (index >= calls.size()) {
            c.setProtocol("SSH");
            return;
        }
        SshColumns.Call call = calls.get(index);
        c.setProtocol(call.protocol());
        c.clearInfo();
        for (String part : call.info()) {
            c.appendInfo(", ", part);
        }
        if (call.direction() != null) {
            c.prependInfo(call.direction());
        }
    }
}
