package io.sharkfin.repl.view;

import io.sharkfin.capture.CaptureReader;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.protocol.http.ContentCoding;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import io.sharkfin.stats.FollowText;
import io.sharkfin.stats.FollowedConversation;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The HTTP messages of one TCP conversation as Wireshark's Follow HTTP Stream shows them
 * ({@code tshark -z follow,http,ascii,N}): for each message its header block as sent, then its
 * body as the application sees it — de-chunked and, for gzip, deflate and brotli content
 * codings, decompressed. A body that cannot be decoded (corrupt data, another content coding, or
 * a compressing transfer coding, which Wireshark does not decode either) is left out, as
 * Wireshark leaves out a body it cannot decode, and reported in {@link Followed#notes()}.
 */
public final class HttpFollower {

    /** The followed text (null when the stream carries no HTTP message), and what could not be shown. */
    public record Followed(String text, List<String> notes) {
    }

    private static final String[] FIELDS = {"http", "http.request.method", "http.response.version",
        "http.file_data", "http.content_encoding", "http.transfer_encoding", "http.decompression_failed",
        "ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "tcp.srcport", "tcp.dstport", "tcp.stream"};

    private final FieldRegistry registry = FieldRegistry.standard();
    private final FollowedConversation addresses = new FollowedConversation(FollowedConversation.Protocol.TCP, registry);

    /**
     * Follows the HTTP messages of {@code tcp.stream == stream}.
     *
     * @param stop polled per frame; true ends the scan early
     * @return empty when there is no such stream
     */
    public Optional<Followed> follow(CaptureReader reader, long stream, BooleanSupplier stop)
            throws FilterException, IOException {
        String filterText = "tcp.stream eq " + stream;
        Filter filter = Filter.compile(filterText);
        List<String> names = new ArrayList<>(List.of(FIELDS));
        names.addAll(filter.fieldNames(registry));
        List<FollowedConversation.Chunk> text = null;
        FollowedConversation.Endpoint client = null;
        FollowedConversation.Endpoint server = null;
        List<String> notes = new ArrayList<>();
        int http = id("http");
        boolean seen = false;
        try (PacketStream packets = new PacketStream(reader, Session.needing(names))) {
            Packet p;
            while (!stop.getAsBoolean() && (p = packets.next()) != null) {
                if (!filter.test(p)) {
                    continue;
                }
                seen = true;
                if (http < 0 || !p.has(http)) {
                    continue;
                }
                FollowedConversation.Endpoint src = addresses.endpoint(p, true);
                if (text == null) {
                    client = src;
                    server = addresses.endpoint(p, false);
                    text = new ArrayList<>();
                }
                boolean fromServer = !src.equals(client);
                for (int message = p.first(http); message >= 0; message = p.next(message)) {
                    messageChunks(p, message, p.next(message), text, fromServer, notes);
                }
            }
        }
        if (!seen) {
            return Optional.empty();
        }
        return Optional.of(new Followed(text == null ? null : FollowText.render("http", FollowText.Mode.ASCII, filterText,
                client, server, text, 1, Long.MAX_VALUE), notes));
    }

    /** The header block and the decoded body of the message whose item is entry {@code message}. */
    private void messageChunks(Packet p, int message, int nextMessage, List<FollowedConversation.Chunk> text,
                               boolean fromServer,
                               List<String> notes) {
        int end = nextMessage < 0 ? p.entryCount() : nextMessage;
        int firstLine = within(p, id("http.request.method"), message, end);
        if (firstLine < 0) {
            firstLine = within(p, id("http.response.version"), message, end);
        }
        if (firstLine < 0) {
            return;
        }
        text.add(chunk(p, fromServer, headerBlock(p, firstLine)));
        int body = within(p, id("http.file_data"), message, end);
        if (body >= 0) {
            // even empty: a compressed body may decode to nothing, and Wireshark shows that
            text.add(chunk(p, fromServer, raw(p, body)));
            return;
        }
        if (within(p, id("http.decompression_failed"), message, end) >= 0) {
            int coding = within(p, id("http.content_encoding"), message, end);
            String name = coding < 0 ? "?" : p.string(coding).trim();
            notes.add("frame " + p.number() + ": body not shown: Content-Encoding " + name
                    + (ContentCoding.of(name) != null ? " did not decode (corrupt or cut short)"
                    : " is not decoded (gzip, deflate and br are)"));
            return;
        }
        int transfer = within(p, id("http.transfer_encoding"), message, end);
        if (transfer >= 0) {
            String coding = p.string(transfer).trim().toLowerCase(Locale.ROOT);
            if (coding.contains("gzip") || coding.contains("deflate") || coding.contains("compress")) {
                notes.add("frame " + p.number() + ": body not shown: Transfer-Encoding " + coding
                        + " is not decoded (nor by Wireshark)");
            }
        }
    }

    private static FollowedConversation.Chunk chunk(Packet p, boolean fromServer, byte[] data) {
        return new FollowedConversation.Chunk(fromServer, data, p.number(), 0, 0);
    }

    /** The first occurrence of {@code field} among entries {@code [from, to)}, or -1. */
    private static int within(Packet p, int field, int from, int to) {
        if (field < 0) {
            return -1;
        }
        for (int e = p.first(field); e >= 0 && e < to; e = p.next(e)) {
            if (e > from) {
                return e;
            }
        }
        return -1;
    }

    /** From the first line to the empty line that ends the headers, included, as sent. */
    private static byte[] headerBlock(Packet p, int firstLine) {
        MemorySegment seg = p.rawSeg(firstLine);
        long from = p.rawOff(firstLine);
        int buffer = p.rawBuffer(firstLine);
        long limit = p.bufferBase(buffer) + p.bufferLength(buffer);
        long end = limit;
        for (long i = from; i < limit; i++) {
            if (seg.get(ValueLayout.JAVA_BYTE, i) != '\n') {
                continue;
            }
            long next = i + 1;
            if (next < limit && seg.get(ValueLayout.JAVA_BYTE, next) == '\r') {
                next++;
            }
            if (next < limit && seg.get(ValueLayout.JAVA_BYTE, next) == '\n') {
                end = next + 1;
                break;
            }
        }
        byte[] out = new byte[(int) (end - from)];
        MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, from, out, 0, out.length);
        return out;
    }

    private static byte[] raw(Packet p, int e) {
        byte[] out = new byte[p.rawLen(e)];
        MemorySegment.copy(p.rawSeg(e), ValueLayout.JAVA_BYTE, p.rawOff(e), out, 0, out.length);
        return out;
    }

    private int id(String name) {
        return registry.dissectedId(name);
    }
}
