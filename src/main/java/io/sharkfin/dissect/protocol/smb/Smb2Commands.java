package io.sharkfin.dissect.protocol.smb;

import static io.sharkfin.dissect.protocol.smb.Smb2Fields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.ntlmssp.NtlmAuthentications;
import io.sharkfin.dissect.protocol.Tvb;

import java.util.List;

/**
 * The command part of an SMB2 message, as far as packet-smb2.c's command dissectors add the
 * fields sharkfin dissects or write the Info column: negotiation's dialects, the session set-up's
 * security blob, a tree connect's path and share type, a create's disposition, action and file
 * id, the file ids of the commands that use one (with the name of the file, remembered from its
 * create), read and write lengths and offsets and their data, find patterns, information classes
 * and ioctl functions. Offsets are from the header's start; the body starts at 64.
 */
final class Smb2Commands {
    static final int NEGOTIATE = 0x00;
    static final int SESSION_SETUP = 0x01;
    static final int TREE_CONNECT = 0x03;
    static final int CREATE = 0x05;
    static final int CLOSE = 0x06;
    static final int FLUSH = 0x07;
    static final int READ = 0x08;
    static final int WRITE = 0x09;
    static final int LOCK = 0x0a;
    static final int IOCTL = 0x0b;
    static final int FIND = 0x0e;
    static final int NOTIFY = 0x0f;
    static final int GETINFO = 0x10;
    static final int SETINFO = 0x11;
    static final int BREAK = 0x12;

    static final long STATUS_BUFFER_OVERFLOW = 0x80000005L;
    static final long STATUS_BUFFER_TOO_SMALL = 0xc0000023L;
    static final long STATUS_NOTIFY_ENUM_DIR = 0x10cL;

    /** The structure size that marks an error response (dissect_smb2_error_response). */
    private static final int ERROR_STRUCTURE_SIZE = 9;
    /** Names longer than this are not remembered for the file's later messages (as in C). */
    private static final int MAX_SAVED_NAME = 1024;

    private static final ValueStrings CLASSES = Smb2Dissector.catalog("smb2.class");
    private static final ValueStrings FILE_INFO_LEVELS = Smb2Dissector.catalog("smb2.file_info.infolevel");
    private static final ValueStrings FS_INFO_LEVELS = Smb2Dissector.catalog("smb2.fs_info.infolevel");
    private static final ValueStrings SEC_INFO_LEVELS = Smb2Dissector.catalog("smb2.sec_info.infolevel");
    private static final ValueStrings FIND_LEVELS = Smb2Dissector.catalog("smb2.find.infolevel");
    private static final ValueStrings IOCTL_FUNCTIONS = Smb2Dissector.catalog("smb2.ioctl.function");
    private static final ValueStrings IOCTL_DEVICES = Smb2Dissector.catalog("smb2.ioctl.function.device");

    private final Smb2Dissector.SecurityBlobs secblob;
    private final Dissector data;

    Smb2Commands(Smb2Dissector.SecurityBlobs secblob, Dissector data) {
        this.secblob = secblob;
        this.data = data;
    }

    List<String> protocols() {
        return secblob.protocols();
    }

    /** dissect_smb2_command: the request or response dissector of the message's command. */
    void dissect(Smb2Message m, int body) {
        boolean response = m.response();
        switch (m.opcode) {
            case NEGOTIATE -> {
                if (response) {
                    negotiateResponse(m, body);
                } else {
                    negotiateRequest(m, body);
                }
            }
            case SESSION_SETUP -> sessionSetup(m, body);
            case TREE_CONNECT -> {
                if (response) {
                    treeConnectResponse(m, body);
                } else {
                    treeConnectRequest(m, body);
                }
            }
            case CREATE -> {
                if (response) {
                    createResponse(m, body);
                } else {
                    createRequest(m, body);
                }
            }
            case CLOSE -> {
                if (response) {
                    closeResponse(m, body);
                } else {
                    fid(m, body + 8, FidMode.CLOSE);
                }
            }
            case FLUSH, LOCK -> {
                if (!response) {
                    fid(m, body + 8, FidMode.USE);
                }
            }
            case NOTIFY -> {
                if (response) {
                    notifyResponse(m, body);
                } else {
                    fid(m, body + 8, FidMode.USE);
                }
            }
            case READ -> {
                if (response) {
                    readResponse(m, body);
                } else {
                    readRequest(m, body);
                }
            }
            case WRITE -> {
                if (!response) {
                    writeRequest(m, body);
                }
            }
            case IOCTL -> ioctl(m, body);
            case FIND -> {
                if (response) {
                    findResponse(m, body);
                } else {
                    findRequest(m, body);
                }
            }
            case GETINFO -> {
                if (response) {
                    getInfoResponse(m, body);
                } else {
                    classAndLevel(m, body + 2);
                    fid(m, body + 24, FidMode.USE);
                }
            }
            case SETINFO -> {
                if (!response) {
                    setInfoRequest(m, body);
                }
            }
            case BREAK -> breakMessage(m, body);
            default -> {
                // other commands add none of the fields sharkfin dissects nor any Info text
            }
        }
    }

    /**
     * The buffer code of a response: an error response (structure size 9 with a non-success
     * status) ends the command's dissection.
     */
    private static boolean errorResponse(Smb2Message m, int body) {
        return m.status != 0 && m.t.u16(body, true) == ERROR_STRUCTURE_SIZE;
    }

    private static void negotiateRequest(Smb2Message m, int body) {
        Tvb t = m.t;
        int count = t.u16(body + 2, true);
        m.it.add(DIALECT_COUNT, t, body + 2, 2, true);
        int at = body + 36;
        for (int i = 0; i < count; i++) {
            m.it.add(DIALECT, t, at, 2, true);
            at += 2;
        }
    }

    private void negotiateResponse(Smb2Message m, int body) {
        if (errorResponse(m, body)) {
            return;
        }
        m.it.add(DIALECT, m.t, body + 4, 2, true);
        securityBlob(m, body + 56);
    }

    /**
     * dissect_smb2_session_setup_request/response; the response is read whatever its status.
     * An NTLMSSP AUTHENTICATE in a request names the session's account and sets its
     * authentication frame; a successful response sets that frame to its own.
     */
    private void sessionSetup(Smb2Message m, int body) {
        if (m.response()) {
            Smb2Sessions.Session session = Smb2Sessions.of(m.p).get(m.sesid);
            m.session = session;
            if (m.status == 0) {
                session.authFrame = m.p.number();
            }
            securityBlob(m, body + 4);
            return;
        }
        securityBlob(m, body + 12);
        NtlmAuthentications.Auth auth = NtlmAuthentications.last(m.p);
        if (auth != null) {
            Smb2Sessions.Session session = Smb2Sessions.of(m.p).get(m.sesid);
            m.session = session;
            session.acct = auth.account();
            session.domain = auth.domain();
            session.host = auth.host();
            session.authFrame = m.p.number();
        }
    }

    /** The security blob's offset and length at {@code at}, then the blob itself (dissect_smb2_olb_buffer). */
    private void securityBlob(Smb2Message m, int at) {
        Tvb t = m.t;
        int off = t.u16(at, true);
        int len = t.u16(at + 2, true);
        if (!sane(t, off, len)) {
            m.info(" [Malformed packet]");
            return;
        }
        m.it.add(SECURITY_BLOB, t, off, len);
        if (off == 0 || len == 0) {
            return;
        }
        Tvb blob = t.subset(off, len);
        secblob.dissect(m.p, blob.buf, blob.at(0), Math.min(len, blob.capturedLength()));
    }

    /**
     * The sanity check of dissect_smb2_olb_buffer and _string: the bytes must exist in the
     * message (an exception otherwise) and the length must not wrap.
     */
    private static boolean sane(Tvb t, long off, long len) {
        if (off > Integer.MAX_VALUE || len > Integer.MAX_VALUE) {
            throw Truncated.MALFORMED;
        }
        t.ensureBytes((int) off, (int) len);
        return off + len <= Integer.MAX_VALUE;
    }

    /**
     * A UTF-16 string given by offset and length (dissect_smb2_olb_string), added as
     * {@code field} when sharkfin dissects the field C adds it as (else null); null when insane.
     */
    private static String olbString(Smb2Message m, FieldSpec field, int off, int len) {
        Tvb t = m.t;
        if (!sane(t, off, len)) {
            m.info(" [Malformed packet]");
            return null;
        }
        String s = Strings.cString(m.utf16(off, len));
        if (field != null) {
            m.it.string(field, t, off, len, s);
        }
        return s;
    }

    private static void treeConnectRequest(Smb2Message m, int body) {
        Tvb t = m.t;
        int off = t.u16(body + 4, true);
        int len = t.u16(body + 6, true);
        String path = olbString(m, TREE, off, len);
        if (m.saved != null && path != null && len != 0) {
            m.saved.extra(Smb2Conversation.Extra.TREE_NAME, path);
        }
        if (path != null) {
            m.info(" Tree: " + Strings.formatText(path));
        }
    }

    private static void treeConnectResponse(Smb2Message m, int body) {
        if (errorResponse(m, body)) {
            return;
        }
        Tvb t = m.t;
        int shareType = t.u8(body + 2);
        m.it.add(SHARE_TYPE, t, body + 2, 1, true);
        t.check(body + 3, 1);
        Smb2Conversation.Request saved = m.saved;
        if (saved != null && saved.extraType == Smb2Conversation.Extra.TREE_NAME && m.session != null) {
            m.session.trees.put(m.tid, new Smb2Sessions.Tree(saved.extra, shareType, m.p.number()));
            saved.extra(Smb2Conversation.Extra.NONE, null);
        }
    }

    private static void createRequest(Smb2Message m, int body) {
        Tvb t = m.t;
        fileAttributes(m.it, t, body + 28);
        m.it.add(CREATE_DISPOSITION, t, body + 36, 4, true);
        int off = t.u16(body + 44, true);
        int len = t.u16(body + 46, true);
        t.check(body + 48, 8);
        String name = olbString(m, FILENAME, off, len);
        m.info(" File: " + (name == null ? "(null)" : Strings.formatText(name)));
        Smb2Conversation.Request saved = m.saved;
        if (saved != null) {
            if (saved.extraType == Smb2Conversation.Extra.FILE_NAME) {
                saved.extra(Smb2Conversation.Extra.NONE, null);
            }
            if (len < MAX_SAVED_NAME) {
                saved.extra(Smb2Conversation.Extra.FILE_NAME, name == null ? "(null)" : name);
            }
        }
    }

    /**
     * dissect_smb2_create_response: the action, the file's size and attributes, which the export
     * of objects keeps for the file id that follows (the size also for a file the message was
     * already about, as in C).
     */
    private static void createResponse(Smb2Message m, int body) {
        if (errorResponse(m, body)) {
            return;
        }
        Tvb t = m.t;
        m.it.add(CREATE_ACTION, t, body + 4, 4, true);
        long endOfFile = endOfFile(m.it, t, body + 48);
        if (m.exportFile != null) {
            m.exportFile.endOfFile = endOfFile;
        }
        long attributes = fileAttributes(m.it, t, body + 56);
        t.check(body + 60, 4);
        fid(m, body + 64, FidMode.OPEN);
        if (m.exportFile != null) {
            m.exportFile.endOfFile = endOfFile;
            m.exportFile.attributes = attributes;
        }
    }

    /** dissect_smb2_close_response: the file's size and attributes (zero unless asked for). */
    private static void closeResponse(Smb2Message m, int body) {
        if (errorResponse(m, body)) {
            return;
        }
        Tvb t = m.t;
        t.check(body, 48);
        endOfFile(m.it, t, body + 48);
        fileAttributes(m.it, t, body + 56);
    }

    /** An end of file ({@code smb2.eof}, 64 bits) at {@code off}; returns it. */
    static long endOfFile(Items it, Tvb t, int off) {
        long eof = t.u32(off, true) | t.u32(off + 4, true) << 32;
        it.uint(EOF, t, off, 8, eof);
        return eof;
    }

    /** dissect_fscc_file_attr: the attributes and each of their bits; returns them. */
    static long fileAttributes(Items it, Tvb t, int off) {
        long mask = t.u32(off, true);
        it.add(FILE_ATTRIBUTE, t, off, 4, true);
        for (FieldSpec bit : FILE_ATTRIBUTE_BITS) {
            it.add(bit, t, off, 4, true);
        }
        return mask;
    }

    private void readRequest(Smb2Message m, int body) {
        Tvb t = m.t;
        long len = t.u32(body + 4, true);
        m.it.add(READ_LENGTH, t, body + 4, 4, true);
        long off = m.u64(body + 8);
        m.it.uint(FILE_OFFSET, t, body + 8, 8, off);
        m.info(" Len:" + (int) len + " Off:" + Long.toUnsignedString(off));
        fid(m, body + 16, FidMode.USE);
        t.check(body + 32, 16);
        if (m.saved != null) {
            // the response's data go to the file at this offset
            m.saved.fileOffset = off;
            m.saved.bytesMoved = len;
        }
    }

    /**
     * dissect_smb2_read_response: the data at the offset and length it gives, shown as data, and
     * a chunk of the file for the export when the data end the message.
     */
    private void readResponse(Smb2Message m, int body) {
        if (errorResponse(m, body)) {
            return;
        }
        Tvb t = m.t;
        int off = t.u8(body + 2);
        long len = t.u32(body + 4, true);
        t.check(body + 8, 8);
        if (!sane(t, off, len)) {
            m.info(" [Malformed packet]");
            return;
        }
        if (off != 0 && len != 0) {
            fileData(m, t.subset(off, (int) len));
        }
        if (t.capturedRemaining(body + 16) == len && m.saved != null) {
            Smb2ObjectFeed.chunk(m, off, len, m.saved.fileOffset);
        }
    }

    /**
     * dissect_smb2_write_request: length, offset, file id, the data, and a chunk of the file for
     * the export when the data end the message (the data offset says where they lie).
     */
    private void writeRequest(Smb2Message m, int body) {
        Tvb t = m.t;
        int dataOffset = t.u16(body + 2, true);
        m.it.add(DATA_OFFSET, t, body + 2, 2, true);
        long len = t.u32(body + 4, true);
        m.it.add(WRITE_LENGTH, t, body + 4, 4, true);
        long off = m.u64(body + 8);
        if (m.saved != null) {
            m.saved.fileOffset = off;
        }
        m.it.uint(FILE_OFFSET, t, body + 8, 8, off);
        m.info(" Len:" + (int) len + " Off:" + Long.toUnsignedString(off));
        fid(m, body + 16, FidMode.USE);
        int channelOff = t.u16(body + 40, true);
        int channelLen = t.u16(body + 42, true);
        t.check(body + 44, 4);
        sane(t, channelOff, channelLen);
        int at = body + 48;
        if (len != 0 && t.capturedRemaining(at) > 0) {
            fileData(m, t.subset(at, (int) Math.min(len, t.capturedRemaining(at))));
        }
        if (t.capturedRemaining(at) == len && m.saved != null) {
            Smb2ObjectFeed.chunk(m, dataOffset, len, off);
        }
    }

    /**
     * dissect_file_data_smb2_pipe on a file's bytes: no named-pipe protocol (DCE/RPC) is
     * dissected, so the bytes are data.
     */
    private void fileData(Smb2Message m, Tvb bytes) {
        int n = Math.min(bytes.reportedLength(), bytes.capturedLength());
        if (n > 0) {
            m.p.call(data, bytes.buf, bytes.at(0), n);
        }
    }

    static final long FSCTL_VALIDATE_NEGOTIATE_INFO_224 = 0x00140200L;
    static final long FSCTL_VALIDATE_NEGOTIATE_INFO = 0x00140204L;

    /**
     * dissect_smb2_ioctl_request/response: the function (named in the Info column), the file id,
     * the in and out buffers (in the order they lie), of which the negotiation's validation
     * repeats the dialects; a response's reserved flags are read as smb2.flags, big-endian.
     */
    private static void ioctl(Smb2Message m, int body) {
        if (m.response() && m.status != STATUS_BUFFER_OVERFLOW && errorResponse(m, body)) {
            return;
        }
        Tvb t = m.t;
        long function = t.u32(body + 4, true);
        if (function != 0) {
            String name = IOCTL_FUNCTIONS.nameOf(function);
            if (name != null) {
                m.info(" " + name);
            } else {
                String device = IOCTL_DEVICES.nameOf((function >> 16) & 0xffff);
                m.info(" " + (device != null ? device : String.format("Unknown (0x%08X)", (function >> 16) & 0xffff)));
                m.info(String.format(" Function:0x%04x", (function >> 2) & 0x0fff));
            }
        }
        fid(m, body + 8, FidMode.USE);
        long inOff = t.u32(body + 24, true);
        long inLen = t.u32(body + 28, true);
        int outAt = m.response() ? body + 32 : body + 36;
        long outOff = t.u32(outAt, true);
        long outLen = t.u32(outAt + 4, true);
        if (m.response()) {
            m.it.add(FLAGS, t, body + 40, 4, false);
            t.check(body + 44, 4);
        } else {
            t.check(body + 44, 12);
        }
        if (inOff > outOff) {
            ioctlData(m, function, outOff, outLen, false);
            ioctlData(m, function, inOff, inLen, true);
        } else {
            ioctlData(m, function, inOff, inLen, true);
            ioctlData(m, function, outOff, outLen, false);
        }
    }

    /** One ioctl buffer (dissect_smb2_olb_buffer with dissect_smb2_ioctl_data). */
    private static void ioctlData(Smb2Message m, long function, long off, long len, boolean in) {
        Tvb t = m.t;
        if (!sane(t, off, len)) {
            m.info(" [Malformed packet]");
            return;
        }
        if (off == 0 || len == 0) {
            return;
        }
        Tvb data = t.subset((int) off, (int) len);
        if (function == FSCTL_VALIDATE_NEGOTIATE_INFO && in) {
            int count = data.u16(22, true);
            m.it.add(DIALECT_COUNT, data, 22, 2, true);
            for (int i = 0, at = 24; i < count; i++, at += 2) {
                m.it.add(DIALECT, data, at, 2, true);
            }
        } else if (function == FSCTL_VALIDATE_NEGOTIATE_INFO || function == FSCTL_VALIDATE_NEGOTIATE_INFO_224) {
            data.check(0, 22);
            m.it.add(DIALECT, data, 22, 2, true);
        }
    }

    private static void findRequest(Smb2Message m, int body) {
        Tvb t = m.t;
        int level = t.u8(body + 2);
        if (m.saved != null) {
            m.saved.infoLevel = level;
        }
        fid(m, body + 8, FidMode.USE);
        int off = t.u16(body + 24, true);
        int len = t.u16(body + 26, true);
        t.check(body + 28, 4);
        String pattern = olbString(m, null, off, len);
        if (m.saved != null && len != 0) {
            m.saved.extra(Smb2Conversation.Extra.FIND_PATTERN, pattern == null ? "(null)" : pattern);
        }
        m.info(" " + findLevelName(level) + " Pattern: " + (pattern == null ? "(null)" : pattern));
    }

    /** dissect_smb2_find_response: the pattern in the Info column, then the listing's names. */
    private static void findResponse(Smb2Message m, int body) {
        Smb2Conversation.Request saved = m.saved;
        if (saved != null && saved.extraType == Smb2Conversation.Extra.FIND_PATTERN) {
            m.info(" " + findLevelName(saved.infoLevel) + " Pattern: " + saved.extra);
            saved.extra(Smb2Conversation.Extra.NONE, null);
        }
        if (errorResponse(m, body)) {
            return;
        }
        Tvb listing = buffer(m, body + 2);
        if (listing != null && saved != null) {
            Smb2FileNames.findData(m.it, listing, saved.infoLevel);
        }
    }

    /**
     * dissect_smb2_getinfo_response: the information the query asked for (its class and level
     * remembered from the request), read for the names it holds.
     */
    private static void getInfoResponse(Smb2Message m, int body) {
        if (m.status == STATUS_BUFFER_TOO_SMALL) {
            m.t.check(body, 12);
            return;
        }
        if (m.status != STATUS_BUFFER_OVERFLOW && errorResponse(m, body)) {
            return;
        }
        Tvb info = buffer(m, body + 2);
        if (info != null && m.saved != null) {
            Smb2FileNames.fileInfo(m.it, info, 0, m.saved.infoClass, m.saved.infoLevel);
        }
    }

    /**
     * dissect_smb2_setinfo_request: class and level (in the Info column), the file id, and the
     * information at the offset it gives, read from the message's start.
     */
    private static void setInfoRequest(Smb2Message m, int body) {
        classAndLevel(m, body + 2);
        Tvb t = m.t;
        t.check(body + 4, 4);
        int offset = t.u16(body + 8, true);
        t.check(body + 10, 6);
        fid(m, body + 16, FidMode.USE);
        if (m.saved != null) {
            Smb2FileNames.fileInfo(m.it, t, offset, m.saved.infoClass, m.saved.infoLevel);
        }
    }

    /** dissect_smb2_notify_response: the names of the changed files. */
    private static void notifyResponse(Smb2Message m, int body) {
        if (m.status != STATUS_NOTIFY_ENUM_DIR && errorResponse(m, body)) {
            return;
        }
        Tvb changes = buffer(m, body + 2);
        if (changes != null) {
            Smb2FileNames.notifyData(m.it, changes);
        }
    }

    /**
     * A response's buffer given by a 16-bit offset and a 32-bit length at {@code at}
     * (dissect_smb2_olb_buffer): null when it is empty or insane.
     */
    private static Tvb buffer(Smb2Message m, int at) {
        Tvb t = m.t;
        int off = t.u16(at, true);
        long len = t.u32(at + 2, true);
        if (!sane(t, off, len)) {
            m.info(" [Malformed packet]");
            return null;
        }
        if (off == 0 || len == 0) {
            return null;
        }
        return t.subset(off, (int) len);
    }

    private static String findLevelName(int level) {
        String name = FIND_LEVELS.nameOf(level);
        return name != null ? name : String.format("(Level:0x%02x)", level);
    }

    /**
     * dissect_smb2_class_infolevel of a request: " CLASS/LEVEL" in the Info column, both kept
     * for the response.
     */
    private static void classAndLevel(Smb2Message m, int at) {
        Tvb t = m.t;
        int cl = t.u8(at);
        int il = t.u8(at + 1);
        if (m.saved != null) {
            m.saved.infoClass = cl;
            m.saved.infoLevel = il;
        }
        ValueStrings levels = switch (cl) {
            case 1 -> FILE_INFO_LEVELS;
            case 2 -> FS_INFO_LEVELS;
            case 3 -> SEC_INFO_LEVELS;
            default -> null;
        };
        String className = CLASSES.nameOf(cl);
        String levelName = levels == null ? null : levels.nameOf(il);
        m.info(" " + (className != null ? className : String.format("(Class:0x%02x)", cl)) + "/"
                + (levelName != null ? levelName : String.format("(Level:0x%02x)", il)));
    }

    /** Oplock breaks (structure size 24) carry a file id; lease breaks do not. */
    private static void breakMessage(Smb2Message m, int body) {
        if (m.response() && errorResponse(m, body)) {
            return;
        }
        if (m.t.u16(body, true) == 24) {
            fid(m, body + 8, FidMode.USE);
        }
    }

    enum FidMode { OPEN, CLOSE, USE }

    /**
     * dissect_smb2_fid: the file id (a GUID of two 64-bit halves), the file it names in this
     * session and tree (opened by a create response, whose request gave the name), and that
     * name in the Info column.
     */
    private static void fid(Smb2Message m, int at, FidMode mode) {
        Tvb t = m.t;
        t.check(at, 16);
        long persistent = m.u64(at);
        long volatileId = m.u64(at + 8);
        long frame = m.p.number();
        Smb2Sessions.Session session = m.session;
        if (m.p.wants(FID)) {
            m.p.addComputedBytes(FID, t.buf, t.at(at), 16, guid(t.bytes(at, 16)));
        }
        Smb2Handles.Handle handle = new Smb2Handles.Handle(persistent, volatileId);
        Smb2ObjectFeed.handle(m, handle, mode);
        if (session == null) {
            return;
        }
        switch (mode) {
            case OPEN -> {
                Smb2Conversation.Request saved = m.saved;
                String name = saved != null && saved.extraType == Smb2Conversation.Extra.FILE_NAME
                        ? saved.extra : "[unknown]";
                session.open(new Smb2Sessions.File(persistent, volatileId, m.sesid, m.tid, name,
                        saved != null ? saved.frameReq : frame));
            }
            case CLOSE -> {
                Smb2Sessions.File open = session.file(persistent, volatileId, m.sesid, m.tid, frame);
                if (open != null) {
                    open.frameEnd = frame;
                }
            }
            case USE -> {
                // a use changes nothing
            }
        }
        Smb2Sessions.File file = session.file(persistent, volatileId, m.sesid, m.tid, frame);
        if (file != null && file.name != null) {
            m.info(" File: " + file.name);
        }
    }

    /** A GUID's 16 bytes as guid_to_str orders them: the first three parts are little-endian. */
    static byte[] guid(byte[] le) {
        byte[] g = le.clone();
        reverse(g, 0, 4);
        reverse(g, 4, 2);
        reverse(g, 6, 2);
        return g;
    }

    private static void reverse(byte[] b, int from, int n) {
        for (int i = 0; i < n / 2; i++) {
            byte x = b[from + i];
            b[from + i] = b[from + n - 1 - i];
            b[from + n - 1 - i] = x;
        }
    }
}
