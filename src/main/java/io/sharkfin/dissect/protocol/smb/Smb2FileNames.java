package io.sharkfin.dissect.protocol.smb;

import static io.sharkfin.dissect.protocol.smb.Smb2Fields.FILENAME;

import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

import java.nio.charset.StandardCharsets;

/**
 * The structures in which packet-smb2.c finds file names ({@code smb2.filename}) besides a
 * create's path (and the sizes and attributes, {@code smb2.eof} and {@code smb2.file_attribute},
 * that lie before them): the entries of a directory listing (by the find's information level), the file
 * information a query returns or a set gives (FileAllInformation, FileRenameInformation) and the
 * entries of a change notification. Each entry's fixed part is read before its name, as in C, so
 * an entry cut short fails before its name; lists are followed by their next-entry offsets.
 */
final class Smb2FileNames {
    static final int CLASS_FILE_INFO = 1;
    static final int FILE_BASIC_INFO = 0x04;
    static final int FILE_RENAME_INFO = 0x0a;
    static final int FILE_ALL_INFO = 0x12;

    private Smb2FileNames() {
    }

    /**
     * Where a directory entry of a find level keeps its name's length and its name
     * (smb2_find_dissectors); null for the levels packet-smb2.c does not read (and for the POSIX
     * level, whose entries sharkfin does not read).
     */
    private record FindLevel(int nameLength, int name) {
        /** Whether the entry holds times, sizes and attributes before its name (all but FileNamesInformation). */
        boolean sized() {
            return nameLength == 60;
        }
    }

    private static FindLevel findLevel(int level) {
        return switch (level) {
            case 0x01 -> new FindLevel(60, 64);   // FileDirectoryInformation
            case 0x02 -> new FindLevel(60, 68);   // FileFullDirectoryInformation: + EA size
            case 0x03 -> new FindLevel(60, 94);   // FileBothDirectoryInformation: + short name
            case 0x0c -> new FindLevel(8, 12);    // FileNamesInformation
            case 0x25 -> new FindLevel(60, 104);  // FileIdBothDirectoryInformation: + file id
            case 0x26 -> new FindLevel(60, 80);   // FileIdFullDirectoryInformation
            default -> null;
        };
    }

    /** dissect_smb2_find_data: the entries of a listing at the find's level. */
    static void findData(Items it, Tvb t, int level) {
        FindLevel l = findLevel(level);
        if (l == null) {
            return;
        }
        int offset = 0;
        while (t.reportedLength() - offset > 4) {
            int start = offset;
            int next = (int) t.u32(offset, true);
            if (l.sized()) {
                // end of file, allocation size, attributes, in C's order
                t.check(offset, 40);
                Smb2Commands.endOfFile(it, t, offset + 40);
                t.check(offset + 48, 8);
                Smb2Commands.fileAttributes(it, t, offset + 56);
            }
            t.check(offset, l.nameLength());
            int length = (int) t.u32(offset + l.nameLength(), true);
            t.check(offset + l.nameLength() + 4, l.name() - l.nameLength() - 4);
            if (length != 0) {
                name(it, t, offset + l.name(), length);
            }
            if (next == 0) {
                return;
            }
            offset = start + next;
            if (offset < start) {
                return;
            }
        }
    }

    /**
     * dissect_smb2_infolevel for the file information levels that hold a name; {@code offset}
     * is where the information starts in {@code t}.
     */
    static void fileInfo(Items it, Tvb t, int offset, int infoClass, int level) {
        if (infoClass != CLASS_FILE_INFO) {
            return;
        }
        if (level == FILE_BASIC_INFO) {
            t.check(offset, 32);
            Smb2Commands.fileAttributes(it, t, offset + 32);
            t.check(offset + 36, 4);
        } else if (level == FILE_ALL_INFO) {
            // basic information (times, attributes), then standard (allocation, end of file, ...)
            t.check(offset, 32);
            Smb2Commands.fileAttributes(it, t, offset + 32);
            t.check(offset + 36, 12);
            Smb2Commands.endOfFile(it, t, offset + 48);
            t.check(offset, 96);
            int length = (int) t.u32(offset + 96, true);
            if (length != 0) {
                name(it, t, offset + 100, length);
            }
        } else if (level == FILE_RENAME_INFO) {
            t.check(offset, 16);
            // the C code reads the four-byte length's first two bytes
            int length = t.u16(offset + 16, true);
            t.check(offset + 16, 4);
            if (length != 0) {
                name(it, t, offset + 20, length);
            }
        }
    }

    /**
     * dissect_smb2_notify_data_out: the changed files; the list ends at a zero next-entry offset
     * (and here also at one that would not move forward, where the C code's offset wraps).
     */
    static void notifyData(Items it, Tvb t) {
        long offset = 0;
        while (t.reportedLength() - offset > 4) {
            int at = (int) offset;
            long next = t.u32(at, true);
            t.check(at + 4, 4);
            int length = (int) t.u32(at + 8, true);
            if (length != 0) {
                name(it, t, at + 12, length);
            }
            if (next == 0 || offset + next > Integer.MAX_VALUE) {
                break;
            }
            offset += next;
        }
    }

    /** A UTF-16 name ({@code proto_tree_add_item(..., ENC_UTF_16|ENC_LITTLE_ENDIAN)}). */
    static void name(Items it, Tvb t, int offset, int length) {
        t.ensureBytes(offset, length);
        if (t.p.wants(FILENAME)) {
            String s = Strings.cString(new String(t.bytes(offset, length), StandardCharsets.UTF_16LE));
            it.string(FILENAME, t, offset, length, s);
        }
    }
}
