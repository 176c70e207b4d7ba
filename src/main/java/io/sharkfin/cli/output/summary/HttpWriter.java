package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Packet;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * HTTP (and SSDP, which speaks it): a message's first line as sent, followed by a space
 * ({@code GET / HTTP/1.1 }); a body the dissector could not place says "Continuation". What the
 * body's media type adds comes from {@link MediaWriter}. Several messages in one segment follow
 * one another, each behind a fence as Wireshark sets one after each message, so a body's type
 * stays with its message: {@code HTTP/1.1 200 OK  (text/plain)HTTP/1.1 404 Not Found }.
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

    // per HTTP layer of the frame being written: its messages and how many of them the Info
    // column shows so far (layers are made anew for each frame)
    private final Map<Layer, Messages> messages = new IdentityHashMap<>();

    /**
     * The messages of one HTTP layer, in order: where each starts (its protocol item) and its
     * first line's entry, or -1 for bytes that are no message ("Continuation").
     */
    private static final class Messages {
        final int[] starts;
        final int[] lines;
        int written;

        Messages(int[] starts, int[] lines) {
            this.starts = starts;
            this.lines = lines;
        }
    }

    @Override
    public void begin(Layer layer, Columns c) {
        if (messages.size() > 8) {
            messages.clear(); // left by frames whose columns were not finished (an exception)
        }
        Messages m = messagesOf(layer);
        messages.put(layer, m);
        m.written = 1;
        if (m.lines[0] >= 0) {
            c.setInfo(line(layer, m.lines[0]));
        } else if (!layer.has(request) && !layer.has(response)) {
            c.setInfoConstant("Continuation");
        }
        c.setProtocol(protocolName);
    }

    /**
     * The later messages of the segment, each behind a fence, once the layers before them (the
     * earlier messages' bodies) have written.
     */
    @Override
    public boolean resume(Layer layer, int before, Columns c) {
        Messages m = messages.get(layer);
        if (m == null) {
            return false;
        }
        while (m.written < m.starts.length && m.starts[m.written] < before) {
            int line = m.lines[m.written++];
            c.fenceInfo();
            if (line >= 0) {
                c.setInfo(line(layer, line));
            } else {
                c.setInfoConstant("Continuation");
            }
        }
        if (m.written < m.starts.length) {
            return true;
        }
        messages.remove(layer);
        return false;
    }

    /** The layer's messages: its protocol items (one per message) and the request or status line in each. */
    private Messages messagesOf(Layer layer) {
        IntStream.Builder items = IntStream.builder();
        int protocol = layer.entry() < 0 ? -1 : layer.packet().field(layer.entry());
        for (int e = layer.entry() < 0 ? -1 : layer.first(protocol); e >= 0; e = layer.next(e)) {
            items.add(e);
        }
        int[] starts = items.build().toArray();
        if (starts.length == 0) {
            starts = new int[] {-1};
        }
        int[] lines = new int[starts.length];
        Arrays.fill(lines, -1);
        for (int field : new int[] {method, responseVersion}) {
            for (int e = layer.first(field); e >= 0; e = layer.next(e)) {
                int i = starts.length - 1;
                while (i > 0 && starts[i] > e) {
                    i--;
                }
                if (lines[i] < 0 || e < lines[i]) {
                    lines[i] = e;
                }
            }
        }
        return new Messages(starts, lines);
    }

    private static String line(Layer layer, int start) {
        return FormatText.of(firstLine(layer.packet(), start)) + " ";
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
