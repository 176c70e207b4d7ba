package io.sharkfin.ioc.cadence;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.Limits;
import io.sharkfin.ioc.PacketValues;

/**
 * Follows TCP connections and UDP flows by their stream numbers (tcp.stream, udp.stream) and
 * turns them into cadence events: every SYN from a client is a connection attempt of the pair
 * (client, server, port), answered by a SYN-ACK or refused by a reset; a UDP datagram from the
 * flow's initiator after a quiet {@link #UDP_IDLE_NANOS} starts a new event. DNS over UDP is left
 * to the DNS collector, whose pairs are per name.
 *
 * <p>Conversations live in two rings of {@link Limits#OPEN_STREAMS} slots indexed by stream
 * number, so memory does not grow with the number of connections: a conversation is finished
 * (its outcome and byte count written to its pair) when its slot is taken by a newer one or at
 * the end of the capture.
 */
public final class ConnectionTracker implements Collector {

    static final long UDP_IDLE_NANOS = 2_000_000_000L;
    private static final int MASK = Limits.OPEN_STREAMS - 1;
    private static final int SYN = 0x02;
    private static final int RST = 0x04;
    private static final int ACK = 0x10;

    private final IocFields f;
    private final PairTable pairs;
    private final Conversation[] tcp = new Conversation[Limits.OPEN_STREAMS];
    private final Conversation[] udp = new Conversation[Limits.OPEN_STREAMS];

    /** One TCP connection or UDP flow (slots are reused, never freed). */
    private static final class Conversation {
        long stream = -1;
        CadenceSeries series;
        int event = -1;
        int clientPort;
        int serverPort;
        long clientHi;
        long clientLo;
        long clientFamily;
        boolean answered;
        long bytes;
        long lastClientTime;
    }

    public ConnectionTracker(PacketValues values, PairTable pairs) {
        this.f = values.fields();
        this.pairs = pairs;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        int te = PacketValues.last(p, f.tcpStream);
        if (te >= 0) {
            tcp(frame, p, p.num(te));
            return;
        }
        int ue = PacketValues.last(p, f.udpStream);
        if (ue >= 0) {
            udp(frame, p, p.num(ue));
        }
    }

    /** The pair of the TCP connection with this stream number, if it is still followed. */
    public CadenceSeries tcpSeries(long stream) {
        Conversation c = tcp[(int) (stream & MASK)];
        return c != null && c.stream == stream ? c.series : null;
    }

    private void tcp(FrameContext frame, Packet p, long stream) {
        int fe = PacketValues.last(p, f.tcpFlags);
        int se = PacketValues.last(p, f.tcpSrcPort);
        int de = PacketValues.last(p, f.tcpDstPort);
        if (fe < 0 || se < 0 || de < 0) {
            return; // a header cut short before its flags: no connection event to count
        }
        int flags = (int) p.num(fe);
        int sport = (int) p.num(se);
        int dport = (int) p.num(de);
        int slot = (int) (stream & MASK);
        Conversation c = tcp[slot];
        boolean known = c != null && c.stream == stream;
        if ((flags & (SYN | ACK)) == SYN) {
            if (!known) {
                c = start(tcp, slot, stream, frame, PairKind.TCP, sport, dport);
            } else if (!c.answered) {
                // a repeated SYN: the attempt before it got no answer
                if (c.series != null) {
                    c.series.failed(c.event);
                }
            }
            if (c.series != null) {
                c.event = c.series.event(frame.time());
                c.series.evidence().add(frame.number(), frame.time());
            }
        } else if (known && sport == c.serverPort && dport == c.clientPort && c.series != null) {
            if ((flags & (SYN | ACK)) == (SYN | ACK)) {
                c.answered = true;
                c.series.succeeded(c.event);
            } else if ((flags & RST) != 0 && !c.answered) {
                c.series.failed(c.event);
            }
        }
        if (known || (flags & (SYN | ACK)) == SYN) {
            c.bytes += p.frame().originalLength();
        }
    }

    private void udp(FrameContext frame, Packet p, long stream) {
        int se = PacketValues.last(p, f.udpSrcPort);
        int de = PacketValues.last(p, f.udpDstPort);
        if (se < 0 || de < 0) {
            return;
        }
        int sport = (int) p.num(se);
        int dport = (int) p.num(de);
        int slot = (int) (stream & MASK);
        Conversation c = udp[slot];
        if (c == null || c.stream != stream) {
            boolean dns = isDnsPort(sport) || isDnsPort(dport);
            c = start(udp, slot, stream, dns ? null : frame, PairKind.UDP, sport, dport);
        }
        if (c.series == null) {
            return;
        }
        // the ports tell the direction unless both ends use the same one (NTP, mDNS)
        boolean fromClient = sport == c.clientPort && dport == c.serverPort
                && (sport != dport || fromAddress(frame, c));
        if (fromClient) {
            c.series.evidence().add(frame.number(), frame.time());
            if (c.event < 0 || frame.time() - c.lastClientTime >= UDP_IDLE_NANOS
                    || frame.time() < c.lastClientTime) {
                finishEvent(c);
                c.event = c.series.event(frame.time());
                c.answered = false;
                c.bytes = 0;
            }
            c.lastClientTime = frame.time();
        } else if (!c.answered) {
            c.answered = true;
            c.series.succeeded(c.event);
        }
        c.bytes += p.frame().originalLength();
    }

    /**
     * Takes a slot for a new conversation (finishing the one it held); {@code frame} null means a
     * conversation that is not followed (DNS).
     */
    private Conversation start(Conversation[] ring, int slot, long stream, FrameContext frame,
                               PairKind kind, int sport, int dport) {
        Conversation c = ring[slot];
        if (c == null) {
            c = new Conversation();
            ring[slot] = c;
        } else {
            finishEvent(c);
        }
        c.stream = stream;
        c.event = -1;
        c.answered = false;
        c.bytes = 0;
        c.clientPort = sport;
        c.serverPort = dport;
        c.lastClientTime = Long.MIN_VALUE;
        c.series = null;
        long[] key = frame == null ? null : frame.srcKey();
        if (key != null && frame.src() != null) {
            c.clientHi = key[0];
            c.clientLo = key[1];
            c.clientFamily = key[2];
            c.series = pairs.series(PairKey.connection(kind, frame.src(), frame.dst(), dport));
        }
        return c;
    }

    private static boolean fromAddress(FrameContext frame, Conversation c) {
        long[] key = frame.srcKey();
        return key != null && key[0] == c.clientHi && key[1] == c.clientLo && key[2] == c.clientFamily;
    }

    private static void finishEvent(Conversation c) {
        if (c.series == null || c.event < 0) {
            return;
        }
        if (c.answered) {
            c.series.succeeded(c.event);
        } else {
            c.series.failed(c.event);
        }
        c.series.bytes(c.event, c.bytes);
    }

    static boolean isDnsPort(int port) {
        return port == 53 || port == 5353 || port == 5355;
    }

    @Override
    public void finish() {
        for (Conversation c : tcp) {
            if (c != null) {
                finishEvent(c);
                c.series = null;
            }
        }
        for (Conversation c : udp) {
            if (c != null) {
                finishEvent(c);
                c.series = null;
            }
        }
    }
}
