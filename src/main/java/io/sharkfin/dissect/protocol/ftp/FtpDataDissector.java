package io.sharkfin.dissect.protocol.ftp;

import static io.sharkfin.dissect.protocol.ftp.FtpFields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;

import java.util.List;

/**
 * FTP's data connections as packet-ftp.c 4.0 dissects them ({@code dissect_ftpdata}): the
 * connections {@link FtpDissector} announced, and any on TCP port 20. The protocol item counts
 * the bytes; beside it, the frame the connection was set up in (the announcement's, or its first
 * segment's on port 20 without one) and, for an announced connection, the method, the command
 * it answers with that command's frame, and the working directory. Data whose first 20 bytes are
 * printable ASCII, CR or LF is shown line by line ({@code data-text-lines}); other data is not
 * handed on.
 */
public final class FtpDataDissector implements TcpPayloadDissector {
    public static final int PORT = 20;
    /** How many leading bytes decide whether the data is text. */
    private static final int TEXT_PROBE = 20;

    private final Dissector textLines;

    public FtpDataDissector(Dissector textLines) {
        this.textLines = textLines;
    }

    @Override
    public FieldSpec protocol() {
        return FTP_DATA;
    }

    @Override
    public List<FieldSpec> fields() {
        return DATA;
    }

    @Override
    public List<String> calls() {
        return List.of(textLines.protocol().name());
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        int captured = Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
        int item = p.protocolItem();
        if (item >= 0) {
            p.setLabel(item, FTP_DATA.title() + " (" + captured + " bytes data)");
        }
        // packet-ftp.c adds these to its caller's tree, beside its own item
        p.markGenerated(p.addUInt(FTP_DATA_SETUP_FRAME, buf, offset, 0, tcp.setupFrame()));
        DataConnection d = tcp.announced(DataConnection.class);
        if (d != null) {
            p.markGenerated(p.addComputedString(FTP_DATA_SETUP_METHOD, buf, offset, 0, d.method));
            if (d.command != null) {
                p.markGenerated(p.addComputedString(FTP_DATA_COMMAND, buf, offset, 0,
                        WorkingDirectory.decode(d.command)));
                // not generated: packet-ftp.c marks the command's item a second time instead
                p.addUInt(FTP_DATA_COMMAND_FRAME, buf, offset, 0, d.commandFrame);
            }
            p.markGenerated(p.addComputedString(FTP_DATA_CURRENT_WORKING_DIRECTORY, buf, offset, 0, d.cwd.text()));
        }
        if (isText(p, buf, offset, Math.min(TEXT_PROBE, captured))) {
            p.callIfActive(textLines, buf, offset, length);
        }
        return captured;
    }

    /** Whether the bytes are all printable ASCII, CR or LF. */
    private static boolean isText(Packet p, int buf, int offset, int n) {
        for (int i = 0; i < n; i++) {
            int c = p.u8(buf, offset + i);
            if (c != '\r' && c != '\n' && (c < 0x20 || c > 0x7e)) {
                return false;
            }
        }
        return true;
    }
}
