package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tls.TlsDissector;

import java.util.List;

/**
 * MySQL on TCP 3306: packets of a 3-byte little-endian length and a sequence number, framed as
 * Wireshark frames them (segments of an unfinished packet show no {@code mysql} layer).
 *
 * <p>Of the protocol's state only what decides the switch to TLS is followed, as Wireshark's
 * {@code dissect_mysql_pdu} does it: the server's greeting (packet 0) starts the login, and a
 * client login request (packet 1) whose capabilities ask for SSL hands the connection to TLS
 * after this frame ({@link TlsDissector#startTls}), its application data shown as MySQL's.
 */
public final class MysqlDissector extends FramedTcpDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("mysql", "MySQL Protocol");
    /** The server port Wireshark registers MySQL on (requests go to it). */
    public static final int PORT = 3306;

    private static final int CAPS_SSL = 0x0800;
    private static final int ERROR_MARKER = 0xff;

    /** Wireshark's connection states, as far as they are followed here. */
    private enum State { UNDEFINED, LOGIN, PAST_LOGIN }

    /** What the dissector remembers of a connection (Wireshark's {@code mysql_conn_data_t}). */
    private static final class Connection {
        State state = State.UNDEFINED;
        boolean tlsStarted;
    }

    private final TlsDissector tls;

    /** MySQL switching to {@code tls} when the client asks for SSL. */
    public MysqlDissector(TlsDissector tls) {
        super(PROTOCOL, "MySQL", 3);
        this.tls = tls;
    }

    /** TLS finds the connection only through MySQL's switch. */
    @Override
    public List<String> calls() {
        return List.of(tls.protocol().name());
    }

    @Override
    int pduLength(Packet p, int buf, int offset) {
        return (p.u8(buf, offset) | p.u8(buf, offset + 1) << 8 | p.u8(buf, offset + 2) << 16) + 4;
    }

    @Override
    void pdu(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        Connection c = tcp.conversationState(Connection.class, Connection::new);
        int number = p.u8(buf, offset + 3);
        boolean response = tcp.dstPort() != PORT;
        if (response) {
            if (number == 0 && c.state == State.UNDEFINED
                    && u8Within(p, buf, offset, length, 4) != ERROR_MARKER) {
                // the greeting (an error packet instead leaves the state)
                c.state = State.LOGIN;
            }
        } else if (c.state == State.LOGIN && number == 1) {
            int caps = u8Within(p, buf, offset, length, 4) | u8Within(p, buf, offset, length, 5) << 8;
            if ((caps & CAPS_SSL) != 0) {
                if (!c.tlsStarted) {
                    c.tlsStarted = true;
                    tls.startTls(p, tcp, PROTOCOL.title());
                }
            } else if (caps != 0) {
                c.state = State.PAST_LOGIN;
            }
        }
    }

    /** Byte {@code at} of the PDU, which ends it when the PDU is shorter (as in Wireshark). */
    private static int u8Within(Packet p, int buf, int offset, int length, int at) {
        if (at >= length) {
            throw Truncated.MALFORMED;
        }
        return p.u8(buf, offset + at);
    }
}
