package io.sharkfin.export;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.smb.Smb2FileChunks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * tshark's {@code --export-objects smb,DIR} for SMB2 (packet-smb.c's {@code smb_eo_packet} and
 * {@code insert_chunk} over what packet-smb2.c feeds them, {@link Smb2FileChunks}): one file per
 * file id (by its tree id's low 16 bits and the hash of its GUID), made when the first READ
 * response or WRITE request of it is seen and named "\NAME" after the create that opened the id
 * (so {@code %5cNAME} once made safe), or "File_Id_GUID". Each chunk of an id that its create
 * response called a file (archive, normal, hidden, read-only or system, not a directory) is
 * written at its file offset; the file is as long as the furthest chunk's end (not the create's
 * end of file), and an id of a directory, pipe or the like is an empty file.
 *
 * <p>Bounds, as tshark's: a file grows to at most 4 GiB - 1 ({@link #MAX_LENGTH}, G_MAXUINT32);
 * a chunk ending past that empties the file ("out of memory" in tshark) and no later chunk is
 * written into it, though a later one may give it a length again. Unlike tshark, which holds
 * every file in memory, the bytes go straight to the file, so memory holds one chunk at a time;
 * what tshark leaves uninitialised (the gaps between chunks, and a file's bytes after it ran out
 * of memory) are zeros here.
 */
public final class SmbObjectExport implements ObjectExport {
    /** G_MAXUINT32: the largest file insert_chunk allocates. */
    static final long MAX_LENGTH = 0xffff_ffffL;

    private final ObjectDirectory dir;
    private final int smb2;
    // each file id's object, by tid (16 bits, as active_file keeps it) and id hash
    private final Map<Long, SmbObject> objects = new HashMap<>();

    /** One exported file ({@code active_file} and its entry's payload). */
    static final class SmbObject {
        final Path file;
        // payload_len, and whether payload_data is allocated
        long length;
        boolean held;
        boolean outOfMemory;

        SmbObject(Path file) {
            this.file = file;
        }
    }

    private SmbObjectExport(ObjectDirectory dir, FieldRegistry registry) {
        this.dir = dir;
        this.smb2 = registry.lookup("smb2").id();
    }

    /** An export into {@code dir}, made (with its parents) now if it does not exist. */
    public static SmbObjectExport to(Path dir, FieldRegistry registry) throws IOException {
        return new SmbObjectExport(new ObjectDirectory(dir), registry);
    }

    @Override
    public String type() {
        return "smb";
    }

    /** SMB2 must be dissected; its chunks come with the frame, not as fields. */
    @Override
    public BitSet fields() {
        BitSet b = new BitSet();
        b.set(smb2);
        return b;
    }

    @Override
    public void accept(Packet p) throws IOException {
        for (Smb2FileChunks.Chunk c : Smb2FileChunks.of(p)) {
            chunk(p, c);
        }
    }

    /** smb_eo_packet: the chunk's file, made when new; its data written when it is a file. */
    private void chunk(Packet p, Smb2FileChunks.Chunk c) throws IOException {
        long key = (c.tid() & 0xffff) << 32 | (c.fid() & 0xffff_ffffL);
        boolean isFile = c.fidType() == Smb2FileChunks.FidType.FILE;
        SmbObject o = objects.get(key);
        if (o == null) {
            // the name as bytes, one per character, as ObjectFileNames takes names
            String name = new String(c.filename().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            o = new SmbObject(dir.create(name));
            objects.put(key, o);
        }
        if (isFile) {
            insert(o, c.fileOffset(), p.copy(c.buf(), c.offset(), c.length()));
        }
    }

    /** insert_chunk's memory handling, over the file instead of a buffer. */
    static void insert(SmbObject o, long offset, byte[] data) throws IOException {
        // offset + length as insert_chunk's calculated_size; past G_MAXUINT32 it cannot be held
        boolean tooBig = offset < 0 || offset > MAX_LENGTH || offset + data.length > MAX_LENGTH;
        long size = offset + data.length;
        if (!o.held) {
            // g_try_malloc fails past the bound and returns NULL for 0 bytes
            if (tooBig || size == 0) {
                o.outOfMemory = true;
            } else {
                o.held = true;
                o.length = size;
                ObjectDirectory.resize(o.file, size);
            }
        } else if (!o.outOfMemory && (tooBig || size > o.length)) {
            if (tooBig) {
                // the file's bytes are dropped
                o.outOfMemory = true;
                o.held = false;
                o.length = 0;
                ObjectDirectory.resize(o.file, 0);
            } else {
                o.length = size;
                ObjectDirectory.resize(o.file, size);
            }
        }
        if (!o.outOfMemory) {
            ObjectDirectory.writeAt(o.file, offset, data);
        }
    }

    @Override
    public long written() {
        return dir.saved();
    }
}
