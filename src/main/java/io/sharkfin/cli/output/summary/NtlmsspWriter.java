package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.OpenInfo;
import io.sharkfin.dissect.protocol.RecordedInfo;

import java.util.List;

/**
 * NTLMSSP's message type and user, which packet-ntlmssp.c appends to the Info column with ", "
 * (the message type, then the user after its domain). Under SMB2 they are part of SMB2's recorded text
 * (its writer writes them); elsewhere (HTTP's authentication headers) each call recorded its
 * own text ({@link RecordedInfo}), appended here.
 */
final class NtlmsspWriter implements ColumnWriter {

    @Override
    public void begin(Layer layer, Columns c) {
        String protocol = layer.protocol();
        List<String> calls = RecordedInfo.of(layer.packet(), protocol);
        int index = layer.occurrence();
        if (index < calls.size() && !calls.get(index).isEmpty()) {
            c.appendInfo(", ", calls.get(index));
        }
        if (OpenInfo.markerShown(layer.packet())) {
            // NTLMSSP caught the exception: its marker is in the text, none ends the line
            c.endedWith(null);
        }
    }
}
