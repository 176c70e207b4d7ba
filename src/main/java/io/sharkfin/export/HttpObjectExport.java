package io.sharkfin.export;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * tshark's {@code --export-objects http,DIR}: every HTTP message with a body, request or
 * response, in every frame dissected (whatever a display filter selects), saved as a file of its
 * {@code http.file_data} bytes (after chunked transfer and content decoding). Names are as
 * tshark 4.0 gives them: the base name of the conversation's last request URI (for a response,
 * the request line seen last on its TCP connection, as Wireshark's conversation data keeps it),
 * or {@code object<frame>.<content type>} when no request was seen, made safe and numbered
 * {@code name(1).ext}, {@code name(2).ext}, ... where a file of that name exists. Unlike tshark,
 * which keeps every object in memory and writes them when the capture ends, each file is written
 * when its frame is dissected: the same files, in memory a body at a time (and the last request
 * URI of each TCP connection that carried HTTP, as Wireshark's conversations keep it).
 *
 * <pre>{@code
 * HttpObjectExport export = HttpObjectExport.to(Path.of("objects"), FieldRegistry.standard());
 * BitSet fields = export.fields();   // a session must record these, for every frame
 * for (Packet p : packets) export.accept(p);
 * }</pre>
 */
public final class HttpObjectExport implements ObjectExport {
    private final ObjectDirectory dir;
    private final int method;
    private final int uri;
    private final int responseCode;
    private final int fileData;
    private final int contentType;
    private final int tcpStream;
    // each TCP connection's last request URI (Wireshark's conv_data->request_uri)
    private final Map<Long, String> lastUri = new HashMap<>();

    private HttpObjectExport(ObjectDirectory dir, FieldRegistry registry) {
        this.dir = dir;
        this.method = registry.lookup("http.request.method").id();
        this.uri = registry.lookup("http.request.uri").id();
        this.responseCode = registry.lookup("http.response.code").id();
        this.fileData = registry.lookup("http.file_data").id();
        this.contentType = registry.lookup("http.content_type").id();
        this.tcpStream = registry.lookup("tcp.stream").id();
    }

    /** An export into {@code dir}, made (with its parents) now if it does not exist. */
    public static HttpObjectExport to(Path dir, FieldRegistry registry) throws IOException {
        return new HttpObjectExport(new ObjectDirectory(dir), registry);
    }

    @Override
    public String type() {
        return "http";
    }

    @Override
    public BitSet fields() {
        BitSet b = new BitSet();
        for (int f : new int[] {method, uri, responseCode, fileData, contentType, tcpStream}) {
            b.set(f);
        }
        return b;
    }

    @Override
    public long written() {
        return dir.saved();
    }

    /**
     * Reads a dissected frame: its request URIs (in tree order, as its messages were parsed) and
     * writes its bodies.
     */
    @Override
    public void accept(Packet p) throws IOException {
        int body = p.first(fileData);
        int u = p.first(uri);
        if (body < 0 && u < 0) {
            return;
        }
        long stream = p.first(tcpStream) < 0 ? -1 : p.num(p.first(tcpStream));
        // the URIs and bodies of the frame's messages in the order they were parsed
        while (body >= 0 || u >= 0) {
            if (u >= 0 && (body < 0 || u < body)) {
                lastUri.put(stream, bytes(p, u));
                u = p.next(u);
            } else {
                write(p, body, stream);
                body = p.next(body);
            }
        }
    }

    private void write(Packet p, int body, long stream) throws IOException {
        String name = lastUri.get(stream);
        if (name != null) {
            name = ObjectFileNames.basename(name);
        } else {
            String type = mediaType(p, body);
            name = "object" + p.number() + (type == null ? "" : "." + type);
        }
        // the item's span is the body; its value is Wireshark's ASCII rendering of it
        byte[] bytes = p.capturedSpan(body);
        if (bytes != null) {
            dir.save(name, bytes);
        }
    }

    /**
     * The message's media type as Wireshark's headers keep it (the Content-Type value up to a ';'
     * or blank, in lower case), or null; the message is the one whose body is entry {@code body}.
     */
    private String mediaType(Packet p, int body) {
        int start = Math.max(p.lastBefore(method, body), p.lastBefore(responseCode, body));
        int type = p.lastBefore(contentType, body);
        return type > start ? Strings.mediaType(bytes(p, type)) : null;
    }

    /** A string field's bytes, one per character (the form ObjectFileNames works on). */
    private static String bytes(Packet p, int e) {
        return new String(p.bytes(e), StandardCharsets.ISO_8859_1);
    }
}
