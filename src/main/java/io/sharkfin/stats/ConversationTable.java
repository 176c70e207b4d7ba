package io.sharkfin.stats;

import io.sharkfin.dissect.Packet;

import java.io.PrintWriter;

/**
 * {@code -z conv,TYPE[,FILTER]}: the conversations of Ethernet, IPv4, IPv6, TCP or UDP headers,
 * both directions together, as Wireshark's conversation_table.c counts them and
 * ui/cli/tap-iousers.c prints them. A conversation's A side is the source of its first header;
 * "->" counts A to B, "<-" B to A. TCP conversations are tcp.streams. Rows are printed busiest
 * (most frames) first, conversations of equal frames in the order they began.
 */
public final class ConversationTable extends TapTable<ConversationTable.Key, ConversationTable.Conversation> {

    record Key(String a, String b, int portA, int portB, long id) {
    }

    static final class Conversation {
        final Tap.Header first;
        long framesAtoB;
        long bytesAtoB;
        long framesBtoA;
        long bytesBtoA;
        long startSeconds;
        int startNanos;
        long stopSeconds;
        int stopNanos;

        Conversation(Tap.Header first, long seconds, int nanos) {
            this.first = first;
            startSeconds = stopSeconds = seconds;
            startNanos = stopNanos = nanos;
        }

        long frames() {
            return framesAtoB + framesBtoA;
        }

        /** As conversation_table.c moves the ends: later than the last, else earlier than the first. */
        void at(long seconds, int nanos) {
            if (compare(seconds, nanos, stopSeconds, stopNanos) > 0) {
                stopSeconds = seconds;
                stopNanos = nanos;
            } else if (compare(seconds, nanos, startSeconds, startNanos) < 0) {
                startSeconds = seconds;
                startNanos = nanos;
            }
        }

        private static int compare(long s1, int n1, long s2, int n2) {
            return s1 != s2 ? Long.compare(s1, s2) : Integer.compare(n1, n2);
        }
    }

    ConversationTable(Tap tap) {
        super(tap);
    }

    @Override
    public void accept(Packet p) {
        tap.read(p, this::count);
    }

    private void count(Tap.Header h, long bytes, long seconds, int nanos) {
        Key forward = new Key(h.src(), h.dst(), h.srcPort(), h.dstPort(), h.conversationId());
        Conversation c = row(forward);
        boolean aToB = c != null;
        if (c == null) {
            c = row(new Key(h.dst(), h.src(), h.dstPort(), h.srcPort(), h.conversationId()));
        }
        if (c == null) {
            c = row(forward, k -> new Conversation(h, seconds, nanos));
            aToB = true;
        }
        if (aToB) {
            c.framesAtoB++;
            c.bytesAtoB += bytes;
        } else {
            c.framesBtoA++;
            c.bytesBtoA += bytes;
        }
        c.at(seconds, nanos);
    }

    @Override
    public void print(PrintWriter out) {
        boolean ports = tap.type.hasPorts();
        String indent = ports ? " ".repeat(12) : "";
        heading(out, "Conversations");
        out.println(indent + " ".repeat(47)
                + "|       <-      | |       ->      | |     Total     |    Relative    |   Duration   |");
        out.println(indent + " ".repeat(47)
                + "| Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |");
        int width = ports ? 26 : 20;
        for (Conversation c : TableText.busiestFirst(rows, Conversation::frames)) {
            Tap.Header h = c.first;
            String a = ports ? h.src() + ":" + h.srcPort() : h.src();
            String b = ports ? h.dst() + ":" + h.dstPort() : h.dst();
            double start = TableText.seconds(c.startSeconds, c.startNanos);
            double stop = TableText.seconds(c.stopSeconds, c.stopNanos);
            out.println(TableText.padRight(a, width) + " <-> " + TableText.padRight(b, width)
                    + "  " + TableText.pad(Long.toString(c.framesBtoA), 6) + " " + TableText.padRight(TableText.size(c.bytesBtoA), 9)
                    + "  " + TableText.pad(Long.toString(c.framesAtoB), 6) + " " + TableText.padRight(TableText.size(c.bytesAtoB), 9)
                    + "  " + TableText.pad(Long.toString(c.frames()), 6) + " "
                    + TableText.padRight(TableText.size(c.bytesAtoB + c.bytesBtoA), 9)
                    + "  " + TableText.fixed(start, 14, 9) + "   " + TableText.fixed(stop - start, 12, 4));
        }
        out.println(TableText.RULE);
    }
}
