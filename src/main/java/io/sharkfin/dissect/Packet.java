package io.sharkfin.dissect;

import io.sharkfin.capture.ByteArrays;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.FrameArray;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One frame as dissected: the fields that occurred in it, in the order dissectors added them
 * (Wireshark's protocol tree, flattened). A {@link Session} refills one {@code Packet} per frame,
 * so nothing here is allocated per frame once the arrays have grown to fit.
 *
 * <p><b>Reading</b> (filters, output): occurrences of a field are entries, walked with
 * {@link #first(int)} / {@link #next(int)}. An entry has a layer number (as Wireshark's
 * {@code field#layer}), a numeric value ({@link #num}, {@link #dbl}) or a span of value bytes
 * ({@link #seg}, {@link #off}, {@link #len}), and the raw span of packet bytes it came from.
 *
 * <p><b>Writing</b> (dissectors): {@link #wants} says whether a field is needed by anyone; the
 * {@code add*} methods record an occurrence and return its entry (or -1 when not wanted). Byte
 * readers ({@link #u8}, {@link #u16}, ...) throw {@link Truncated} past the data.
 *
 * <p>A packet is valid until the session dissects the next frame. Not thread-safe.
 */
public final class Packet {

    /** Buffer id of the frame's own bytes. */
    public static final int FRAME_BUFFER = 0;
    /** Buffer id of bytes computed during dissection (strings built from parts, hashes). */
    public static final int SCRATCH_BUFFER = 1;

    // heap buffers are byte arrays read through array views, the cheapest access the JVM has;
    // a memory-mapped frame is read in place through its segment (never copied)

    private static final ValueLayout.OfShort SEG_BE16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfInt SEG_BE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfLong SEG_BE64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfShort SEG_LE16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt SEG_LE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong SEG_LE64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private static final int MAX_DEPTH = 64;
    /** Wireshark's {@code gui.max_tree_depth}: a frame's protocol layers stop short of it ({@link DissectorBug}). */
    public static final int MAX_LAYERS = 500;

    private final FieldRegistry registry;
    private final Session session;
    private final int fieldCount;

    private Frame frame;

    // buffers: 0 = frame, 1 = scratch, then reassembled / decoded data; each one is a span
    // starting at bufBase of either a byte array (bufArr, viewed as a memory segment in bufSeg
    // only when asked for) or, when bufArr is null, of native memory (bufSeg: a mapped capture)
    private byte[][] bufArr = new byte[8][];
    private long[] bufBase = new long[8];
    private int[] bufLen = new int[8];
    private int[] bufReported = new int[8];
    // Object[], not MemorySegment[]: a store into it needs no type check. C2 compiles that check
    // from what a store has seen so far (null only, one segment class) and traps on the next
    // kind, recompiling every method that inlined the store: the frame loop's, twice, in the
    // first 0.2 s of a run; reads cast, in segAt
    private Object[] bufSeg = new Object[8];
    // what Wireshark calls each buffer as a data source (tshark -x's headings); null for scratch
    private String[] bufName = new String[8];
    private int bufCount;
    private byte[] scratch = new byte[1024];
    private int scratchLen;
    // the frame's bytes: in place (the reader's array or mapping); a copy only for a heap
    // segment that is no array's
    private final FrameArray frameArray = new FrameArray();
    private byte[] frameSourceArray;
    private MemorySegment frameSourceView;
    private byte[] frameCopy = new byte[2048];
    private MemorySegment frameCopyView;

    // entries: what every entry has, eight ints side by side in one array (entry e at
    // e << E_SHIFT), which an append writes with one or two bounds checks and into one or two
    // cache lines, where eight arrays took eight of each; the rest in arrays of their own
    private static final int E_FIELD = 0;
    private static final int E_LAYER = 1;
    private static final int E_PARENT = 2;
    private static final int E_NEXT = 3;
    private static final int E_BUF = 4;
    private static final int E_OFF = 5;
    private static final int E_LEN = 6;
    // the buffer of a value that is not the raw bytes (computed, decoded), or -1
    private static final int E_VBUF = 7;
    private static final int E_SHIFT = 3;
    private int[] ent = new int[64 << E_SHIFT];
    private int[] eVOff = new int[64];
    private int[] eVLen = new int[64];
    private long[] eNum = new long[64];
    // nanoseconds of time values (their seconds are in eNum); written for time entries only
    private int[] eNanos = new int[64];
    private int count;

    private final int[] firstOf;
    private final int[] lastOf;
    // entries of a hex-based field shown in decimal ({@link #showDecimal}); rare
    private int[] decimalEntry = new int[2];
    private int decimalCount;
    private int[] namesEntry = new int[2];
    private ValueStrings[] namesUsed = new ValueStrings[2];
    private int namesCount;
    // entries drawn under a bit mask their field's registration lacks ({@link #showMask}); rare
    private int[] maskEntry = new int[2];
    private long[] maskValue = new long[2];
    private int maskCount;
    // entries hidden from the tree though their field is shown elsewhere ({@link #hide}); tree only
    private int[] hiddenEntry = new int[2];
    private int hiddenCount;
    // entries drawn [in brackets] though their field is not generated elsewhere ({@link #markGenerated}); rare
    private int[] generatedEntry = new int[2];
    private int generatedCount;
    // texts of tree items that are not the field's plain value (proto_item_set_text); rare
    private int[] labelEntry = new int[4];
    private String[] labelText = new String[4];
    private int labelCount;
    // labels by entry, built when many are asked for (label); stale after any change to them
    private int[] labelIndex = new int[0];
    private boolean labelsIndexed;

    private int[] touched = new int[64];
    private int touchedCount;

    // protocol layers (pinfo->layers)
    private int[] layers = new int[16];
    private int layerCount;
    private final int[] protoCount;
    private int curProtoLayer;
    private int parent = -1;
    private int depth;
    private int protoEntry = -1;
    private boolean dropLayerRequested;
    // the dissector now running (Wireshark's pinfo->current_proto), for error indications
    private Dissector current;

    private final boolean[] wanted;
    private boolean wantAll;
    // whether any finding is recorded whatever its own field: the _ws.expert fields every finding adds
    private boolean findingsWanted;
    // answers of wantsAny by FieldGroup.index: 0 not asked yet, 1 yes, -1 no
    private byte[] groupAnswers = new byte[64];

    // addressing of the current packet for the dissectors above (Wireshark's pinfo->net_src/dst,
    // pinfo->srcport/destport); set by network and transport dissectors
    private int netFamily;
    private long netSrcHi;
    private long netSrcLo;
    private long netDstHi;
    private long netDstLo;
    private int srcPort;
    private int dstPort;
    private int inErrorPacket;
    private boolean fragmented;
    private Sieve passedBy;
    private String mediaType;
    private String mediaParameters;
    private boolean malformed;
    private boolean containedError;
    private String errorIndication;
    private boolean shortFrame;

    Packet(FieldRegistry registry, Session session) {
        this.registry = registry;
        this.session = session;
        this.fieldCount = registry.dissectedCount();
        this.firstOf = new int[fieldCount];
        this.lastOf = new int[fieldCount];
        Arrays.fill(firstOf, -1);
        this.protoCount = new int[fieldCount];
        this.wanted = new boolean[fieldCount];
    }

    // ------------------------------------------------------------------ set-up (Session)

    void want(int fieldId) {
        if (fieldId >= 0 && fieldId < fieldCount) {
            wanted[fieldId] = true;
        }
    }

    void wantAll(boolean all) {
        this.wantAll = all;
        if (all) {
            // wants() then reads one array element, asked for every field of every frame
            Arrays.fill(wanted, true);
        }
    }

    /** Ends the set-up: derives what the per-frame checks read from the wanted fields. */
    void primed() {
        findingsWanted = wants(Expert.EXPERT) || wants(Expert.MESSAGE) || wants(Expert.SEVERITY)
                || wants(Expert.GROUP);
        Arrays.fill(groupAnswers, (byte) 0);
    }

    /** Clears the previous frame and starts this one. */
    void reset(Frame f) {
        for (int i = 0; i < touchedCount; i++) {
            int fid = touched[i];
            firstOf[fid] = -1;
            protoCount[fid] = 0;
        }
        touchedCount = 0;
        count = 0;
        for (int i = 0; i < labelCount; i++) {
            labelText[i] = null;
        }
        labelCount = 0;
        labelsIndexed = false;
        decimalCount = 0;
        Arrays.fill(namesUsed, 0, namesCount, null);
        namesCount = 0;
        maskCount = 0;
        hiddenCount = 0;
        generatedCount = 0;
        layerCount = 0;
        curProtoLayer = 0;
        parent = -1;
        depth = 0;
        protoEntry = -1;
        dropLayerRequested = false;
        current = null;
        malformed = false;
        containedError = false;
        errorIndication = null;
        shortFrame = false;
        scratchLen = 0;
        netFamily = 0;
        // a frame without a network layer shows none, whatever the previous frame's path (the
        // header pass borrows and puts back the addresses of frames it does not dissect)
        netSrcHi = 0;
        netSrcLo = 0;
        netDstHi = 0;
        netDstLo = 0;
        srcPort = 0;
        dstPort = 0;
        inErrorPacket = 0;
        fragmented = false;
        passedBy = null;
        mediaType = null;
        mediaParameters = null;
        frame = f;
        setFrameBytes(f);
        bufLen[0] = f.capturedLength();
        bufReported[0] = Math.max(f.originalLength(), f.capturedLength());
        bufArr[1] = scratch;
        bufBase[1] = 0;
        bufLen[1] = scratch.length;
        bufReported[1] = scratch.length;
        bufSeg[1] = null;
        for (int i = 2; i < bufCount; i++) {
            bufArr[i] = null; // decoded data of the last frame may be large: let it go
            bufSeg[i] = null;
            bufName[i] = null;
        }
        bufCount = 2;
    }

    /**
     * Points buffer 0 at the frame's bytes, in place: a mapped capture's frame is read through its
     * segment, a frame in a heap buffer through the buffer's array. Only a heap segment that is
     * not yet known to be an array's (a frame in its own segment, such as a copied frame) is
     * copied into a reused array. A segment's array is looked up when the segment comes a second
     * time in a row (a reader's buffer holds many frames), so that frames each in their own
     * segment allocate nothing.
     */
    private void setFrameBytes(Frame f) {
        MemorySegment source = f.segment();
        int length = f.capturedLength();
        long at = f.offset();
        if (source.isNative() && at >= 0 && at + length <= source.byteSize()) {
            bufArr[0] = null;
            bufBase[0] = at;
            bufSeg[0] = source;
            return;
        }
        byte[] array = frameArray.of(f);
        if (array != frameSourceArray) {
            // the view of the whole array (bufferSegment) is kept for the frames after
            frameSourceArray = array;
            frameSourceView = null;
        }
        if (array != null) {
            bufArr[0] = array;
            bufBase[0] = frameArray.offset(f);
            bufSeg[0] = frameSourceView;
            return;
        }
        if (length > frameCopy.length) {
            frameCopy = new byte[Math.max(length, frameCopy.length * 2)];
            frameCopyView = null;
        }
        MemorySegment.copy(source, ValueLayout.JAVA_BYTE, at, frameCopy, 0, length);
        bufArr[0] = frameCopy;
        bufBase[0] = 0;
        bufSeg[0] = frameCopyView;
    }

    // ------------------------------------------------------------------ identity

    public Frame frame() {
        return frame;
    }

    public long number() {
        return frame.number();
    }

    public FieldRegistry registry() {
        return registry;
    }

    public Session session() {
        return session;
    }

    /**
     * The sieve that found from the frame's headers that this packet passes, when the frame was
     * left undissected for it ({@link Session#select}): the packet holds only the capture
     * record's fields. Null for a dissected packet.
     */
    public Sieve passedBy() {
        return passedBy;
    }

    void passedBy(Sieve sieve) {
        passedBy = sieve;
    }

    /** Whether a dissector hit the end of its data where the packet said there was more. */
    public boolean malformed() {
        return malformed;
    }

    /**
     * Whether the read that made the packet {@link #malformed} was past a contained bound
     * ({@link Truncated#CONTAINED}), which the Info column words apart.
     */
    public boolean containedError() {
        return containedError;
    }

    /** Whether the capture's snapshot length cut the frame short of what a dissector needed. */
    public boolean shortFrame() {
        return shortFrame;
    }

    // ------------------------------------------------------------------ reading entries

    /** Number of entries in this packet. */
    public int entryCount() {
        return count;
    }

    /** The first occurrence of a field, or -1. */
    public int first(int fieldId) {
        return fieldId < fieldCount ? firstOf[fieldId] : -1;
    }

    /** The last occurrence of a field, or -1. */
    public int last(int fieldId) {
        return first(fieldId) < 0 ? -1 : lastOf[fieldId];
    }

    /**
     * The last occurrence of a field before entry {@code e}, or -1: with entries in tree order,
     * the one that belongs to the message or part {@code e} is in (a frame may hold several).
     */
    public int lastBefore(int fieldId, int e) {
        int found = -1;
        for (int x = first(fieldId); x >= 0 && x < e; x = next(x)) {
            found = x;
        }
        return found;
    }

    /** The first occurrence of a field after entry {@code e}, or {@link Integer#MAX_VALUE}. */
    public int firstAfter(int fieldId, int e) {
        for (int x = first(fieldId); x >= 0; x = next(x)) {
            if (x > e) {
                return x;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * A copy of the bytes entry {@code e} spans ({@link #rawBuffer}), or null when they were not
     * all captured (a frame cut by the snapshot length).
     */
    public byte[] capturedSpan(int e) {
        int buf = rawBuffer(e);
        int off = rawOffsetInBuffer(e);
        int len = rawLen(e);
        return available(buf, off, len) ? copy(buf, off, len) : null;
    }

    /** The next occurrence of the same field after entry {@code e}, or -1. */
    public int next(int e) {
        return at(e, E_NEXT);
    }

    /** Number of occurrences of a field. */
    public int count(int fieldId) {
        int n = 0;
        for (int e = first(fieldId); e >= 0; e = at(e, E_NEXT)) {
            n++;
        }
        return n;
    }

    public boolean has(int fieldId) {
        return first(fieldId) >= 0;
    }

    public int field(int e) {
        return at(e, E_FIELD);
    }

    /** The layer number of the entry: the how-manieth occurrence of the protocol adding it. */
    public int layer(int e) {
        return at(e, E_LAYER);
    }

    /** The entry this one is a child of in the tree, or -1. */
    public int parent(int e) {
        return at(e, E_PARENT);
    }

    /**
     * The first entry of field {@code fieldId} somewhere under entry {@code ancestor}, or -1. A
     * subtree's entries follow its item, so the search ends where they do.
     */
    public int firstUnder(int ancestor, int fieldId) {
        for (int e = ancestor + 1; e < count && isUnder(e, ancestor); e++) {
            if (at(e, E_FIELD) == fieldId) {
                return e;
            }
        }
        return -1;
    }

    /** Whether entry {@code e} is somewhere under entry {@code ancestor} in the tree. */
    public boolean isUnder(int e, int ancestor) {
        for (int a = parent(e); a >= 0; a = parent(a)) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Integer, IPv4 and boolean values (for times: the seconds, see {@link #timeSeconds}). */
    public long num(int e) {
        return eNum[e];
    }

    /**
     * The whole seconds of a time value (absolute: since the epoch). Relative times keep
     * seconds and nanoseconds with the same sign, as Wireshark's {@code nstime_t}: -0.5 s is
     * 0 s and -500,000,000 ns.
     */
    public long timeSeconds(int e) {
        return eNum[e];
    }

    /** The nanoseconds of a time value, -999,999,999 to 999,999,999 (see {@link #timeSeconds}). */
    public int timeNanos(int e) {
        return eNanos[e];
    }

    /** Floating-point values. */
    public double dbl(int e) {
        return Double.longBitsToDouble(eNum[e]);
    }

    /** The memory holding the entry's value bytes (strings, byte fields, addresses, protocols). */
    public MemorySegment seg(int e) {
        int vbuf = at(e, E_VBUF);
        return bufferSegment(vbuf >= 0 ? vbuf : at(e, E_BUF));
    }

    /** Absolute offset of the value bytes in {@link #seg}. */
    public long off(int e) {
        int vbuf = at(e, E_VBUF);
        return vbuf >= 0 ? bufBase[vbuf] + eVOff[e] : bufBase[at(e, E_BUF)] + at(e, E_OFF);
    }

    /** Length of the value bytes. */
    public int len(int e) {
        return at(e, E_VBUF) >= 0 ? eVLen[e] : at(e, E_LEN);
    }

    /** The packet bytes the entry was read from (Wireshark's {@code @field}). */
    public MemorySegment rawSeg(int e) {
        return bufferSegment(at(e, E_BUF));
    }

    public long rawOff(int e) {
        return bufBase[at(e, E_BUF)] + at(e, E_OFF);
    }

    public int rawLen(int e) {
        return at(e, E_LEN);
    }

    /** Buffer and offset of the raw span, relative to the buffer (for tree display). */
    public int rawBuffer(int e) {
        return at(e, E_BUF);
    }

    public int rawOffsetInBuffer(int e) {
        return at(e, E_OFF);
    }

    /**
     * The text a dissector gave the entry's tree item ({@link #setLabel}), or null. Protocols
     * whose text is computed from their bytes give it through {@link Dissector#label} instead.
     */
    public String label(int e) {
        if (labelCount <= FEW_LABELS) {
            for (int i = labelCount - 1; i >= 0; i--) {
                if (labelEntry[i] == e) {
                    return labelText[i];
                }
            }
            return null;
        }
        // a tree of text items has a label for most entries: look them up by entry
        if (!labelsIndexed) {
            indexLabels();
        }
        return e < count && labelIndex[e] > 0 ? labelText[labelIndex[e] - 1] : null;
    }

    private static final int FEW_LABELS = 8;

    /** Entry to its latest label (slot + 1, 0: none), for {@link #label} once labels are many. */
    private void indexLabels() {
        if (labelIndex.length < count) {
            labelIndex = new int[Math.max(count, labelIndex.length * 2)];
        } else {
            Arrays.fill(labelIndex, 0, count, 0);
        }
        for (int i = 0; i < labelCount; i++) {
            if (labelEntry[i] < count) {
                labelIndex[labelEntry[i]] = i + 1;
            }
        }
        labelsIndexed = true;
    }

    /**
     * The first entry of field {@code fieldId} after protocol entry {@code proto} and in its
     * layer (a field of that occurrence of the protocol), or -1. For {@link Dissector#label}s
     * that read the protocol's fields.
     */
    public int firstInLayer(int proto, int fieldId) {
        for (int e = first(fieldId); e >= 0; e = next(e)) {
            if (e > proto && at(e, E_LAYER) == at(proto, E_LAYER)) {
                return e;
            }
        }
        return -1;
    }

    /**
     * The media type of the body being dissected ({@code text/html}, lower case, without
     * parameters), as the protocol carrying it (HTTP) hands it over: Wireshark's
     * {@code media_content_info}, which body dissectors quote in their tree item. Null outside
     * such a call.
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The parameters of the body's Content-Type (what follows its first ';'), as the carrying
     * protocol hands them over beside {@link #mediaType}: Wireshark's {@code media_str}, which
     * the multipart dissector reads its boundary from. Null when there are none, or outside a
     * body dissector's call.
     */
    public String mediaParameters() {
        return mediaParameters;
    }

    /** Sets (or, with null, clears) the {@link #mediaType} around a body dissector's call, without parameters. */
    public void mediaType(String type) {
        mediaType(type, null);
    }

    /** Sets (or, with nulls, clears) the {@link #mediaType} and its {@link #mediaParameters}. */
    public void mediaType(String type, String parameters) {
        mediaType = type;
        mediaParameters = parameters;
    }

    /** The value bytes as a new array (allocates; for output, not for filtering). */
    public byte[] bytes(int e) {
        byte[] b = new byte[len(e)];
        copyBytes(e, b, 0);
        return b;
    }

    /**
     * Copies the value bytes ({@link #len} of them) into {@code dst} at {@code at}: from the
     * buffer's array when it has one, without the segment {@link #seg} may have to make.
     */
    public void copyBytes(int e, byte[] dst, int at) {
        int vbuf = at(e, E_VBUF);
        int buf = vbuf >= 0 ? vbuf : at(e, E_BUF);
        byte[] a = bufArr[buf];
        if (a != null) {
            System.arraycopy(a, (int) off(e), dst, at, len(e));
        } else {
            MemorySegment.copy(seg(e), ValueLayout.JAVA_BYTE, off(e), dst, at, len(e));
        }
    }

    /** A string value decoded from its UTF-8 bytes (allocates; for output). */
    public String string(int e) {
        return new String(bytes(e), StandardCharsets.UTF_8);
    }

    /**
     * frame.protocols: the names of the protocol layers joined by ':', without the first one when
     * it is {@code frame} (as it is in a session; Wireshark leaves it out).
     */
    public String protocols() {
        StringBuilder sb = new StringBuilder();
        int start = layerCount > 0 && registry.byId(layers[0]).name().equals("frame") ? 1 : 0;
        for (int i = start; i < layerCount; i++) {
            if (i > start) {
                sb.append(':');
            }
            sb.append(registry.byId(layers[i]).name());
        }
        return sb.toString();
    }

    /** Protocol layers so far (field ids of protocols), in order. */
    public int layerCount() {
        return layerCount;
    }

    public int layerProtocol(int i) {
        return layers[i];
    }

    // ------------------------------------------------------------------ addressing

    /**
     * Records the network addresses of the innermost network layer, for the dissectors above it
     * (conversations, checksums). IPv4 addresses go in {@code srcLo}/{@code dstLo} with the high
     * halves 0; IPv6 addresses as two big-endian longs each.
     */
    public void setNetAddresses(int family, long srcHi, long srcLo, long dstHi, long dstLo) {
        this.netFamily = family;
        this.netSrcHi = srcHi;
        this.netSrcLo = srcLo;
        this.netDstHi = dstHi;
        this.netDstLo = dstLo;
    }

    /** 4 or 6 after an IP layer, 0 before any. */
    public int netFamily() {
        return netFamily;
    }

    public long netSrcHi() {
        return netSrcHi;
    }

    public long netSrcLo() {
        return netSrcLo;
    }

    public long netDstHi() {
        return netDstHi;
    }

    public long netDstLo() {
        return netDstLo;
    }

    /** Records the transport ports for the dissectors above (set by TCP and UDP). */
    public void setPorts(int src, int dst) {
        this.srcPort = src;
        this.dstPort = dst;
    }

    public int srcPort() {
        return srcPort;
    }

    public int dstPort() {
        return dstPort;
    }

    /**
     * Whether the data being dissected is the copy of a datagram quoted inside an ICMP error
     * (Wireshark's {@code pinfo->flags.in_error_pkt}): conversations and reassembly must not use it.
     */
    public boolean inErrorPacket() {
        return inErrorPacket > 0;
    }

    /**
     * Whether the data being dissected is part of a datagram that was not reassembled (Wireshark's
     * {@code pinfo->fragmented}): checksums over it cannot be verified.
     */
    public boolean fragmented() {
        return fragmented;
    }

    /** Sets {@link #fragmented()}; returns the previous value so the caller can restore it. */
    public boolean setFragmented(boolean value) {
        boolean before = fragmented;
        fragmented = value;
        return before;
    }

    public void enterErrorPacket() {
        inErrorPacket++;
    }

    public void leaveErrorPacket() {
        if (inErrorPacket > 0) {
            inErrorPacket--;
        }
    }

    // ------------------------------------------------------------------ buffers

    /** Number of bytes available in a buffer. */
    public int bufferLength(int buf) {
        return bufLen[buf];
    }

    /**
     * Number of bytes the buffer had on the wire: for the frame its original length, which is
     * more than {@link #bufferLength} when the capture's snapshot length cut it.
     */
    public int reportedLength(int buf) {
        return bufReported[buf];
    }

    /**
     * Adds decoded or reassembled bytes as a new buffer; returns its id. {@code source} is the
     * name Wireshark gives these bytes as a data source ({@code "Reassembled TCP"}), which
     * {@code tshark -x} prints above them.
     */
    public int addBuffer(String source, byte[] data) {
        int b = addBuffer(data, 0, data.length);
        bufName[b] = source;
        return b;
    }

    private int addBuffer(byte[] data, long base, int length) {
        if (bufCount == bufArr.length) {
            int n = bufCount * 2;
            bufArr = Arrays.copyOf(bufArr, n);
            bufSeg = Arrays.copyOf(bufSeg, n);
            bufName = Arrays.copyOf(bufName, n);
            bufBase = Arrays.copyOf(bufBase, n);
            bufLen = Arrays.copyOf(bufLen, n);
            bufReported = Arrays.copyOf(bufReported, n);
        }
        bufArr[bufCount] = data;
        bufSeg[bufCount] = null;
        bufBase[bufCount] = base;
        bufLen[bufCount] = length;
        bufReported[bufCount] = length;
        return bufCount++;
    }

    /**
     * The packet's data sources in the order dissectors added them, as tshark lists them: the
     * frame's bytes ({@code "Frame"}) first, then each buffer of reassembled, decrypted or
     * decoded bytes with the name Wireshark gives it. Valid until the next frame.
     */
    public List<DataSource> dataSources() {
        List<DataSource> out = new ArrayList<>(bufCount - 1);
        out.add(new DataSource("Frame", FRAME_BUFFER));
        for (int b = SCRATCH_BUFFER + 1; b < bufCount; b++) {
            if (bufName[b] != null) {
                out.add(new DataSource(bufName[b], b));
            }
        }
        return out;
    }

    /**
     * Takes the last buffer added off the list of data sources (Wireshark's
     * {@code remove_last_data_source}): a dissector found the bytes were not what it reassembled
     * them for. Entries keep reading them.
     */
    public void removeLastDataSource() {
        for (int b = bufCount - 1; b > SCRATCH_BUFFER; b--) {
            if (bufName[b] != null) {
                bufName[b] = null;
                return;
            }
        }
    }

    /** A named buffer of the packet ({@link #dataSources}); its bytes by {@link #copy}. */
    public record DataSource(String name, int buffer) {
    }

    /**
     * The memory of a buffer: its bytes start at {@link #bufferBase} (for output and kernels that
     * work on segments; dissectors read through {@link #u8} and friends).
     */
    public MemorySegment bufferSegment(int buf) {
        MemorySegment s = segAt(buf);
        if (s == null) {
            s = MemorySegment.ofArray(bufArr[buf]);
            bufSeg[buf] = s;
            if (buf == FRAME_BUFFER) {
                // kept for the next frames from the same array
                if (bufArr[buf] == frameSourceArray) {
                    frameSourceView = s;
                } else {
                    frameCopyView = s;
                }
            }
        }
        return s;
    }

    /**
     * The array holding a heap buffer's bytes (they start at index {@link #bufferBase}), or null
     * for a buffer in native memory (a mapped capture's frame), which only {@link #bufferSegment}
     * reads. An array is the cheaper read for code that scans bytes one by one.
     */
    public byte[] bufferArray(int buf) {
        return bufArr[buf];
    }

    private MemorySegment segAt(int buf) {
        return (MemorySegment) bufSeg[buf];
    }

    public long bufferBase(int buf) {
        return bufBase[buf];
    }

    /** Copies bytes of a buffer into a new array (for reassembly and parsers that need arrays). */
    public byte[] copy(int buf, int off, int len) {
        check(buf, off, len);
        byte[] out = new byte[len];
        copyInto(buf, off, out, 0, len);
        return out;
    }

    /** Copies {@code len} bytes of a buffer at {@code off} into {@code dst} at {@code at}. */
    public void copyInto(int buf, int off, byte[] dst, int at, int len) {
        check(buf, off, len);
        byte[] a = bufArr[buf];
        if (a != null) {
            System.arraycopy(a, (int) bufBase[buf] + off, dst, at, len);
        } else {
            MemorySegment.copy(segAt(buf), ValueLayout.JAVA_BYTE, bufBase[buf] + off, dst, at, len);
        }
    }

    // ------------------------------------------------------------------ byte readers

    private void check(int buf, int off, int len) {
        if (off < 0 || len < 0 || (long) off + len > bufLen[buf]) {
            throw (long) off + len > bufReported[buf] || off < 0 || len < 0
                    ? Truncated.MALFORMED : Truncated.SHORT;
        }
    }

    public int u8(int buf, int off) {
        check(buf, off, 1);
        byte[] a = bufArr[buf];
        return a != null ? a[(int) bufBase[buf] + off] & 0xff : segAt(buf).get(ValueLayout.JAVA_BYTE, bufBase[buf] + off) & 0xff;
    }

    public int u16(int buf, int off) {
        check(buf, off, 2);
        byte[] a = bufArr[buf];
        return a != null ? ByteArrays.be16(a, (int) bufBase[buf] + off) : segAt(buf).get(SEG_BE16, bufBase[buf] + off) & 0xffff;
    }

    public int u24(int buf, int off) {
        return (u8(buf, off) << 16) | u16(buf, off + 1);
    }

    public long u32(int buf, int off) {
        check(buf, off, 4);
        byte[] a = bufArr[buf];
        return a != null ? ByteArrays.be32(a, (int) bufBase[buf] + off) & 0xffffffffL : segAt(buf).get(SEG_BE32, bufBase[buf] + off) & 0xffffffffL;
    }

    public long u64(int buf, int off) {
        check(buf, off, 8);
        byte[] a = bufArr[buf];
        return a != null ? ByteArrays.be64(a, (int) bufBase[buf] + off) : segAt(buf).get(SEG_BE64, bufBase[buf] + off);
    }

    public int u16le(int buf, int off) {
        check(buf, off, 2);
        byte[] a = bufArr[buf];
        return a != null ? ByteArrays.le16(a, (int) bufBase[buf] + off) : segAt(buf).get(SEG_LE16, bufBase[buf] + off) & 0xffff;
    }

    public long u32le(int buf, int off) {
        check(buf, off, 4);
        byte[] a = bufArr[buf];
        return a != null ? ByteArrays.le32(a, (int) bufBase[buf] + off) & 0xffffffffL : segAt(buf).get(SEG_LE32, bufBase[buf] + off) & 0xffffffffL;
    }

    public long u64le(int buf, int off) {
        check(buf, off, 8);
        byte[] a = bufArr[buf];
        return a != null ? ByteArrays.le64(a, (int) bufBase[buf] + off) : segAt(buf).get(SEG_LE64, bufBase[buf] + off);
    }

    /** Whether {@code len} bytes at {@code off} are captured (no exception). */
    public boolean available(int buf, int off, int len) {
        return off >= 0 && len >= 0 && (long) off + len <= bufLen[buf];
    }

    // ------------------------------------------------------------------ writing entries

    /** Whether anyone needs this field in this session. */
    public boolean wants(FieldSpec f) {
        return wanted[f.id()];
    }

    /**
     * Whether the session records any field of a group, so that the dissector must run the block
     * that adds them (see {@link FieldGroup}). One array load once the group was asked about.
     */
    public boolean wantsAny(FieldGroup g) {
        byte[] answers = groupAnswers;
        int i = g.index;
        if (i < answers.length) {
            byte a = answers[i];
            if (a != 0) {
                return a > 0;
            }
        }
        return answerGroup(g);
    }

    private boolean answerGroup(FieldGroup g) {
        int i = g.index;
        if (i >= groupAnswers.length) {
            groupAnswers = Arrays.copyOf(groupAnswers, Math.max(i + 1, groupAnswers.length * 2));
        }
        boolean any = wantAll || g.anyWanted(this);
        groupAnswers[i] = (byte) (any ? 1 : -1);
        return any;
    }

    /**
     * Whether every finding is recorded, whatever its own field: the session wants one of the
     * {@code _ws.expert} fields each finding adds (see {@link Expert#wanted(Packet, Expert.Info)}).
     */
    public boolean wantsFindings() {
        return findingsWanted;
    }

    /** Whether the session needs every field (full tree, output of many fields). */
    public boolean wantsAll() {
        return wantAll;
    }

    public int addUInt(FieldSpec f, int buf, int off, int len, long value) {
        return wants(f) ? append(f.id(), buf, off, len, value) : -1;
    }

    public int addInt(FieldSpec f, int buf, int off, int len, long value) {
        return wants(f) ? append(f.id(), buf, off, len, value) : -1;
    }

    public int addBoolean(FieldSpec f, int buf, int off, int len, boolean value) {
        return wants(f) ? append(f.id(), buf, off, len, value ? 1 : 0) : -1;
    }

    public int addDouble(FieldSpec f, int buf, int off, int len, double value) {
        return wants(f) ? append(f.id(), buf, off, len, Double.doubleToRawLongBits(value)) : -1;
    }

    /**
     * A time value of seconds and nanoseconds (absolute: since the epoch), kept exactly: times
     * need not fit a nanosecond count (captures with time stamps 580,000 years ahead exist).
     */
    public int addTime(FieldSpec f, int buf, int off, int len, long seconds, int nanos) {
        if (!wants(f)) {
            return -1;
        }
        int e = append(f.id(), buf, off, len, seconds);
        eNanos[e] = nanos;
        return e;
    }

    /**
     * A time value given in nanoseconds (absolute: since the epoch); see
     * {@link #addTime(FieldSpec, int, int, int, long, int)}.
     */
    public int addTime(FieldSpec f, int buf, int off, int len, long nanos) {
        if (f.type() == FieldType.ABSOLUTE_TIME) {
            // a point in time: whole seconds before it, as time stamps are held
            return addTime(f, buf, off, len, Math.floorDiv(nanos, 1_000_000_000L),
                    (int) Math.floorMod(nanos, 1_000_000_000L));
        }
        // a time offset: seconds and nanoseconds of one sign, as nstime_delta makes them
        return addTime(f, buf, off, len, nanos / 1_000_000_000L, (int) (nanos % 1_000_000_000L));
    }

    /** An IPv4 address read at {@code off} (4 bytes, network order). */
    public int addIPv4(FieldSpec f, int buf, int off) {
        return wants(f) ? append(f.id(), buf, off, 4, u32(buf, off)) : -1;
    }

    /** A value that is the raw bytes themselves: bytes, MAC and IPv6 addresses. */
    public int addBytes(FieldSpec f, int buf, int off, int len) {
        if (!wants(f)) {
            return -1;
        }
        check(buf, off, len);
        return append(f.id(), buf, off, len, 0);
    }

    /** A field with no value (FT_NONE) covering a span. */
    public int addNone(FieldSpec f, int buf, int off, int len) {
        return wants(f) ? append(f.id(), buf, off, len, 0) : -1;
    }

    /**
     * A string read from the packet. Bytes that are not valid in the encoding are replaced by
     * U+FFFD in the value, as Wireshark does; the raw span stays the packet's.
     */
    public int addString(FieldSpec f, int buf, int off, int len, boolean ascii) {
        if (!wants(f)) {
            return -1;
        }
        check(buf, off, len);
        boolean clean = isAscii(buf, off, len);
        int e = append(f.id(), buf, off, len, 0);
        if (!clean) {
            byte[] raw = copy(buf, off, len);
            String s = ascii ? Strings.asciiWithReplacement(raw) : Strings.utf8WithReplacement(raw);
            setComputedValue(e, s.getBytes(StandardCharsets.UTF_8));
        }
        return e;
    }

    /**
     * A string field of {@code len} bytes read as {@code proto_tree_add_item} reads one: its value
     * ends at the first NUL (Wireshark's string is a C string) while its item covers all the bytes,
     * bytes invalid in the encoding become U+FFFD, and an FT_STRING with text after the NUL gets
     * Wireshark's "Trailing stray characters" finding, which looks at the decoded text from its
     * end up to {@code len} bytes. The bytes must be there.
     */
    public int addCString(FieldSpec f, int buf, int off, int len, boolean ascii) {
        check(buf, off, len);
        boolean nul = false;
        for (int i = 0; i < len && !nul; i++) {
            nul = u8(buf, off + i) == 0;
        }
        if (!nul) {
            return addString(f, buf, off, len, ascii);
        }
        byte[] raw = copy(buf, off, len);
        String s = ascii ? Strings.asciiWithReplacement(raw) : Strings.utf8WithReplacement(raw);
        String value = s.substring(0, s.indexOf('\0'));
        int e = addComputedString(f, buf, off, len, value);
        if (f.type() == FieldType.STRING) {
            byte[] decoded = s.getBytes(StandardCharsets.UTF_8);
            for (int i = value.getBytes(StandardCharsets.UTF_8).length; i < Math.min(len, decoded.length); i++) {
                if (decoded[i] != 0) {
                    Expert.add(this, e, Expert.TRAILING_STRAY_CHARACTERS, Expert.Severity.WARN,
                            Expert.Group.UNDECODED, "Trailing stray characters");
                    break;
                }
            }
        }
        return e;
    }

    private boolean isAscii(int buf, int off, int len) {
        byte[] data = bufArr[buf];
        long base = bufBase[buf] + off;
        if (data != null) {
            for (int i = 0; i < len; i++) {
                if (data[(int) base + i] < 0) {
                    return false;
                }
            }
        } else {
            MemorySegment seg = segAt(buf);
            for (int i = 0; i < len; i++) {
                if (seg.get(ValueLayout.JAVA_BYTE, base + i) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Fails as a read of {@code len} bytes at {@code off} fails when they are not all there: an
     * item over a span (a text item, {@code proto_tree_add_subtree}) needs its bytes, as
     * Wireshark's does.
     */
    public void need(int buf, int off, int len) {
        if (len > 0) {
            check(buf, off, len);
        }
    }

    /**
     * The length of a NUL-padded string field of {@code len} bytes at {@code off}: up to its first
     * NUL, where Wireshark's C string of it ends. All {@code len} bytes are read, as
     * {@code proto_tree_add_item} reads the field (so a field cut short fails here).
     */
    public int lengthToNul(int buf, int off, int len) {
        if (len > 0) {
            check(buf, off, len);
        }
        for (int i = 0; i < len; i++) {
            if (u8(buf, off + i) == 0) {
                return i;
            }
        }
        return len;
    }

    /** A string the dissector built (joined parts, decoded text, a hash). */
    public int addComputedString(FieldSpec f, int buf, int off, int len, CharSequence value) {
        if (!wants(f)) {
            return -1;
        }
        int e = append(f.id(), buf, off, len, 0);
        setComputedValue(e, value.toString().getBytes(StandardCharsets.UTF_8));
        return e;
    }

    /** Bytes the dissector built (decoded, decrypted). */
    public int addComputedBytes(FieldSpec f, int buf, int off, int len, byte[] value) {
        if (!wants(f)) {
            return -1;
        }
        int e = append(f.id(), buf, off, len, 0);
        setComputedValue(e, value);
        return e;
    }

    private void setComputedValue(int e, byte[] value) {
        int at = scratchAppend(value);
        put(e, E_VBUF, SCRATCH_BUFFER);
        eVOff[e] = at;
        eVLen[e] = value.length;
    }

    private int scratchAppend(byte[] value) {
        if (scratchLen + value.length > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLen + value.length));
            bufArr[SCRATCH_BUFFER] = scratch;
            bufSeg[SCRATCH_BUFFER] = null; // re-wrapped when asked for
            bufLen[SCRATCH_BUFFER] = scratch.length;
            bufReported[SCRATCH_BUFFER] = scratch.length;
        }
        System.arraycopy(value, 0, scratch, scratchLen, value.length);
        int at = scratchLen;
        scratchLen += value.length;
        return at;
    }

    private int append(int fid, int buf, int off, int len, long num) {
        if (count == eNum.length) {
            grow();
        }
        int e = count++;
        int[] t = ent;
        int i = e << E_SHIFT;
        t[i + E_FIELD] = fid;
        t[i + E_LAYER] = curProtoLayer;
        t[i + E_PARENT] = parent;
        t[i + E_NEXT] = -1;
        t[i + E_BUF] = buf;
        t[i + E_OFF] = off;
        t[i + E_LEN] = len;
        t[i + E_VBUF] = -1;
        eNum[e] = num;
        if (firstOf[fid] < 0) {
            firstOf[fid] = e;
            touch(fid);
        } else {
            put(lastOf[fid], E_NEXT, e);
        }
        lastOf[fid] = e;
        return e;
    }

    private int at(int e, int k) {
        return ent[(e << E_SHIFT) + k];
    }

    private void put(int e, int k, int v) {
        ent[(e << E_SHIFT) + k] = v;
    }

    private void touch(int fid) {
        if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = fid;
    }

    private void grow() {
        int n = eNum.length * 2;
        ent = Arrays.copyOf(ent, n << E_SHIFT);
        eVOff = Arrays.copyOf(eVOff, n);
        eVLen = Arrays.copyOf(eVLen, n);
        eNum = Arrays.copyOf(eNum, n);
        eNanos = Arrays.copyOf(eNanos, n);
    }

    /**
     * Gives an entry the text of its tree item (Wireshark's {@code proto_item_set_text}), for
     * items whose text is not derived from their value: error indications, expert infos. Keep it
     * off hot paths: the text is a string.
     */
    public void setLabel(int e, CharSequence text) {
        if (e < 0) {
            return;
        }
        if (labelCount == labelEntry.length) {
            labelEntry = Arrays.copyOf(labelEntry, labelCount * 2);
            labelText = Arrays.copyOf(labelText, labelCount * 2);
        }
        labelEntry[labelCount] = e;
        labelText[labelCount++] = text.toString();
        labelsIndexed = false;
    }

    /** Whether the session records text items ({@link TextItems}): build their texts only then. */
    public boolean wantsText() {
        return wants(TextItems.FIELD);
    }

    /**
     * Adds a text item over {@code len} bytes at {@code off} of buffer {@code buf} when the session
     * records them ({@link #wantsText}), drawn {@code [in brackets]} when {@code generated}; returns
     * its entry, which {@link #openSubtree} makes the parent of the items under it, or -1.
     */
    public int addText(int buf, int off, int len, String text, boolean generated) {
        if (!wantsText()) {
            return -1;
        }
        int e = append(TextItems.FIELD.id(), buf, off, len, generated ? 1 : 0);
        setLabel(e, text);
        return e;
    }

    /**
     * Shows an integer entry of a hex-based field in decimal: Wireshark registers a few names
     * twice with different bases (dns.rr.udp_payload_size: decimal for DNS, hex under a mask for
     * mDNS), and each item prints with its own.
     */
    public void showDecimal(int e) {
        if (e >= 0) {
            decimalEntry = appended(decimalEntry, decimalCount++, e);
        }
    }

    /**
     * Draws an integer entry under a bit mask its field's registration has not: Wireshark
     * registers a few names twice with different masks (mDNS's {@code dns.resp.class} under
     * 0x7fff, beside the cache-flush bit), and each item shows its own bits.
     */
    public void showMask(int e, long mask) {
        if (e >= 0) {
            if (maskCount == maskEntry.length) {
                maskEntry = Arrays.copyOf(maskEntry, maskCount * 2);
                maskValue = Arrays.copyOf(maskValue, maskCount * 2);
            }
            maskEntry[maskCount] = e;
            maskValue[maskCount++] = mask;
        }
    }

    /** The mask an entry is drawn under by {@link #showMask}, or 0. */
    public long shownMask(int e) {
        for (int i = maskCount - 1; i >= 0; i--) {
            if (maskEntry[i] == e) {
                return maskValue[i];
            }
        }
        return 0;
    }

    /**
     * Hides an entry from the protocol tree (Wireshark's {@code proto_item_set_hidden} on one
     * item: HTTP's request line item of a header it also adds by name); filters still see it.
     */
    public void hide(int e) {
        if (e >= 0) {
            hiddenEntry = appended(hiddenEntry, hiddenCount++, e);
        }
    }

    /**
     * Draws one entry as generated, {@code [in brackets]} (Wireshark's {@code proto_item_set_generated}
     * on an item whose field is otherwise read from the bytes: IPv4's total length taken from the
     * frame when the header says 0).
     */
    public void markGenerated(int e) {
        if (e >= 0) {
            generatedEntry = appended(generatedEntry, generatedCount++, e);
        }
    }

    /** Whether the entry was marked generated ({@link #markGenerated}). */
    public boolean markedGenerated(int e) {
        return holds(generatedEntry, generatedCount, e);
    }

    /** Whether the entry was hidden from the tree ({@link #hide}). */
    public boolean hidden(int e) {
        return holds(hiddenEntry, hiddenCount, e);
    }

    /**
     * Names an integer entry's value from {@code names} rather than its field's table: Wireshark
     * registers a few names several times with different value names ({@code ssh.message_code}:
     * SSH 1's, SSH 2's, each key exchange's), and each item shows its own.
     */
    public void useNames(int e, ValueStrings names) {
        if (e < 0) {
            return;
        }
        if (namesCount == namesEntry.length) {
            namesEntry = Arrays.copyOf(namesEntry, namesCount * 2);
            namesUsed = Arrays.copyOf(namesUsed, namesCount * 2);
        }
        namesEntry[namesCount] = e;
        namesUsed[namesCount++] = names;
    }

    /** The value names an entry uses instead of its field's ({@link #useNames}), or null. */
    public ValueStrings names(int e) {
        for (int i = namesCount - 1; i >= 0; i--) {
            if (namesEntry[i] == e) {
                return namesUsed[i];
            }
        }
        return null;
    }

    /** Whether the entry is shown in decimal whatever its field's base ({@link #showDecimal}). */
    public boolean shownDecimal(int e) {
        return holds(decimalEntry, decimalCount, e);
    }

    /** {@code list} with {@code e} at {@code count} (the list grown when full): the rare per-entry marks. */
    private static int[] appended(int[] list, int count, int e) {
        int[] l = count == list.length ? Arrays.copyOf(list, count * 2) : list;
        l[count] = e;
        return l;
    }

    private static boolean holds(int[] list, int count, int e) {
        for (int i = count - 1; i >= 0; i--) {
            if (list[i] == e) {
                return true;
            }
        }
        return false;
    }

    /** Changes the raw length of an entry once the dissector knows it (a protocol's header). */
    public void setLength(int e, int len) {
        if (e >= 0) {
            put(e, E_LEN, len);
        }
    }

    /**
     * Changes the span of an item whose value was read when it was added (Wireshark's
     * {@code proto_item_set_len} on a string item): the tree's item covers {@code len} bytes, the
     * value stays what it was (XML's element item grows to its end tag, its value is the start tag).
     */
    public void setSpanKeepingValue(int e, int len) {
        if (e < 0) {
            return;
        }
        if (at(e, E_VBUF) < 0) {
            put(e, E_VBUF, at(e, E_BUF));
            eVOff[e] = at(e, E_OFF);
            eVLen[e] = at(e, E_LEN);
        }
        put(e, E_LEN, len);
    }

    /**
     * The dissector now running, Wireshark's {@code pinfo->current_proto} (null in the frame's
     * own dissection); after a read past the data, the one that ran out of it.
     */
    public Dissector currentDissector() {
        return current;
    }

    /** Replaces the number of an entry added earlier (a value known only later). */
    public void setNum(int e, long value) {
        if (e >= 0) {
            eNum[e] = value;
        }
    }

    // ------------------------------------------------------------------ tree structure

    /** Makes entry {@code e} the parent of the entries added until {@link #closeSubtree}. */
    public int openSubtree(int e) {
        int saved = parent;
        if (e >= 0) {
            parent = e;
        }
        return saved;
    }

    public void closeSubtree(int saved) {
        parent = saved;
    }

    /**
     * Makes the tree's root the parent of the entries added until {@link #closeSubtree}: where a
     * body dissector's items go that it adds to the tree it was given (for HTTP's and IMF's bodies,
     * the root) rather than under its own protocol item.
     */
    public int openRoot() {
        int saved = parent;
        parent = -1;
        return saved;
    }

    // ------------------------------------------------------------------ calling dissectors

    /**
     * Runs a dissector on a span, as Wireshark's {@code call_dissector}: the protocol becomes a
     * layer (frame.protocols, layer numbers), its protocol entry is added, and a {@link Truncated}
     * thrown inside marks the packet malformed (or short) and ends this dissector's work without
     * ending the packet's. Returns the bytes taken (0: rejected, the layer is removed again).
     */
    public int call(Dissector d, int buf, int off, int len) {
        return call(d, session.route(d) >> 1, buf, off, len);
    }

    /**
     * {@link #call} when the session needs {@code d} to run ({@link Session#active}); returns -1
     * without running it otherwise. One lookup of the dissector instead of two.
     */
    public int callIfActive(Dissector d, int buf, int off, int len) {
        int route = session.route(d);
        return (route & 1) == 0 ? -1 : call(d, route >> 1, buf, off, len);
    }

    private int call(Dissector d, int protoId, int buf, int off, int len) {
        if (depth >= MAX_DEPTH) {
            malformed = true;
            return 0;
        }
        if (layerCount >= MAX_LAYERS) {
            throw new DissectorBug(current, DissectorBug.TOO_MANY_LAYERS);
        }
        int savedLayers = layerCount;
        int savedCount = count;
        int savedProtoLayer = curProtoLayer;
        int savedParent = parent;
        int captured = Math.max(0, Math.min(len, bufLen[buf] - off));
        int pe = addLayer(protoId, buf, off, len);
        if (pe >= 0) {
            parent = pe;
        }
        int savedProtoEntry = protoEntry;
        boolean savedDrop = dropLayerRequested;
        dropLayerRequested = false;
        protoEntry = pe;
        Dissector savedCurrent = current;
        current = d;
        depth++;
        int taken;
        // a dissector that ran into the end of its data took it, however little there was: as
        // in Wireshark, where the exception passes call_dissector_work by and leaves the layer
        boolean threw = false;
        try {
            taken = d.dissect(this, buf, off, len);
        } catch (Truncated t) {
            threw = true;
            parent = savedParent;
            if (inErrorPacket > 0) {
                // a datagram quoted in an ICMP error is cut short by design (Wireshark's
                // call_dissector_work_error): reading past what its headers announce is no
                // error of this frame; reading past the capture ends the error's dissector
                if (!t.isMalformed()) {
                    throw t;
                }
                taken = captured;
            } else {
                markTruncated(t);
                // Wireshark catches it where the frame's (or TCP's) dissection began and shows it
                // there: at the top of the tree, after what the dissectors added
                parent = -1;
                Expert.exception(this, t, d.shortName(), buf, off);
                taken = len;
            }
        } finally {
            depth--;
            parent = savedParent;
            protoEntry = savedProtoEntry;
            current = savedCurrent;
        }
        boolean drop = dropLayerRequested;
        dropLayerRequested = savedDrop;
        if (taken == 0 && !threw || drop) {
            // rejected: undo the layer and anything added
            truncateEntries(savedCount);
            layerCount = savedLayers;
            protoCount[protoId]--;
            curProtoLayer = savedProtoLayer;
        }
        return taken;
    }

    /**
     * The protocol item of the dissector now running, or -1 when the session does not record
     * it: a dissector that words its item ({@link #setLabel}) builds the text only when it is.
     */
    public int protocolItem() {
        return protoEntry;
    }

    /**
     * Sets the length of the protocol item of the dissector now running to its header (Wireshark
     * adds most protocol items over their header only), which is what the protocol's value is
     * ({@code ip contains ...}, {@code len(udp)}).
     */
    public void setProtocolLength(int length) {
        setProtocolLength(protoEntry, length);
    }

    /**
     * Enters a protocol layer and adds its item over {@code len} bytes at {@code off}, as
     * {@link #call} does before the dissector runs, for code that dissects common layers without
     * calling their dissectors ({@code HeaderShortcut}). Returns the item, -1 when the protocol is
     * not wanted; {@link #openSubtree} makes it the parent of what follows.
     */
    public int addLayer(int protoId, int buf, int off, int len) {
        enterLayer(protoId);
        if (!wanted[protoId]) {
            return -1;
        }
        int pe = append(protoId, buf, off, Math.max(0, Math.min(len, bufReported[buf] - off)), 0);
        // a protocol's value is its bytes, as far as they were captured
        put(pe, E_VBUF, buf);
        eVOff[pe] = Math.max(0, Math.min(off, bufLen[buf]));
        eVLen[pe] = Math.max(0, Math.min(len, bufLen[buf] - off));
        return pe;
    }

    /** {@link #setProtocolLength(int)} for the protocol item {@code e} (-1: none). */
    public void setProtocolLength(int e, int length) {
        if (e >= 0 && length >= 0) {
            put(e, E_LEN, length);
            int b = at(e, E_VBUF);
            eVLen[e] = Math.max(0, Math.min(length, bufLen[b] - eVOff[e]));
        }
    }

    /**
     * Removes the protocol item of the dissector now running, when nothing was added after it:
     * for dissectors that, in Wireshark, fail on their first bytes before adding their item (the
     * layer stays, as in Wireshark).
     */
    public void dropProtocolItem() {
        int e = protoEntry;
        if (e >= 0 && e == count - 1) {
            parent = at(e, E_PARENT);
            truncateEntries(e);
            protoEntry = -1;
        }
    }

    /**
     * Asks {@link #call} to remove the layer of the dissector now running, and whatever it added,
     * when it returns, while still reporting the bytes it returns as taken: Wireshark drops the
     * layer of a dissector that added nothing to the tree, yet the caller does not try another
     * one (HTTP on its port, handed bytes that are not HTTP).
     */
    public void dropLayer() {
        dropLayerRequested = true;
    }

    /** Records a protocol layer without an entry of its own (e.g. {@code ethertype}). */
    public void enterLayer(int protoId) {
        if (layerCount == layers.length) {
            layers = Arrays.copyOf(layers, layerCount * 2);
        }
        layers[layerCount++] = protoId;
        if (protoCount[protoId] == 0) {
            touch(protoId);
        }
        curProtoLayer = ++protoCount[protoId];
    }

    /** Adds a layer entry for a sub-protocol a dissector handles itself (x509 inside TLS). */
    public int addProtocolLayer(FieldSpec proto, int buf, int off, int len) {
        enterLayer(proto.id());
        int e = wants(proto) ? append(proto.id(), buf, off, len, 0) : -1;
        if (e >= 0) {
            put(e, E_VBUF, buf);
            eVOff[e] = off;
            eVLen[e] = Math.max(0, Math.min(len, bufLen[buf] - off));
        }
        return e;
    }

    /** Marks the frame after a read past its data (see {@link Truncated}). */
    public void markTruncated(Truncated t) {
        if (t.isMalformed()) {
            malformed = true;
            containedError = t.isContained();
        } else {
            shortFrame = true;
        }
    }

    public void markMalformed() {
        malformed = true;
    }

    /**
     * Marks the frame malformed by an error that show_exception words itself in the Info column
     * ({@code [Reassembly error, protocol TCP: ...]}) instead of "[Malformed Packet]".
     */
    public void markMalformed(String indication) {
        malformed = true;
        errorIndication = indication;
    }

    /** The Info column's words for the error that marked the frame malformed, or null for "[Malformed Packet]". */
    public String errorIndication() {
        return errorIndication;
    }

    /**
     * Reports a read past the data that a dissector caught itself so as to go on (Wireshark's
     * {@code show_exception}, as {@code tcp_dissect_pdus} does for each PDU): the frame is marked
     * and gets the error indication of the dissector now running, at {@code off}.
     */
    public void showException(Truncated t, int buf, int off) {
        markTruncated(t);
        Expert.exception(this, t, current == null ? "Frame" : current.shortName(), buf, off);
    }

    /**
     * {@link #showException} in the tree the running dissector was given, beside its protocol
     * item rather than under it: where a C dissector's TRY around its body catches with
     * {@code show_exception(tvb, pinfo, tree, ...)} on that tree (packet-ntlmssp.c).
     */
    public void showExceptionBesideProtocol(Truncated t, int buf, int off) {
        int saved = parent;
        if (protoEntry >= 0) {
            parent = at(protoEntry, E_PARENT);
        }
        try {
            showException(t, buf, off);
        } finally {
            parent = saved;
        }
    }

    /**
     * Removes the entries added since {@code mark} (an earlier {@link #entryCount()}), for a
     * dissector that learns only later that Wireshark would not have added them: DNS, for one,
     * adds its protocol item only after reading the first header bytes, so a message too short
     * for them has the {@code dns} layer but no {@code dns} field. Nothing happens when
     * {@code mark} is not below the current count.
     */
    public void discardEntriesFrom(int mark) {
        if (mark < 0 || mark >= count) {
            return;
        }
        truncateEntries(mark);
        if (parent >= mark) {
            parent = at(mark, E_PARENT);
        }
    }

    private void truncateEntries(int newCount) {
        if (newCount >= count) {
            return;
        }
        // unlink removed entries from their field chains
        for (int e = count - 1; e >= newCount; e--) {
            int fid = at(e, E_FIELD);
            if (firstOf[fid] == e) {
                firstOf[fid] = -1;
            } else {
                int p = firstOf[fid];
                while (p >= 0 && at(p, E_NEXT) != e) {
                    p = at(p, E_NEXT);
                }
                if (p >= 0) {
                    put(p, E_NEXT, -1);
                    lastOf[fid] = p;
                }
            }
        }
        count = newCount;
        while (labelCount > 0 && labelEntry[labelCount - 1] >= newCount) {
            labelText[--labelCount] = null;
        }
        labelsIndexed = false;
        while (decimalCount > 0 && decimalEntry[decimalCount - 1] >= newCount) {
            decimalCount--;
        }
        while (namesCount > 0 && namesEntry[namesCount - 1] >= newCount) {
            namesUsed[--namesCount] = null;
        }
        while (maskCount > 0 && maskEntry[maskCount - 1] >= newCount) {
            maskCount--;
        }
        while (hiddenCount > 0 && hiddenEntry[hiddenCount - 1] >= newCount) {
            hiddenCount--;
        }
        while (generatedCount > 0 && generatedEntry[generatedCount - 1] >= newCount) {
            generatedCount--;
        }
    }
}
