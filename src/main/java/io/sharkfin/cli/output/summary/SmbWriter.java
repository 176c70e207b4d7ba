package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.smb.SmbColumns;

import java.util.List;

/**
 * NBSS and SMB2 as packet-nbt.c and packet-smb2.c write their columns: each call sets its
 * Protocol column and replaces the Info column with the text it recorded ({@link SmbColumns}:
 * SMB2's names files and trees from what the connection's earlier messages said, and NTLMSSP's
 * message type and user are appended to it from inside the security blob).
 */
final class SmbWriter implements ColumnWriter {

    private final boolean smb2;

    SmbWriter(boolean smb2) {
        this.smb2 = smb2;
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol(smb2 ? "SMB2" : "NBSS");
        List<String> calls = smb2 ? SmbColumns.smb2Texts(layer.packet()) : SmbColumns.nbssTexts(layer.packet());
        int index = layer.occurrence();
        if (index < calls.size()) {
            c.clearInfo();
            c.appendInfo(calls.get(index));
        }
    }
}
