package io.sharkfin.capture;

import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads pcapng files block by block, following wiretap's {@code pcapng.c}: any number of
 * sections, each with its own byte order and interfaces; Enhanced, Simple and obsolete Packet
 * Blocks become frames; packet comments are kept; name resolution, statistics, decryption
 * secrets and unknown blocks are skipped after their lengths are checked.
 *
 * <p>Custom blocks, systemd journal entries and Sysdig events are records of their own in
 * tshark and take a frame number, though they hold no packet: this reader skips them but counts
 * them, so {@link Frame#number()} stays the number tshark shows.
 */
final class PcapngReader extends FileCaptureReader {
    static final int BLOCK_SHB = 0x0A0D0D0A;
    private static final int BLOCK_IDB = 1;
    private static final int BLOCK_PB = 2;
    private static final int BLOCK_SPB = 3;
    private static final int BLOCK_NRB = 4;
    private static final int BLOCK_ISB = 5;
    private static final int BLOCK_EPB = 6;
    private static final int BLOCK_SYSTEMD_JOURNAL = 9;
    private static final int BLOCK_DSB = 0x0A;
    private static final int BLOCK_SYSDIG_EVENT = 0x204;
    private static final int BLOCK_SYSDIG_EVENT_V2 = 0x216;
    private static final int BLOCK_SYSDIG_EVENT_V2_LARGE = 0x221;
    private static final int BLOCK_CUSTOM = 0xBAD;
    private static final int BLOCK_CUSTOM_NO_COPY = 0x40000BAD;

    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int MIN_BLOCK = 12;
    private static final int MIN_SHB = 28;
    private static final int MIN_IDB = 20;
    private static final int MIN_PACKET = 32;
    private static final int MIN_SPB = 16;
    private static final int MIN_NRB = 16;
    private static final int MIN_ISB = 24;
    private static final int MIN_DSB = 20;
    private static final int MIN_CB = 16;
    private static final int MIN_SYSTEMD_ENTRY = 23;
    private static final int MIN_SYSTEMD_JOURNAL = MIN_SYSTEMD_ENTRY + MIN_BLOCK;
    private static final int MIN_SYSDIG_EVENT = MIN_BLOCK + 24;
    private static final int MIN_SYSDIG_EVENT_V2 = MIN_BLOCK + 28;
    private static final int MAX_BLOCK = 32 + 128 * 1024 * 1024 + 131072;
    private static final long MAX_SECRETS = 1024L * 1024 * 1024;

    private static final String NRB_TOO_SHORT =
            "pcapng: total block length %s of an NRB is less than the minimum NRB size %d";
    private static final String CB_TOO_SHORT = "pcapng: total block length %s of a CB is too small (< %d)";
    private static final String SYSDIG_TOO_SHORT =
            "pcapng: total block length %s of a Sysdig event block is too small (< %d)";
    private static final String UNKNOWN_TOO_SHORT =
            "pcapng: total block length %s of an unknown block type is less than the minimum block size %d";

    private static final int OPT_IF_NAME = 2;
    private static final int OPT_IF_DESCRIPTION = 3;
    private static final int OPT_IF_HARDWARE = 15;
    private static final int OPT_IF_TSRESOL = 9;
    private static final int OPT_IF_FILTER = 11;
    private static final int OPT_IF_TSOFFSET = 14;

    private long pos;
    /** Section headers read so far: the current section's 1-based number (frame.section_number). */
    private int sections;
    /** Byte order of the current section, relative to a little-endian reading. */
    private boolean swapped;
    private List<PcapngInterface> interfaces = new ArrayList<>();
    /**
     * Every interface's name and description of the file in order. tshark 4.0 looks a frame's
     * interface up here by its section-local id, so in later sections it may show another
     * section's name; sharkfin reports what tshark reports.
     */
    private final List<Names> namesAcrossSections = new ArrayList<>();

    /** What tshark shows of an interface: the name (if_name, else description, else hardware) and the description. */
    private record Names(String shown, String description) {
    }
    private int firstLinkType = -1;
    private final PcapngOptions options = new PcapngOptions();

    private PcapngReader(CaptureData data) {
        super(data);
    }

    /**
     * Reads the first Section Header Block and the Interface Description Blocks that follow it,
     * as wiretap does when it opens a file; throws {@link Damage} worded for opening.
     */
    static PcapngReader open(CaptureData data) {
        PcapngReader r = new PcapngReader(data);
        long trailer;
        try {
            trailer = r.sectionHeader(0, true);
        } catch (Damage d) {
            // a file too short for its section header is not pcapng, as far as wiretap knows; but
            // when decompression stopped early, wiretap reports that instead
            boolean fileEnded = d.kind() == Damage.Kind.SHORT_READ && data.truncation() == null;
            throw fileEnded ? new Damage(Damage.Kind.UNKNOWN_FORMAT, null) : d;
        }
        r.pos = r.trailer(trailer, r.blockLength(0));
        r.readLeadingInterfaces();
        return r;
    }

    private void readLeadingInterfaces() {
        Frame scratch = new Frame();
        while (true) {
            // before the size is compared: a stream learns there where it ends
            window(pos, 8);
            long left = size - pos;
            if (left == 0) {
                if (data.truncation() != null) {
                    throw data.truncation();
                }
                return;
            }
            if (left < 8) {
                throw data.shortRead();
            }
            if (i32(pos) != BLOCK_IDB) {
                return;
            }
            readBlock(scratch);
        }
    }

    @Override
    boolean readRecord(Frame frame) {
        while (true) {
            window(pos, 8);
            long left = size - pos;
            if (left < 8) {
                if (left == 0) {
                    return endOfData();
                }
                throw data.shortRead();
            }
            if (readBlock(frame)) {
                return true;
            }
        }
    }

    /** Reads the block at {@link #pos} and moves past it; true when it filled {@code frame}. */
    private boolean readBlock(Frame frame) {
        long start = pos;
        window(start, 8);
        if (leInt(start - base) == BLOCK_SHB) {
            pos = trailer(sectionHeader(start, false), blockLength(start));
            return false;
        }
        int type = i32(start);
        int total = blockLength(start);
        if (Integer.compareUnsigned(total, MAX_BLOCK) > 0) {
            throw tooLarge(total);
        }
        long end = switch (type) {
            case BLOCK_EPB -> packetBlock(start, total, frame, true);
            case BLOCK_PB -> packetBlock(start, total, frame, false);
            case BLOCK_SPB -> simplePacketBlock(start, total, frame);
            case BLOCK_IDB -> interfaceBlock(start, total);
            case BLOCK_NRB -> opaqueBlock(start, total, MIN_NRB, NRB_TOO_SHORT);
            case BLOCK_ISB -> statisticsBlock(start, total);
            case BLOCK_DSB -> secretsBlock(start, total);
            case BLOCK_CUSTOM, BLOCK_CUSTOM_NO_COPY -> nonPacketRecord(
                    opaqueBlock(start, total, MIN_CB, CB_TOO_SHORT));
            case BLOCK_SYSTEMD_JOURNAL -> nonPacketRecord(journalBlock(start, total));
            case BLOCK_SYSDIG_EVENT -> nonPacketRecord(
                    opaqueBlock(start, total, MIN_SYSDIG_EVENT, SYSDIG_TOO_SHORT));
            case BLOCK_SYSDIG_EVENT_V2, BLOCK_SYSDIG_EVENT_V2_LARGE -> nonPacketRecord(
                    opaqueBlock(start, total, MIN_SYSDIG_EVENT_V2, SYSDIG_TOO_SHORT));
            default -> opaqueBlock(start, total, MIN_BLOCK, UNKNOWN_TOO_SHORT);
        };
        pos = trailer(end, total);
        return type == BLOCK_EPB || type == BLOCK_PB || type == BLOCK_SPB;
    }

    /**
     * Parses a Section Header Block up to its trailer and makes its section current; returns
     * where the trailer is. At {@code opening}, a byte-order magic that is not pcapng's means the
     * file is not pcapng at all.
     */
    private long sectionHeader(long start, boolean opening) {
        window(start, 8 + 16);
        need(start, 8 + 16);
        int magic = leInt(start + 8 - base);
        boolean newSwapped;
        if (magic == BYTE_ORDER_MAGIC) {
            newSwapped = false;
        } else if (magic == Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
            newSwapped = true;
        } else if (opening) {
            throw new Damage(Damage.Kind.UNKNOWN_FORMAT, null);
        } else {
            throw Damage.badFile(String.format("pcapng: unknown byte-order magic number 0x%08x", magic));
        }
        swapped = newSwapped;
        int total = blockLength(start);
        if (Integer.compareUnsigned(total, MIN_SHB) < 0) {
            throw Damage.badFile("pcapng: total block length " + Integer.toUnsignedString(total)
                    + " of an SHB is less than the minimum SHB size " + MIN_SHB);
        }
        if (Integer.compareUnsigned(total, MAX_BLOCK) > 0) {
            throw tooLarge(total);
        }
        window(start, Integer.toUnsignedLong(total));
        int major = u16(start + 12);
        int minor = u16(start + 14);
        if (!(major == 1 && (minor == 0 || minor == 2))) {
            throw Damage.unsupported("pcapng: unknown SHB version " + major + "." + minor);
        }
        long end = skipOptions(start + MIN_SHB - 4, total - MIN_SHB);
        interfaces = new ArrayList<>();
        sections++;
        return end;
    }

    private long interfaceBlock(long start, int total) {
        if (Integer.compareUnsigned(total, MIN_IDB) < 0) {
            throw Damage.badFile("pcapng: total block length " + Integer.toUnsignedString(total)
                    + " of an IDB is less than the minimum IDB size " + MIN_IDB);
        }
        window(start, Integer.toUnsignedLong(total));
        need(start + 8, 8);
        int linkType = u16(start + 8);
        int snaplen = i32(start + 12);
        long optionStart = start + 16;
        long optionBytes = Integer.toUnsignedLong(total - MIN_IDB);
        need(optionStart, optionBytes);
        String name = null;
        String description = null;
        String hardware = null;
        int tsresol = -1;
        Long tsoffset = null;
        options.reset(seg, swapped, optionStart - base, optionBytes);
        while (options.next()) {
            switch (options.code()) {
                case OPT_IF_NAME -> name = name == null ? options.string() : name;
                case OPT_IF_DESCRIPTION -> description = description == null ? options.string() : description;
                case OPT_IF_HARDWARE -> hardware = hardware == null ? options.string() : hardware;
                case OPT_IF_TSRESOL -> tsresol = tsresol < 0 && options.length() == 1 ? options.u8() : tsresol;
                case OPT_IF_TSOFFSET -> tsoffset = tsoffset == null && options.length() == 8
                        ? Long.valueOf(options.i64()) : tsoffset;
                case OPT_IF_FILTER -> {
                    if (options.length() < 1) {
                        // wiretap's wording, borrowed from the packet-verdict check
                        throw Damage.badFile("pcapng: packet block verdict option length "
                                + options.length() + " is < 1");
                    }
                }
                default -> {
                    // descriptions, addresses, speeds...: not needed for reading frames
                }
            }
        }
        long units = tsresol < 0 ? PcapngInterface.MICROSECONDS : PcapngInterface.unitsPerSecond(tsresol);
        // the name tshark shows (its capture file's interface name): if_name, else the
        // description, else the hardware; none ("unknown" in the frame's tree)
        String shown = name != null ? name : description != null ? description : hardware;
        interfaces.add(PcapngInterface.of(linkType, snaplen, units, tsoffset == null ? 0 : tsoffset));
        namesAcrossSections.add(new Names(shown, description));
        if (firstLinkType < 0) {
            firstLinkType = linkType;
        }
        return optionStart + optionBytes;
    }

    /** An Enhanced Packet Block, or with {@code enhanced} false an obsolete Packet Block. */
    private long packetBlock(long start, int total, Frame frame, boolean enhanced) {
        String kind = enhanced ? "an EPB" : "a PB";
        if (Integer.compareUnsigned(total, MIN_PACKET) < 0) {
            throw Damage.badFile("pcapng: total block length " + Integer.toUnsignedString(total) + " of "
                    + kind + " is less than the minimum " + (enhanced ? "EPB" : "PB") + " size " + MIN_PACKET);
        }
        window(start, Integer.toUnsignedLong(total));
        need(start + 8, 20);
        int interfaceId = enhanced ? i32(start + 8) : u16(start + 8);
        long ticks = Integer.toUnsignedLong(i32(start + 12)) << 32 | Integer.toUnsignedLong(i32(start + 16));
        int captured = i32(start + 20);
        int original = i32(start + 24);
        int padding = -captured & 3;
        if (Integer.compareUnsigned(total, MIN_PACKET + captured + padding) < 0) {
            throw Damage.badFile("pcapng: total block length " + Integer.toUnsignedString(total) + " of "
                    + kind + " is too small for " + Integer.toUnsignedString(captured) + " bytes of packet data");
        }
        PcapngInterface iface = packetInterface(interfaceId);
        checkCaptured(captured, iface);
        long dataStart = start + 28;
        need(dataStart, captured + padding);
        long optionStart = dataStart + captured + padding;
        long optionBytes = Integer.toUnsignedLong(total - MIN_PACKET - captured - padding);
        need(optionStart, optionBytes);
        frame.set(++records, 0, captured, original, iface.linkType(), interfaceId, seg, dataStart - base);
        iface.stamp(frame, ticks);
        onInterface(frame, interfaceId);
        packetOptions(optionStart, optionBytes, frame);
        return optionStart + optionBytes;
    }

    private long simplePacketBlock(long start, int total, Frame frame) {
        if (Integer.compareUnsigned(total, MIN_SPB) < 0) {
            throw Damage.badFile("pcapng: total block length " + Integer.toUnsignedString(total)
                    + " of an SPB is less than the minimum SPB size " + MIN_SPB);
        }
        window(start, Integer.toUnsignedLong(total));
        need(start + 8, 4);
        if (interfaces.isEmpty()) {
            throw Damage.badFile("pcapng: SPB appeared before any IDBs in the section");
        }
        PcapngInterface iface = interfaces.get(0);
        int original = i32(start + 8);
        int captured = original;
        if (iface.snapshotLength() != 0 && Integer.compareUnsigned(captured, iface.snapshotLength()) > 0) {
            captured = iface.snapshotLength();
        }
        int padding = -captured & 3;
        if (Integer.compareUnsigned(total, MIN_SPB + captured + padding) < 0) {
            throw Damage.badFile("pcapng: total block length " + Integer.toUnsignedString(total)
                    + " of an SPB is too small for " + Integer.toUnsignedString(original)
                    + " bytes of packet data");
        }
        checkCaptured(captured, iface);
        long dataStart = start + 12;
        need(dataStart, captured + padding);
        frame.set(++records, 0, captured, original, iface.linkType(), 0, seg, dataStart - base).withoutTimestamp()
                .timePrecision(iface.timePrecision());
        onInterface(frame, 0);
        // an SPB has no options; wiretap reads the trailer right after the data
        return dataStart + captured + padding;
    }

    private long statisticsBlock(long start, int total) {
        if (Integer.compareUnsigned(total, MIN_ISB) < 0) {
            throw Damage.badFile("pcapng: total block length " + Integer.toUnsignedString(total)
                    + " of an ISB is too small (< " + MIN_ISB + ")");
        }
        need(start + 8, 12);
        return skipOptions(start + 20, total - MIN_ISB);
    }

    private long secretsBlock(long start, int total) {
        window(start + 8, 8);
        need(start + 8, 8);
        long secrets = Integer.toUnsignedLong(i32(start + 12));
        if (secrets > MAX_SECRETS) {
            throw Damage.badFile("pcapng: secrets block is too large: " + secrets);
        }
        need(start + 16, secrets);
        // padding and options follow; wiretap computes their size in 32 bits
        long rest = Integer.toUnsignedLong(total - MIN_DSB - (int) secrets);
        need(start + 16 + secrets, rest);
        return start + 16 + secrets + rest;
    }

    private long journalBlock(long start, int total) {
        if (Integer.compareUnsigned(total, MIN_SYSTEMD_JOURNAL) < 0) {
            throw Damage.badFile("pcapng: total block length " + Integer.toUnsignedString(total)
                    + " of a systemd journal export block is too small (< " + MIN_SYSTEMD_JOURNAL + ")");
        }
        long entry = Integer.toUnsignedLong(total - MIN_BLOCK);
        window(start + 8, entry);
        need(start + 8, entry);
        long text = entry;
        while (text > 0 && seg.get(ValueLayout.JAVA_BYTE, start + 8 + text - 1 - base) == 0) {
            text--;
        }
        if (text < MIN_SYSTEMD_ENTRY) {
            throw Damage.badFile("pcapng: entry length " + Integer.toUnsignedString(total)
                    + " is too small (< " + MIN_SYSTEMD_ENTRY + ")");
        }
        return start + 8 + entry;
    }

    /**
     * A block whose content is skipped whole, after the minimum-length check; {@code tooShort}
     * words that failure with the total length ({@code %s}) and the minimum ({@code %d}).
     */
    private long opaqueBlock(long start, int total, int minimum, String tooShort) {
        if (Integer.compareUnsigned(total, minimum) < 0) {
            throw Damage.badFile(String.format(tooShort, Integer.toUnsignedString(total), minimum));
        }
        long body = Integer.toUnsignedLong(total - MIN_BLOCK);
        need(start + 8, body);
        return start + 8 + body;
    }

    /** Counts a record that tshark numbers as a frame but that holds no packet. */
    private long nonPacketRecord(long end) {
        records++;
        return end;
    }

    private void packetOptions(long start, long length, Frame frame) {
        options.reset(seg, swapped, start - base, length);
        while (options.next()) {
            int code = options.code();
            int len = options.length();
            switch (code) {
                case PcapngOptions.COMMENT -> frame.addComment(options.string());
                case 2 -> requireLength(len == 4, "flags option length " + len + " is not 4");
                case 4 -> requireLength(len == 8, "drop count option length " + len + " is not 8");
                case 5 -> requireLength(len == 8, "packet id option length " + len + " is not 8");
                case 6 -> requireLength(len == 4, "queue option length " + len + " is not 4");
                case 7 -> verdictOption(len);
                default -> {
                    // hashes and custom options: nothing to keep
                }
            }
        }
    }

    private void verdictOption(int len) {
        requireLength(len >= 1, "verdict option length " + len + " is < 1");
        int verdictType = options.u8();
        if (verdictType == 1) {
            requireLength(len == 9, "TC verdict option length " + len + " is != 9");
        } else if (verdictType == 2) {
            requireLength(len == 9, "XDP verdict option length " + len + " is != 9");
        }
    }

    private static void requireLength(boolean ok, String what) {
        if (!ok) {
            throw Damage.badFile("pcapng: packet block " + what);
        }
    }

    /** Reads {@code optionBytes} of options at {@code start}, checking only their layout. */
    private long skipOptions(long start, int optionBytes) {
        long n = Integer.toUnsignedLong(optionBytes);
        window(start, n);
        need(start, n);
        options.reset(seg, swapped, start - base, n);
        while (options.next()) {
            // comments of sections and statistics are not kept
        }
        return start + n;
    }

    private PcapngInterface packetInterface(int interfaceId) {
        if (Integer.compareUnsigned(interfaceId, interfaces.size()) >= 0) {
            throw Damage.badFile("pcapng: interface index " + Integer.toUnsignedString(interfaceId)
                    + " is not less than section interface count " + interfaces.size());
        }
        return interfaces.get(interfaceId);
    }

    private static void checkCaptured(int captured, PcapngInterface iface) {
        if (Integer.compareUnsigned(captured, iface.maxCaptured()) > 0) {
            throw Damage.badFile("pcapng: cap_len " + Integer.toUnsignedString(captured)
                    + " is larger than " + iface.maxCaptured());
        }
    }

    private void onInterface(Frame frame, int interfaceId) {
        Names names = interfaceId < namesAcrossSections.size() ? namesAcrossSections.get(interfaceId) : null;
        frame.onInterface(names == null ? null : names.shown(), names == null ? null : names.description())
                .inSection(sections);
    }

    /** Checks the trailing length copy at {@code at} against {@code total}; returns the next block. */
    private long trailer(long at, int total) {
        window(at, 4);
        need(at, 4);
        int second = roundUp4(i32(at));
        if (second != total) {
            throw Damage.badFile("pcapng: total block lengths (first " + Integer.toUnsignedString(total)
                    + " and second " + Integer.toUnsignedString(second) + ") don't match");
        }
        return at + 4;
    }

    /** The block's total length, rounded up to 4 in 32 bits as wiretap does (so 0xffffffff is 0). */
    private int blockLength(long start) {
        return roundUp4(i32(start + 4));
    }

    private static int roundUp4(int n) {
        return (n + 3) & ~3;
    }

    private static Damage tooLarge(int total) {
        return Damage.badFile("pcapng: total block length " + Integer.toUnsignedString(total)
                + " is too large (> " + MAX_BLOCK + ")");
    }

    private int i32(long at) {
        int v = leInt(at - base);
        return swapped ? Integer.reverseBytes(v) : v;
    }

    private int u16(long at) {
        short v = leShort(at - base);
        return (swapped ? Short.reverseBytes(v) : v) & 0xffff;
    }

    @Override
    public long position() {
        return data.inputPosition(pos);
    }

    @Override
    public String format() {
        return "pcapng";
    }

    @Override
    public int linkType() {
        return firstLinkType;
    }
}
