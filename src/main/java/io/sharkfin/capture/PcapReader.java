package io.sharkfin.capture;

/**
 * Reads classic pcap files: both byte orders, microsecond ({@code a1b2c3d4}) and nanosecond
 * ({@code a1b23c4d}) time stamps, any snapshot length. Like wiretap, it masks the FCS-length
 * bits out of the link-type field, swaps the two lengths of files older than version 2.3, maps
 * AIX's interface types, and refuses records longer than the link type allows.
 */
final class PcapReader extends FileCaptureReader {
    static final int MAGIC_USEC = 0xa1b2c3d4;
    static final int MAGIC_NSEC = 0xa1b23c4d;
    static final int FILE_HEADER_LENGTH = 24;
    private static final int RECORD_HEADER_LENGTH = 16;
    private static final int LINKTYPE_MASK = 0x0000ffff;
    private static final int RESERVED_MASK = 0x03ff0000;
    private static final int NANOSECOND_DECIMALS = 9;

    /** How the captured and original lengths are ordered in the record header. */
    private enum Lengths { NORMAL, SWAPPED, SWAPPED_IF_INCONSISTENT }

    private final boolean swapped;
    private final boolean nanosecond;
    private final int linkType;
    private final int snapshotLength;
    private final int maxCaptured;
    private final Lengths lengths;
    private long pos = FILE_HEADER_LENGTH;

    private PcapReader(CaptureData data, boolean swapped, boolean nanosecond, int linkType,
                       int snapshotLength, Lengths lengths) {
        super(data);
        this.swapped = swapped;
        this.nanosecond = nanosecond;
        this.linkType = linkType;
        this.snapshotLength = snapshotLength;
        this.maxCaptured = LinkType.maxCapturedLength(linkType);
        this.lengths = lengths;
    }

    /** Whether the first four bytes (read little-endian) are a pcap magic number. */
    static boolean isMagic(int leMagic) {
        return leMagic == MAGIC_USEC || leMagic == Integer.reverseBytes(MAGIC_USEC)
                || leMagic == MAGIC_NSEC || leMagic == Integer.reverseBytes(MAGIC_NSEC);
    }

    /** Parses the file header; throws {@link Damage} worded for opening. */
    static PcapReader open(CaptureData data) {
        data.ensure(0, FILE_HEADER_LENGTH);
        var seg = data.segment();
        long at = -data.base(); // where file position 0 is in seg
        int leMagic = seg.get(LE_INT, at);
        boolean swapped = leMagic == Integer.reverseBytes(MAGIC_USEC)
                || leMagic == Integer.reverseBytes(MAGIC_NSEC);
        int magic = swapped ? Integer.reverseBytes(leMagic) : leMagic;
        boolean nanosecond = magic == MAGIC_NSEC;
        if (data.size() < FILE_HEADER_LENGTH) {
            throw data.shortRead();
        }
        int major = u16(seg.get(LE_SHORT, at + 4), swapped);
        int minor = u16(seg.get(LE_SHORT, at + 6), swapped);
        int snaplen = i32(seg.get(LE_INT, at + 16), swapped);
        int network = i32(seg.get(LE_INT, at + 20), swapped);
        if (major < 2) {
            throw Damage.unsupported("pcap: major version " + major + " unsupported");
        }
        Lengths lengths = switch (major) {
            case 2 -> minor < 3 ? Lengths.SWAPPED : minor == 3 ? Lengths.SWAPPED_IF_INCONSISTENT : Lengths.NORMAL;
            case 543 -> Lengths.SWAPPED; // DG/UX tcpdump
            default -> Lengths.NORMAL;
        };
        if (magic == MAGIC_USEC && major == 2 && minor == 2) {
            // AIX's tcpdump wrote RFC 1573 interface types and nanoseconds; wiretap guesses it so
            int aix = aixLinkType(network);
            if (aix >= 0) {
                network = aix;
                nanosecond = true;
            }
        }
        if ((network & RESERVED_MASK) != 0) {
            throw Damage.unsupported(String.format(
                    "pcap: network type reserved field not zero (0x%08x)", network & RESERVED_MASK));
        }
        // the top bits may announce an FCS length; the link type is the low 16 bits
        int linkType = network & LINKTYPE_MASK;
        return new PcapReader(data, swapped, nanosecond, linkType, snaplen, lengths);
    }

    private static int aixLinkType(int network) {
        return switch (network) {
            case 6 -> LinkType.ETHERNET;
            case 9 -> 6;   // Token Ring
            case 15 -> 10; // FDDI
            case 24 -> LinkType.NULL;
            default -> -1;
        };
    }

    @Override
    boolean readRecord(Frame frame) {
        long p = pos;
        // before the size is compared: a stream learns there where it ends
        window(p, RECORD_HEADER_LENGTH);
        long left = size - p;
        if (left < RECORD_HEADER_LENGTH) {
            if (left == 0) {
                return endOfData();
            }
            throw data.shortRead();
        }
        long h = p - base;
        int seconds = i32(leInt(h), swapped);
        int fraction = i32(leInt(h + 4), swapped);
        int captured = i32(leInt(h + 8), swapped);
        int original = i32(leInt(h + 12), swapped);
        if (lengths != Lengths.NORMAL && (lengths == Lengths.SWAPPED
                || Integer.compareUnsigned(captured, original) > 0)) {
            int t = captured;
            captured = original;
            original = t;
        }
        if (Integer.compareUnsigned(captured, maxCaptured) > 0) {
            throw Damage.badFile("pcap: File has " + Integer.toUnsignedString(captured)
                    + "-byte packet, bigger than maximum of " + maxCaptured);
        }
        long start = p + RECORD_HEADER_LENGTH;
        window(start, captured);
        if (size - start < captured) {
            throw data.shortRead();
        }
        pos = start + captured;
        long nanos = Integer.toUnsignedLong(seconds) * 1_000_000_000L
                + Integer.toUnsignedLong(fraction) * (nanosecond ? 1 : 1000);
        frame.set(++records, nanos, captured, original, linkType, 0, seg, start - base);
        if (nanosecond) {
            frame.timePrecision(NANOSECOND_DECIMALS);
        }
        return true;
    }

    private static int i32(int le, boolean swapped) {
        return swapped ? Integer.reverseBytes(le) : le;
    }

    private static int u16(short le, boolean swapped) {
        return (swapped ? Short.reverseBytes(le) : le) & 0xffff;
    }

    @Override
    public long position() {
        return data.inputPosition(pos);
    }

    @Override
    public String format() {
        return "pcap";
    }

    @Override
    public int linkType() {
        return linkType;
    }

    /** The snapshot length in the file header. */
    @Override
    public int snapshotLength() {
        return snapshotLength;
    }
}
