package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.BitSet;

/**
 * {@code -z dns,tree}, "DNS" (packet-dns.c {@code dns_stats_tree_*}): every message by
 * query/response, question type and class, rcode and opcode (pivots); the average message size;
 * queries' name lengths and label counts; responses' section counts; unanswered, repeated and
 * answered responses with the answer time.
 */
final class DnsStatsTree implements TreeSource {
    private static final String PACKETS = "Total Packets";
    private static final String PAYLOAD = "Payload size";
    private static final String QNAME_LENGTH = "Qname Len";
    private static final String[] LABELS = {"1st Level", "2nd Level", "3rd Level", "4th Level or more"};
    private static final String QUESTIONS = "no. of questions";
    private static final String ANSWERS = "no. of answers";
    private static final String AUTHORITIES = "no. of authorities";
    private static final String ADDITIONALS = "no. of additionals";
    private static final String UNSOLICITED = "no. of unsolicited responses";
    private static final String RETRANSMISSIONS = "no. of retransmissions";
    private static final String RRT = "request-response time (msec)";

    private final DnsTap tap;
    private int qr;
    private int qtypes;
    private int qclasses;
    private int rcodes;
    private int opcodes;

    DnsStatsTree(FieldRegistry registry) {
        tap = new DnsTap(registry);
    }

    @Override
    public String title() {
        return "DNS";
    }

    @Override
    public void init(StatsTree tree) {
        int packets = tree.createNode(PACKETS, 0, false, true);
        qr = tree.createPivot("Query/Response", packets);
        qtypes = tree.createPivot("Query Type", packets);
        qclasses = tree.createPivot("Class", packets);
        rcodes = tree.createPivot("rcode", packets);
        opcodes = tree.createPivot("opcodes", packets);
        tree.createNode(PAYLOAD, 0, false, false);
        int query = tree.createNode("Query Stats", 0, false, true);
        tree.createNode(QNAME_LENGTH, query, false, false);
        int labels = tree.createNode("Label Stats", query, false, true);
        for (String l : LABELS) {
            tree.createNode(l, labels, false, false);
        }
        int response = tree.createNode("Response Stats", 0, false, true);
        for (String n : new String[] {QUESTIONS, ANSWERS, AUTHORITIES, ADDITIONALS}) {
            tree.createNode(n, response, false, false);
        }
        int service = tree.createNode("Service Stats", 0, false, true);
        tree.createNode(UNSOLICITED, service, false, false);
        tree.createNode(RETRANSMISSIONS, service, false, false);
        tree.createNode(RRT, service, true, false);
    }

    @Override
    public BitSet fields() {
        return tap.fields();
    }

    @Override
    public void tap(Packet p, double nowMs, StatsTree tree) {
        for (DnsTap.Message m : tap.messages(p)) {
            tree.record(nowMs);
            tick(tree, m);
        }
    }

    /** What {@code dns_stats_tree_packet} ticks; the nodes it names under the root are found by name. */
    private void tick(StatsTree tree, DnsTap.Message m) {
        tree.tick(PACKETS, 0, false);
        tree.tickPivot(qr, switch (m.qr()) {
            case 0 -> "Query";
            case 1 -> "Response";
            default -> "Unknown qr (" + m.qr() + ")";
        });
        tree.tickPivot(qtypes, tap.valueName("dns.qry.type", m.qtype(), "Unknown packet type"));
        tree.tickPivot(qclasses, tap.valueName("dns.qry.class", m.qclass(), "Unknown class"));
        tree.tickPivot(rcodes, tap.valueName("dns.flags.rcode", m.rcode(), "Unknown rcode"));
        tree.tickPivot(opcodes, tap.valueName("dns.flags.opcode", m.opcode(), "Unknown opcode"));
        tree.average(PAYLOAD, 0, false, m.payloadSize());
        if (m.qr() == 0) {
            tree.average(QNAME_LENGTH, 0, false, m.qnameLength());
            int labels = m.qnameLabels();
            tree.tick(LABELS[labels >= 1 && labels <= 3 ? labels - 1 : 3], 0, false);
            return;
        }
        sections(tree, m);
        if (m.unsolicited()) {
            tree.tick(UNSOLICITED, 0, false);
            return;
        }
        // packet-dns.c 4.0 counts an answered response's sections twice
        sections(tree, m);
        if (m.retransmission()) {
            tree.tick(RETRANSMISSIONS, 0, false);
        } else {
            // (gfloat)(rrt.secs*1000. + rrt.nsecs/1000000.0)
            tree.average(RRT, 0, false, (float) (m.rrtSeconds() * 1000. + m.rrtNanos() / 1000000.0));
        }
    }

    private static void sections(StatsTree tree, DnsTap.Message m) {
        tree.average(QUESTIONS, 0, false, m.questions());
        tree.average(ANSWERS, 0, false, m.answers());
        tree.average(AUTHORITIES, 0, false, m.authorities());
        tree.average(ADDITIONALS, 0, false, m.additionals());
    }
}
