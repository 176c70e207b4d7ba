package io.sharkfin.dissect.protocol.quic;

/**
 * What Wireshark reads of a packet's header before dissecting it ({@code quic_extract_header}):
 * the packet type, version and connection IDs. A CID longer than 20 bytes is recorded as empty;
 * a short header's DCID is the next 20 bytes, its real length being unknown.
 */
record Header(int firstByte, long version, int type, Cid dcid, Cid scid) {

    boolean isLong() {
        return (firstByte & 0x80) != 0;
    }

    /** Reads the header at the start of {@code t}; throws where Wireshark's reads would. */
    static Header read(Tvb t) {
        int at = t.start;
        int first = t.u8(at);
        at++;
        if ((first & 0x80) == 0) {
            return new Header(first, 0, QuicVersion.SHORT, Cid.of(t.bytes(at, Cid.MAX_LENGTH)), Cid.EMPTY);
        }
        long version = t.u32(at);
        int type = version == 0 ? QuicVersion.VERSION_NEGOTIATION
                : QuicVersion.longPacketType(first, version);
        at += 4;
        int dcil = t.u8(at);
        at++;
        Cid dcid = dcil > 0 && dcil <= Cid.MAX_LENGTH ? Cid.of(t.bytes(at, dcil)) : Cid.EMPTY;
        at += dcil;
        int scil = t.u8(at);
        at++;
        Cid scid = scil > 0 && scil <= Cid.MAX_LENGTH ? Cid.of(t.bytes(at, scil)) : Cid.EMPTY;
        return new Header(first, version, type, dcid, scid);
    }
}
