package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Packet;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * HTTP (and SSDP, which speaks it): a message's first line as sent, followed by a space
 * ({@code GET / HTTP/1.1 }); a body the dissector could not place says "Continuation". What the
 * body's media type adds comes from {@link MediaWriter}.
 */
final class HttpWriter implements ColumnWriter {

    private final String protocolName;
    private final int method;
    private final int responseVersion;
    private final int request;
    private final int response;

    HttpWriter(ColumnFields f, String protocolName) {
        this.protocolName = protocolName;
        method = f.id("http.request.method");
        responseVersion = f.id("http.response.version");
        request = f.id("http.request");
        response = f.id("http.response");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        int start = layer.first(method);
        if (start < 0) {
            start = layer.first(responseVersion);
        }
        if (start >= 0) {
            c.setInfo(FormatText.of(firstLine(layer.packet(), start)) + " ");
        } else if (!layer.has(request) && !layer.has(response)) {
            c.setInfoConstant("Continuation");
        }
        c.setProtocol(protocolName);
    }

    /** The bytes from the start of the first line's first field to the end of the line. */
    private static byte[] firstLine(Packet p, int e) {
        MemorySegment seg = p.rawSeg(e);
        long from = p.rawOff(e);
        long limit = p.bufferBase(p.rawBuffer(e)) + p.bufferLength(p.rawBuffer(e));
        long end = from;
        while (end < limit) {
            byte b = seg.get(ValueLayout.JAVA_BYTE, end);
            if (b == '\r' || b == '\n') {
                break;
            }
            end++;
        }
        byte[] line = new byte[(int) (end - from)];
        MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, from, line, 0, line.length);
        return line;
    }
}
