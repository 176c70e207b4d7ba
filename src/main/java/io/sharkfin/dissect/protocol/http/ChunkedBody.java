package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Packet;

import java.util.Arrays;

import static io.sharkfin.dissect.protocol.http.HttpFields.*;

/**
 * A chunked transfer-coded body (Wireshark's {@code chunked_encoding_dissector}): each chunk's
 * size, data and boundary, the trailer part, and the de-chunked entity. A chunk that claims more
 * bytes than there are is cut to what there is; reading past the data throws, as Wireshark's
 * tvb accessors do.
 */
final class ChunkedBody {
    /** The de-chunked entity (valid when {@link #consumed} is positive). */
    byte[] entity;
    /** Bytes of the chunked body taken, 0 when no chunk was found. */
    int consumed;

    /**
     * De-chunks the body {@code [offset, t.end)} (captured up to {@code capEnd}).
     */
    ChunkedBody dechunk(Packet p, HttpText t, int offset, int capEnd) {
        int origDatalen = t.end - offset;
        // the tree's "HTTP chunked response" item, over what the chunks take once they are read
        int response = p.wantsText() ? p.addText(t.buf, offset, origDatalen, "HTTP chunked response", false) : -1;
        int saved = p.openSubtree(response);
        try {
            int datalen = chunks(p, t, offset, capEnd);
            consumed = datalen < origDatalen ? origDatalen - datalen : 0;
        } finally {
            p.closeSubtree(saved);
        }
        if (consumed > 0) {
            p.setLength(response, consumed);
        }
        return this;
    }

    /** Reads the chunks into {@link #entity}; returns the body's bytes left after them. */
    private int chunks(Packet p, HttpText t, int offset, int capEnd) {
        int reportedEnd = t.end;
        int datalen = reportedEnd - offset;
        int origDatalen = datalen;
        byte[] raw = new byte[Math.max(0, Math.min(datalen, capEnd - offset))];
        int rawLen = 0;
        while (datalen > 0) {
            int linelen = t.lineEnd(offset, capEnd - offset, true);
            if (linelen <= 0) {
                break;
            }
            int chunkOffset = t.next;
            long size = ChunkSizeLine.strtol(t, offset, offset + linelen);
            if (size > datalen) {
                size = datalen;
            }
            int chunkSize = (int) size;
            t.check(chunkOffset, chunkSize);
            t.copyTo(chunkOffset, raw, rawLen, chunkSize);
            rawLen += chunkSize;
            chunkItems(p, t, offset, chunkOffset, chunkSize);
            offset = chunkOffset + chunkSize + (chunkSize > 0 ? 2 : 0);
            datalen = reportedEnd - offset;
            if (chunkSize == 0) {
                int trailerOffset = offset;
                int trailerLen;
                int fieldLen;
                do {
                    trailerLen = trailerOffset - offset;
                    fieldLen = t.lineEnd(trailerOffset, datalen - trailerLen, true);
                    if (fieldLen >= 0) {
                        trailerOffset = t.next;
                    }
                } while (fieldLen > 0);
                if (trailerLen > 0) {
                    HttpItems.item(p, CHUNKED_TRAILER_PART, t, offset, trailerLen);
                    offset += trailerLen;
                    datalen -= trailerLen;
                }
                if (fieldLen == 0) {
                    if (p.wantsText()) {
                        p.addText(t.buf, offset, trailerOffset - offset, t.formatted(offset, trailerOffset - offset), false);
                    }
                    datalen -= trailerOffset - offset;
                }
                break;
            }
        }
        entity = datalen < origDatalen ? Arrays.copyOf(raw, rawLen) : null;
        return datalen;
    }

    /**
     * One chunk's items under its text item ("Data chunk (300 octets)", "End of chunked
     * encoding"): its size over the size line, its data and the CRLF after it.
     */
    private static void chunkItems(Packet p, HttpText t, int offset, int chunkOffset, int chunkSize) {
        int chunk = p.wantsText() ? p.addText(t.buf, offset, chunkOffset - offset + chunkSize + 2,
                chunkSize == 0 ? "End of chunked encoding" : "Data chunk (" + chunkSize + " octets)", false) : -1;
        int saved = p.openSubtree(chunk);
        int sizeItem = p.addUInt(CHUNK_SIZE, t.buf, offset, chunkOffset - offset, chunkSize);
        if (sizeItem >= 0 && p.wantsText()) {
            p.setLabel(sizeItem, CHUNK_SIZE.title() + ": " + chunkSize + (chunkSize == 1 ? " octet" : " octets"));
        }
        if (chunkSize > 0) {
            if (p.wants(CHUNK_DATA)) {
                p.addBytes(CHUNK_DATA, t.buf, chunkOffset, chunkSize);
            }
            t.check(chunkOffset + chunkSize, 2);
            p.addBytes(CHUNK_BOUNDARY, t.buf, chunkOffset + chunkSize, 2);
        }
        p.closeSubtree(saved);
    }
}
