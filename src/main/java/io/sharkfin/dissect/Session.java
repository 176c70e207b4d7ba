package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.protocol.FrameDissector;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Dissects the frames of one capture, in order. It holds what spans frames: the first and
 * previous timestamps, conversations, stream numbers and reassembly buffers (each dissector keeps
 * its own state object, see {@link #state}).
 *
 * <p>A session is primed with the fields its users need ({@link #needing}); dissectors that can
 * produce none of them, directly or through the protocols they call, do not run, and fields
 * nobody needs are not recorded. {@link #dissect} refills and returns the same {@link Packet}.
 */
public final class Session {

    private final FieldRegistry registry;
    private final Dissectors dissectors;
    private final Packet packet;
    // whether the dissector of each protocol (by the protocol's field id) must run:
    // 0 not decided yet, else ACTIVE or INACTIVE
    private final byte[] activeByProtocol;
    private static final byte ACTIVE = 2;
    private static final byte INACTIVE = 1;
    private final Map<Class<?>, Object> states = new HashMap<>();
    // the state objects by class, for lookups without hashing a Class on every call
    private final IdentitySlots stateSlots = new IdentitySlots(64);
    private final Object[] stateValues = new Object[stateSlots.size()];
    // the dissectors met so far by identity, with their protocol id and whether they run:
    // Dissector.protocol() is an interface call on many classes, too slow for every hand-off
    private final IdentitySlots routeSlots = new IdentitySlots(256);
    private final int[] routes = new int[routeSlots.size()];
    private final boolean wantAll;
    private final boolean tree;
    private final boolean allDissectors;
    private final BitSet wantedFields;

    // time stamps as seconds and nanoseconds, exact over any range (frame.time_* deltas)
    private long firstSeconds;
    private int firstNanos;
    private long previousSeconds;
    private int previousNanos;
    private long displayedSeconds;
    private int displayedNanos;
    private boolean anyDisplayed;
    // the header pass's look at frames before their packet (null until the first frame decided it)
    private FrameScreen screen;
    private long framesScreened;
    private long frames;
    private long malformedFrames;
    private long dissectorFailures;
    private RuntimeException lastDissectorFailure;
    // link types of frames no dissector took past their frame fields (tshark dissects some)
    private final SortedSet<Integer> undissectedLinkTypes = new TreeSet<>();
    private int lastUndissectedLinkType = -1;

    private Session(FieldRegistry registry, Dissectors dissectors, BitSet fields, boolean all) {
        this(registry, dissectors, fields, all, all);
    }

    private Session(FieldRegistry registry, Dissectors dissectors, BitSet fields, boolean wanted, boolean tree) {
        // text items come from every dissector and from work done for other fields (UDP's
        // Timestamps for its stream): a session that reads them (-Y text, -e text) reads all
        boolean all = wanted || TextItems.FIELD.id() >= 0 && fields.get(TextItems.FIELD.id());
        this.registry = registry;
        this.dissectors = dissectors;
        this.wantAll = all;
        this.tree = tree;
        this.wantedFields = fields;
        this.packet = new Packet(registry, this);
        this.activeByProtocol = new byte[registry.dissectedCount()];
        packet.wantAll(all);
        for (int id = fields.nextSetBit(0); id >= 0; id = fields.nextSetBit(id + 1)) {
            packet.want(id);
        }
        packet.primed();
        FieldSpec protocols = dissectors.frameProtocolsField();
        boolean shared = false;
        for (FieldSpec f : dissectors.sharedFields()) {
            // expert infos and error indications may come from any layer
            shared |= f.id() >= 0 && fields.get(f.id());
        }
        this.allDissectors = all || shared || (protocols != null && fields.get(protocols.id()));
    }

    /** A session over the standard dissectors recording only the given fields (by id). */
    public static Session needing(BitSet fieldIds) {
        return new Session(FieldRegistry.standard(), Dissectors.standard(), (BitSet) fieldIds.clone(),
                false);
    }

    /**
     * A session recording only the given fields (by id) in which dissectors act as they do when
     * Wireshark builds a tree, if {@code buildsTree}: tshark builds one for every frame when it
     * applies a display filter or a tap listener has a filter (a {@code -z} statistic's), and
     * some dissectors (file-jpeg.c) read more, and so find more errors, with one.
     */
    public static Session needing(BitSet fieldIds, boolean buildsTree) {
        return new Session(FieldRegistry.standard(), Dissectors.standard(), (BitSet) fieldIds.clone(),
                false, buildsTree);
    }

    /** A session recording only the named fields; unknown names are ignored. */
    public static Session needing(Collection<String> fieldNames) {
        FieldRegistry reg = FieldRegistry.standard();
        BitSet ids = new BitSet();
        for (String n : fieldNames) {
            FieldDef d = reg.lookup(n);
            if (d != null && d.dissected()) {
                ids.set(d.id());
            }
        }
        return new Session(reg, Dissectors.standard(), ids, false);
    }

    /** A session recording every field (full protocol tree). */
    public static Session full() {
        return new Session(FieldRegistry.standard(), Dissectors.standard(), new BitSet(), true);
    }

    /**
     * A session over another set of dissectors ({@link Dissectors#extended}) recording the named
     * fields; unknown names are ignored.
     */
    public static Session over(Dissectors dissectors, Collection<String> fieldNames) {
        FieldRegistry reg = dissectors.registry();
        BitSet ids = new BitSet();
        for (String n : fieldNames) {
            FieldDef d = reg.lookup(n);
            if (d != null && d.dissected()) {
                ids.set(d.id());
            }
        }
        return new Session(reg, dissectors, ids, false);
    }

    /** A session over another set of dissectors recording every field. */
    public static Session full(Dissectors dissectors) {
        return new Session(dissectors.registry(), dissectors, new BitSet(), true);
    }

    public FieldRegistry registry() {
        return registry;
    }

    public Dissectors dissectors() {
        return dissectors;
    }

    /** Dissects the next frame of the capture; the returned packet is reused by the next call. */
    public Packet dissect(Frame frame) {
        return dissect(frame, null);
    }

    /**
     * Dissects the next frame of the capture unless the sieve rejects it from its headers alone
     * ({@link HeaderView}): then returns null, having dissected nothing, with the session's
     * frame count and times moved on as if it had. A frame whose dissection would add more than
     * its headers, or change what the session keeps across frames, is always dissected, so the
     * packets of later frames are the same either way. The returned packet is reused by the next
     * call. A null sieve rejects nothing.
     *
     * <p>The commonest frames are shown to the sieve straight from the capture's buffer, before
     * the packet is reset to them ({@link FrameScreen}); a filter on addresses and ports then
     * costs most frames a few header reads ({@link #framesScreened}).
     */
    public Packet dissect(Frame frame, Sieve sieve) {
        return select(frame, sieve, null);
    }

    /**
     * {@link #dissect(Frame, Sieve)} for a caller that reads only {@code shown} from the packets
     * that pass: when the sieve finds from the headers that a frame's packet passes
     * ({@link Sieve.Verdict#PASSES}) and every field of {@code shown} is one the capture record
     * gives ({@link FrameDissector#recordOnly}: number, times, lengths, interface, comments;
     * nothing with {@code -w} or {@code -q}), the frame is not dissected either. Its packet then
     * holds only the record's fields and {@link Packet#passedBy()} is the sieve, which the
     * filter's test takes for a pass. A null {@code shown} never leaves a passing frame undissected.
     */
    public Packet select(Frame frame, Sieve sieve, BitSet shown) {
        return select(frame, sieve, shown, false) == Selection.DISSECTED ? packet : null;
    }

    /** What {@link #selectPrinting} did with a frame. */
    public enum Selection {
        /** The sieve rejected the frame: nothing to show ({@link #select} returns null). */
        REJECTED,
        /**
         * The sieve passed the frame from its bytes and nothing was dissected: the caller prints
         * its fields from the capture record ({@link FrameDissector#appendRecordField}); the
         * session's packet is not this frame's.
         */
        PASSED_ON_RECORD,
        /** The frame was dissected into the session's {@link #packet()}, as by {@link #select}. */
        DISSECTED
    }

    /**
     * {@link #select} for a caller that prints the fields of {@code shown} itself from the capture
     * record when {@link FrameDissector#printedFromRecord} prints them all: a frame whose bytes
     * alone show that it passes the sieve ({@link FrameScreen}) is then counted, but neither
     * reset to nor dissected ({@link Selection#PASSED_ON_RECORD}). That spares such a frame the
     * packet's reset, the frame dissector's fields and their formatting: the frames a filter on
     * addresses and ports passes (13.5 % of big4.pcap's for the core filter) cost a run printing
     * their numbers about a tenth of its time. Every other frame goes as {@link #select} takes it.
     */
    public Selection selectPrinting(Frame frame, Sieve sieve, BitSet shown) {
        return select(frame, sieve, shown, true);
    }

    /** The packet {@link #select} and {@link #selectPrinting} dissect into, reused frame after frame. */
    public Packet packet() {
        return packet;
    }

    private Selection select(Frame frame, Sieve sieve, BitSet shown, boolean printedFromRecord) {
        Sieve.Verdict verdict = sieve == null ? Sieve.Verdict.OPEN : screened(frame, sieve);
        if (verdict == Sieve.Verdict.FAILS) {
            count(frame);
            end(frame);
            framesScreened++;
            return Selection.REJECTED;
        }
        if (verdict == Sieve.Verdict.PASSES && printedFromRecord && shown != null
                && FrameDissector.printedFromRecord(shown)) {
            count(frame);
            end(frame);
            return Selection.PASSED_ON_RECORD;
        }
        begin(frame);
        if (verdict == Sieve.Verdict.OPEN && sieve != null) {
            verdict = verdict(sieve);
        }
        if (verdict == Sieve.Verdict.FAILS) {
            end(frame);
            return Selection.REJECTED;
        }
        if (verdict == Sieve.Verdict.PASSES && shown != null && FrameDissector.recordOnly(shown)) {
            packet.passedBy(sieve);
        }
        dissectBegun();
        end(frame);
        return Selection.DISSECTED;
    }

    /**
     * What the sieve finds in the headers of the frame now begun. A failure there (a bug) must
     * not end the run: the frame is then dissected, where a failure is contained and counted.
     */
    private Sieve.Verdict verdict(Sieve sieve) {
        try {
            HeaderView headers = dissectors.frame().headerView(packet);
            return headers == null ? Sieve.Verdict.OPEN : sieve.verdict(headers);
        } catch (RuntimeException e) {
            return Sieve.Verdict.OPEN;
        }
    }

    /**
     * What the session's {@link FrameScreen} tells of the frame from its bytes, before the packet
     * is reset to it. The screen exists once the session's first frame decided what runs; a
     * failure there (a bug) tells nothing: the frame takes the usual way.
     */
    private Sieve.Verdict screened(Frame frame, Sieve sieve) {
        if (screen == null) {
            screen = dissectors.frame().screen(this);
            if (screen == null) {
                return Sieve.Verdict.OPEN;
            }
        }
        try {
            return screen.verdict(frame, sieve);
        } catch (RuntimeException e) {
            return Sieve.Verdict.OPEN;
        }
    }

    private void begin(Frame frame) {
        count(frame);
        packet.reset(frame);
    }

    /** Moves the session's frame count and times on to the frame. */
    private void count(Frame frame) {
        if (frames == 0) {
            firstSeconds = frame.epochSeconds();
            firstNanos = frame.nanoOfSecond();
            previousSeconds = firstSeconds;
            previousNanos = firstNanos;
        }
        if (!anyDisplayed) {
            // as Wireshark: before the first displayed frame, a frame is its own previous
            // displayed one (its frame.time_delta_displayed is 0), not the capture's first
            displayedSeconds = frame.epochSeconds();
            displayedNanos = frame.nanoOfSecond();
        }
        frames++;
    }

    private void dissectBegun() {
        try {
            dissectors.frame().dissectFrame(packet);
        } catch (Truncated t) {
            packet.markTruncated(t);
        } catch (RuntimeException e) {
            // a dissector bug must not end the run: the frame is marked, the next one goes on,
            // and the failure is kept for whoever wants to know (tests, diagnostics)
            packet.markMalformed();
            dissectorFailures++;
            lastDissectorFailure = e;
        }
        if (packet.malformed()) {
            malformedFrames++;
        }
    }

    private void end(Frame frame) {
        previousSeconds = frame.epochSeconds();
        previousNanos = frame.nanoOfSecond();
    }

    /** Tells the session the current packet is displayed (for frame.time_delta_displayed). */
    public void displayed(Packet p) {
        displayed(p.frame());
    }

    /** Tells the session the frame is displayed (for frame.time_delta_displayed). */
    public void displayed(Frame f) {
        displayedSeconds = f.epochSeconds();
        displayedNanos = f.nanoOfSecond();
        anyDisplayed = true;
    }

    /** Seconds since the epoch of the first frame's time stamp (frame.time_relative counts from it). */
    public long firstSeconds() {
        return firstSeconds;
    }

    /** Nanoseconds of the first frame's time stamp. */
    public int firstNanos() {
        return firstNanos;
    }

    /** Seconds of the previous frame's time stamp, or of this one's for the first frame. */
    public long previousSeconds() {
        return previousSeconds;
    }

    public int previousNanos() {
        return previousNanos;
    }

    /**
     * Seconds of the last displayed frame's time stamp ({@link #displayed}); before any frame was
     * displayed, the current frame's own (so its frame.time_delta_displayed is 0, as in tshark).
     */
    public long displayedSeconds() {
        return displayedSeconds;
    }

    public int displayedNanos() {
        return displayedNanos;
    }

    public long framesDissected() {
        return frames;
    }

    /**
     * How many frames a sieve rejected from their bytes alone ({@link FrameScreen}), before the
     * packet was reset to them: a part of the frames {@link #select} returned null for.
     */
    public long framesScreened() {
        return framesScreened;
    }

    public long malformedFrames() {
        return malformedFrames;
    }

    /**
     * Number of frames on which a dissector failed with an exception other than
     * {@link Truncated} (a bug: the frame was marked malformed and dissection went on).
     */
    public long dissectorFailures() {
        return dissectorFailures;
    }

    /** The exception of the latest {@linkplain #dissectorFailures() dissector failure}, or null. */
    public RuntimeException lastDissectorFailure() {
        return lastDissectorFailure;
    }

    /**
     * The link types ({@code LINKTYPE_*}) of frames dissected so far for which sharkfin has no
     * link-layer dissector: those frames hold their frame fields only, so a caller should say so
     * (tshark dissects 802.11, PPP and others). Ascending; empty when every frame had one.
     */
    public SortedSet<Integer> undissectedLinkTypes() {
        return Collections.unmodifiableSortedSet(undissectedLinkTypes);
    }

    /** Notes a frame of {@code linkType} that no link-layer dissector takes. */
    public void undissectedLinkType(int linkType) {
        if (linkType != lastUndissectedLinkType) {
            lastUndissectedLinkType = linkType;
            undissectedLinkTypes.add(linkType);
        }
    }

    /**
     * Whether every dissector runs whatever its fields: every field is wanted, or
     * frame.protocols (which names every layer, {@code _ws.malformed} included), or findings of
     * any layer. A dissector that skips work nobody reads must then do it all: a malformed
     * record shows in those.
     */
    public boolean runsAllDissectors() {
        return allDissectors;
    }

    /** Whether every field is recorded. */
    public boolean wantsAll() {
        return wantAll;
    }

    /**
     * Whether dissectors act as under a tree Wireshark builds whatever fields are recorded
     * ({@link #needing(BitSet, boolean)}); a full session does.
     */
    public boolean buildsTree() {
        return tree;
    }

    /** Whether a field is recorded. */
    public boolean wants(FieldSpec f) {
        return wantAll || wantedFields.get(f.id());
    }

    /**
     * Whether a dissector must run in this session: one of its fields is needed, or one of the
     * protocols it calls must run, or frame.protocols (which names every layer) is needed.
     */
    public boolean active(Dissector d) {
        return (route(d) & 1) != 0;
    }

    /**
     * The field id of {@code d}'s protocol shifted left by one, or-ed with 1 when {@code d} must
     * run (for {@link Packet#call}, once per hand-off).
     */
    int route(Dissector d) {
        // asked for every hand-off of every frame
        int slot = routeSlots.find(d);
        return slot >= 0 ? routes[slot] : addRoute(d, slot);
    }

    private int addRoute(Dissector d, int missing) {
        int id = d.protocol().id();
        int route = id << 1 | (allDissectors || activeById(d, id) ? 1 : 0);
        if (missing != IdentitySlots.FULL) {
            routes[routeSlots.put(d, missing)] = route;
        }
        return route;
    }

    private boolean activeById(Dissector d, int id) {
        if (id < 0 || id >= activeByProtocol.length) {
            return computeActive(d); // a dissector outside this session's registry
        }
        byte a = activeByProtocol[id];
        if (a == 0) {
            a = computeActive(d) ? ACTIVE : INACTIVE;
            activeByProtocol[id] = a;
        }
        return a == ACTIVE;
    }

    private boolean computeActive(Dissector start) {
        Deque<Dissector> todo = new ArrayDeque<>();
        IdentityHashMap<Dissector, Boolean> seen = new IdentityHashMap<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Dissector d = todo.poll();
            if (seen.put(d, Boolean.TRUE) != null) {
                continue;
            }
            for (FieldSpec f : d.fields()) {
                if (wantedFields.get(f.id())) {
                    return true;
                }
            }
            if (wantedFields.get(d.protocol().id())) {
                return true;
            }
            List<String> calls = d.calls();
            for (String name : calls) {
                Dissector next = dissectors.byName(name);
                if (next != null) {
                    todo.add(next);
                }
            }
        }
        return false;
    }

    /** The state object a dissector keeps across frames, created on first use. */
    @SuppressWarnings("unchecked")
    public <T> T state(Class<T> key, Supplier<T> init) {
        int slot = stateSlots.find(key);
        if (slot >= 0) {
            return (T) stateValues[slot];
        }
        Object s = states.get(key);
        if (s == null) {
            s = init.get();
            states.put(key, s);
        }
        if (slot != IdentitySlots.FULL) {
            stateValues[stateSlots.put(key, slot)] = s;
        }
        return (T) s;
    }
}
