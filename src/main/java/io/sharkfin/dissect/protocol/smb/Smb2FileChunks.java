package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * What packet-smb2.c's {@code feed_eo_smb2} hands the "smb_eo" tap: one chunk of a file per READ
 * response or WRITE request whose data was captured whole and whose file id the capture showed,
 * in the order the frame's messages were dissected. {@code io.sharkfin.export}'s SMB export reads
 * them after each frame, as tshark's {@code --export-objects smb} tap does. Only the current
 * frame's chunks are kept (a chunk points into the frame's bytes, valid until the next frame).
 */
public final class Smb2FileChunks {
    /** packet-smb.h's SMB2_FID_TYPE_*: what the create response's attributes say the id names. */
    public enum FidType { FILE, DIR, OTHER }

    /**
     * One chunk ({@code smb_eo_t}). {@code tid} is the tree id the message names when its tree is
     * known (0 otherwise); {@code fid} is g_str_hash of the file id's GUID text; {@code filename}
     * is "\NAME" from the create that opened the id, or "File_Id_GUID" when the id's life has no
     * name; the data are {@code length} bytes at {@code offset} of the packet's buffer {@code buf}.
     */
    public record Chunk(int cmd, long tid, int fid, String filename, FidType fidType, long endOfFile,
                        long fileOffset, int buf, int offset, int length) {
    }

    private long frame = -1;
    private final List<Chunk> chunks = new ArrayList<>();

    /** The chunks the frame {@code p} is dissected into (empty for a frame without any). */
    public static List<Chunk> of(Packet p) {
        Smb2FileChunks c = p.session().state(Smb2FileChunks.class, Smb2FileChunks::new);
        return c.frame == p.number() ? List.copyOf(c.chunks) : List.of();
    }

    static void add(Packet p, Chunk chunk) {
        Smb2FileChunks c = p.session().state(Smb2FileChunks.class, Smb2FileChunks::new);
        if (c.frame != p.number()) {
            c.chunks.clear();
            c.frame = p.number();
        }
        c.chunks.add(chunk);
    }
}
