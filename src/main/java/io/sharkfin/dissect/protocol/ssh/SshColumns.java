package io.sharkfin.dissect.protocol.ssh;

import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * What the SSH dissector wrote into Wireshark's Protocol and Info columns for the frame just
 * dissected, one entry per call: the Protocol column names the version the connection had
 * announced before the frame, which only the dissector's connection state knows, so the summary
 * line's writer reads it here rather than from the fields.
 */
public final class SshColumns {
    private long frame = -1;
    private final List<Call> calls = new ArrayList<>();

    /** The column writes of one call of the dissector, in the order it made them. */
    public static final class Call {
        private final String protocol;
        private final List<String> info = new ArrayList<>();
        private String direction;

        Call(String protocol) {
            this.protocol = protocol;
        }

        /** The Protocol column it set: SSH, SSHv1 or SSHv2. */
        public String protocol() {
            return protocol;
        }

        /** What it appended to the Info column (after clearing it), each part after ", ". */
        public List<String> info() {
            return info;
        }

        /**
         * "Client: " or "Server: ", which it put before the Info column at its end; null when it
         * stopped before (to wait for more bytes, or on an exception).
         */
        public String direction() {
            return direction;
        }

        void append(String part) {
            info.add(part);
        }

        void end(boolean fromServer) {
            direction = fromServer ? "Server: " : "Client: ";
        }
    }

    /** The calls the dissector made for {@code p}, the packet it dissected last (none for others). */
    public static List<Call> of(Packet p) {
        SshColumns c = p.session().state(SshColumns.class, SshColumns::new);
        return c.frame == p.number() ? c.calls : List.of();
    }

    /** Starts a call of the dissector on {@code p}. */
    static Call begin(Packet p, String protocol) {
        SshColumns c = p.session().state(SshColumns.class, SshColumns::new);
        if (c.frame != p.number()) {
            c.frame = p.number();
            c.calls.clear();
        }
        Call call = new Call(protocol);
        c.calls.add(call);
        return call;
    }
}
