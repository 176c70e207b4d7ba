package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.dissect.protocol.Tvb;

/**
 * The part of packet-smb2.c that feeds the export of objects: what {@code dissect_smb2_fid}
 * records of each file id (its life in {@link Smb2Handles}, and the export record of the file
 * the message is about) and {@code feed_eo_smb2}, which makes a READ response's or WRITE
 * request's data a {@link Smb2FileChunks.Chunk} of the file its request's id names.
 */
final class Smb2ObjectFeed {
    // the file attributes packet-smb2.c's feed_eo_smb2 sorts ids by
    static final long ATTR_READ_ONLY = 0x1;
    static final long ATTR_HIDDEN = 0x2;
    static final long ATTR_SYSTEM = 0x4;
    static final long ATTR_DIRECTORY = 0x10;
    static final long ATTR_ARCHIVE = 0x20;
    static final long ATTR_NORMAL = 0x80;
    private static final String FILE_PREFIX = "File: ";

    private Smb2ObjectFeed() {
    }

    /**
     * dissect_smb2_fid's handle keeping: the id's open, close or use in the capture's handle
     * table; an open names the id's life after the create's file ("File: NAME") and makes the id's
     * export record the message's; any other id whose life the frame lies in makes it so when the
     * message has none yet, and is what a response to the message will be about.
     */
    static void handle(Smb2Message m, Smb2Handles.Handle h, Smb2Commands.FidMode mode) {
        if (m.session == null) {
            return;
        }
        Smb2Handles handles = Smb2Handles.of(m.p);
        long frame = m.p.number();
        handles.store(h, frame, mode == Smb2Commands.FidMode.OPEN, mode == Smb2Commands.FidMode.CLOSE);
        if (mode == Smb2Commands.FidMode.OPEN) {
            Smb2Conversation.Request saved = m.saved;
            boolean named = saved != null && saved.extraType == Smb2Conversation.Extra.FILE_NAME;
            handles.name(h, frame, FILE_PREFIX + (named ? saved.extra : ""));
            if (saved != null) {
                saved.handle = h;
            }
            m.exportFile = m.session.exportFile(h);
        }
        if (handles.find(h, frame) != null && m.exportFile == null) {
            if (m.saved != null) {
                m.saved.handle = h;
            }
            m.exportFile = m.session.exportFile(h);
        }
    }

    /**
     * feed_eo_smb2: {@code length} bytes at {@code dataOffset} of the message, at
     * {@code fileOffset} of the file the request's id names, when the message is about a file.
     * Data the message does not hold are no chunk (C's tvb would throw before the tap).
     */
    static void chunk(Smb2Message m, long dataOffset, long length, long fileOffset) {
        Smb2Conversation.Request saved = m.saved;
        if (saved == null || m.exportFile == null) {
            return;
        }
        Tvb t = m.t;
        if (dataOffset + length > t.capturedLength()) {
            return;
        }
        Smb2Handles.Handle h = saved.handle;
        String fileId = h.guidString();
        Smb2Handles.Life life = Smb2Handles.of(m.p).find(h, m.p.number());
        String filename = filename(life == null ? null : life.name, fileId);
        long attributes = m.exportFile.attributes;
        Smb2FileChunks.FidType type;
        if ((attributes & ATTR_DIRECTORY) != 0) {
            type = Smb2FileChunks.FidType.DIR;
        } else if ((attributes & (ATTR_ARCHIVE | ATTR_NORMAL | ATTR_HIDDEN | ATTR_READ_ONLY | ATTR_SYSTEM)) != 0) {
            type = Smb2FileChunks.FidType.FILE;
        } else {
            type = Smb2FileChunks.FidType.OTHER;
        }
        // "XXX is this right?" in C: a short read moves the request's offset on
        if (length < saved.bytesMoved) {
            saved.fileOffset += length;
            saved.bytesMoved -= length;
        }
        long tid = m.tree != null ? m.tid : 0;
        Smb2FileChunks.add(m.p, new Smb2FileChunks.Chunk(m.opcode, tid, strHash(fileId), filename, type,
                m.exportFile.endOfFile, fileOffset, t.buf, t.at((int) dataOffset), (int) length));
    }

    /**
     * The object's name as feed_eo_smb2 makes it of the id's life's name: what follows the last
     * "File: " after a backslash, or "File_Id_GUID" when the life has no name (or an empty one).
     */
    static String filename(String lifeName, String fileId) {
        if (lifeName == null || lifeName.equals(FILE_PREFIX)) {
            return "File_Id_" + fileId;
        }
        if (lifeName.startsWith(FILE_PREFIX)) {
            // g_strsplit on every "File: ", the last piece
            return "\\" + lifeName.substring(lifeName.lastIndexOf(FILE_PREFIX) + FILE_PREFIX.length());
        }
        return lifeName.startsWith("\\") ? lifeName : "\\" + lifeName;
    }

    /** glib's g_str_hash (djb2 over the string's bytes as signed chars): the id's number. */
    static int strHash(String s) {
        int h = 5381;
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h = (h << 5) + h + b;
        }
        return h;
    }
}
