package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * packet-smb2.c's sessions ({@code smb2_sesid_info_t}), which it keeps for the whole capture by
 * session id alone, across connections: who authenticated (from NTLMSSP's AUTHENTICATE) and in
 * which frame, the trees connected in the session, the files opened in it, and what the export
 * of objects knows of each file id (its size and attributes from the create response). Bounded:
 * at most {@link #MAX_SESSIONS} sessions, and per session {@link #MAX_TREES} trees,
 * {@link #MAX_FILES} file ids (and as many export records) and {@link #MAX_REOPENS} opens of one
 * id, the oldest forgotten first.
 */
final class Smb2Sessions {
    static final int MAX_SESSIONS = 16_384;
    static final int MAX_TREES = 4_096;
    static final int MAX_FILES = 65_536;
    /** Opens remembered per file id (a server may reuse ids; a hostile stream may repeat one). */
    static final int MAX_REOPENS = 64;

    /** A tree ({@code smb2_tid_info_t}). */
    record Tree(String name, int shareType, long connectFrame) {
    }

    /** An open file ({@code smb2_fid_info_t}): found by its ids while the frame lies in its life. */
    static final class File {
        final long persistent;
        final long volatileId;
        final long sesid;
        final long tid;
        final String name;
        final long frameBeg;
        long frameEnd = 0xffffffffL;

        File(long persistent, long volatileId, long sesid, long tid, String name, long frameBeg) {
            this.persistent = persistent;
            this.volatileId = volatileId;
            this.sesid = sesid;
            this.tid = tid;
            this.name = name;
            this.frameBeg = frameBeg;
        }

        /** smb2_fid_info_equal: the same ids, and the frame within the file's life. */
        boolean matches(long persistent, long volatileId, long sesid, long tid, long frame) {
            return this.persistent == persistent && this.volatileId == volatileId && this.sesid == sesid
                    && this.tid == tid && frame >= frameBeg && frame <= frameEnd;
        }
    }

    /**
     * What the export of objects keeps of a file id ({@code smb2_eo_file_info_t}): the end of
     * file and attributes of the create response that opened it, zero until one is seen.
     */
    static final class ExportFile {
        long endOfFile;
        long attributes;
    }

    /** The ids a file is found by; opens of the same ids are told apart by their frames. */
    private record FileKey(long persistent, long volatileId, long tid) {
    }

    /** A session ({@code smb2_sesid_info_t}). */
    static final class Session {
        String acct;
        String domain;
        String host;
        long authFrame = -1;
        final Map<Long, Tree> trees = bounded(MAX_TREES);
        private final Map<FileKey, List<File>> files = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<FileKey, List<File>> eldest) {
                return size() > MAX_FILES;
            }
        };

        private final Map<Smb2Handles.Handle, ExportFile> exportFiles = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Smb2Handles.Handle, ExportFile> eldest) {
                return size() > MAX_FILES;
            }
        };

        /** The export record of a file id ({@code ses->files}), made when new. */
        ExportFile exportFile(Smb2Handles.Handle h) {
            return exportFiles.computeIfAbsent(h, k -> new ExportFile());
        }

        /** The file with these ids open at {@code frame}, the latest opened first. */
        File file(long persistent, long volatileId, long sesid, long tid, long frame) {
            List<File> opens = files.get(new FileKey(persistent, volatileId, tid));
            if (opens == null) {
                return null;
            }
            for (int i = opens.size() - 1; i >= 0; i--) {
                File f = opens.get(i);
                if (f.matches(persistent, volatileId, sesid, tid, frame)) {
                    return f;
                }
            }
            return null;
        }

        void open(File f) {
            List<File> opens = files.computeIfAbsent(new FileKey(f.persistent, f.volatileId, f.tid),
                    k -> new ArrayList<>());
            if (opens.size() >= MAX_REOPENS) {
                opens.removeFirst();
            }
            opens.add(f);
        }
    }

    private final Map<Long, Session> sessions = bounded(MAX_SESSIONS);

    private static <V> Map<Long, V> bounded(int max) {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > max;
            }
        };
    }

    static Smb2Sessions of(Packet p) {
        return p.session().state(Smb2Sessions.class, Smb2Sessions::new);
    }

    /** The session, or null when none was seen yet. */
    Session find(long sesid) {
        return sessions.get(sesid);
    }

    /** smb2_get_session: the session, made when new. */
    Session get(long sesid) {
        return sessions.computeIfAbsent(sesid, k -> new Session());
    }
}
