package io.sharkfin.dissect;

import java.lang.foreign.MemorySegment;

/**
 * What a {@link Sieve} sees of a frame before it is dissected: the frame has the common shape
 * whose dissection adds nothing but its headers (Ethernet II, at most one 802.1Q tag, IPv4
 * without options that is not a fragment or IPv6 without extension headers, TCP or UDP whose
 * payload no dissector of the session takes, or only one that adds its own fields and keeps
 * nothing, such as a QUIC short header packet), so which fields its packet can hold is known in
 * advance, and some of their values can be read straight from the header bytes.
 *
 * <p>A view is valid only during the {@link Sieve#rejects} call it is passed to.
 */
public interface HeaderView {

    /**
     * Whether the frame's packet can hold the field (by id) at all. A field it cannot hold is
     * absent: every relation on it is false, as in the dissected packet.
     */
    boolean mayHold(int fieldId);

    /**
     * How many times the field (by id) occurs in the frame's packet, read from the headers; -1
     * when the view cannot tell without dissecting. A protocol is counted (the layers are known)
     * but has neither value nor bytes here: its {@link #length} is 0.
     */
    int count(int fieldId);

    /**
     * The value of occurrence {@code i} (in the packet's order) of a numeric field the view
     * counted, as {@link Packet#num} gives it for the dissected entry: an unsigned number, a
     * boolean (0 or 1) or an IPv4 address.
     */
    long value(int fieldId, int i);

    /**
     * The byte length of a counted field whose value is bytes (MAC and IPv6 addresses: the
     * dissected entry's {@link Packet#len}); 0 for a numeric one.
     */
    int length(int fieldId);

    /** The frame's bytes, where the values of bytes-valued fields lie ({@link #offset}). */
    MemorySegment bytes();

    /**
     * Where occurrence {@code i} of a counted bytes-valued field starts in {@link #bytes()}, as
     * the dissected entry's {@link Packet#off}.
     */
    long offset(int fieldId, int i);
}
