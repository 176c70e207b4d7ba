package io.sharkfin.stats;

import io.sharkfin.cli.CliRun;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stats trees ({@code -z http,tree}, {@code http_req,tree}, {@code http_srv,tree},
 * {@code dns,tree}): the cases the test captures lack, against tshark's output
 * (trees/tree-cases.txt, src/tools/record-statistics.sh), the arguments sharkfin refuses, and
 * the tree mechanism's C arithmetic.
 */
class TreeStatisticTest {
    private static final Path TREES = Path.of("src/test/resources/stats/trees");
    private static final String CAPTURE = TREES.resolve("tree-cases.pcap").toString();

    @Test
    void treeCasesAreTsharks() throws IOException {
        // pipelined messages, 1xx and broken statuses, continuations, IPv6, unsolicited and
        // retransmitted DNS, unnamed types, DNS over TCP, a quoted and a malformed message,
        // a frame stamped before the first
        CliRun r = CliRun.of("-r", CAPTURE, "-q", "-z", "http,tree", "-z", "http_req,tree", "-z", "http_srv,tree",
                "-z", "dns,tree", "-z", "http_srv,tree,ipv6");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(TREES.resolve("tree-cases.txt")), r.out());
    }

    @Test
    void anEmptyFilterIsNoFilter() {
        assertEquals(CliRun.of("-r", CAPTURE, "-q", "-z", "dns,tree").out(),
                CliRun.of("-r", CAPTURE, "-q", "-z", "dns,tree,").out());
    }

    private static final String NAMES = "http|http_req|http_srv|dns|plen|ip_hosts|ip_srcdst|ptype|dests|ipv6_hosts"
            + "|ipv6_srcdst|ipv6_ptype|ipv6_dests";

    @Test
    void treesSharkfinDoesNotHaveAreRefusedNamingThoseItHas() {
        for (String bad : List.of("http_seq,tree", "sip,tree", "dns_qr,tree,udp")) {
            CliRun r = CliRun.of("-r", CAPTURE, "-q", "-z", bad);
            assertEquals(1, r.code(), bad);
            assertTrue(r.err().startsWith("sharkfin: -z: sharkfin has the stats trees " + NAMES.replace("|", ", ")
                    + " (-z " + NAMES + ",tree[,FILTER]), not \""
                    + bad.substring(0, bad.indexOf(','))
                    + "\" in \"" + bad + "\""), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void treeArgumentsNotOfTheFormGetTheListOfForms() {
        for (String bad : List.of("http,treeX", "http", "dns,", "http,stat")) {
            CliRun r = CliRun.of("-r", CAPTURE, "-q", "-z", bad);
            assertEquals(1, r.code(), bad);
            assertTrue(r.err().contains("the stats trees " + NAMES + ",tree[,FILTER], not \"" + bad + "\""),
                    r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void aTreesFilterThatDoesNotCompileIsABadArgument() {
        CliRun r = CliRun.of("-r", CAPTURE, "-q", "-z", "dns,tree,dns.flags ==");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("sharkfin: -z dns,tree,dns.flags ==: "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aDisplayNameIsWhatFollowsTheLastUnescapedSlash() {
        assertEquals("Packet Counter", StatsTree.displayName("HTTP/Packet Counter"));
        assertEquals("DNS", StatsTree.displayName("DNS"));
        assertEquals("A/B", StatsTree.displayName("A//B"));
        assertEquals("C", StatsTree.displayName("A//B/C"));
    }

    @Test
    void theBurstIsTheMostInA100MsWindowOf5MsBuckets() {
        BurstWindow w = new BurstWindow();
        w.add(1, 0.0);     // bucket 0, the list's first (empty, starting at 0 ms)
        w.add(1, 3.0);     // bucket 0 again
        w.add(1, 50.0);    // bucket 10
        assertEquals(3, w.max());
        assertEquals(0.0, w.maxStart());
        w.add(1, 120.0);   // bucket 24: bucket 0 leaves the window (20 buckets), 10 and 24 are left
        w.add(1, 121.0);   // 3 again: the record stays the first
        assertEquals(3, w.max());
        assertEquals(0.0, w.maxStart());
        w.add(1, 150.0);   // bucket 30: bucket 10 leaves
        w.add(1, 151.0);
        assertEquals(4, w.max());
        assertEquals(120.0, w.maxStart()); // the window's first bucket started at 120 ms
    }

    @Test
    void aRecordBeforeTheWindowsStartIsKeptOnlyInsideTheWindow() {
        BurstWindow w = new BurstWindow();
        w.add(1, 10.0);    // bucket 2
        w.add(1, -20.0);   // bucket -4: before the first, within 100 ms of the last bucket
        assertEquals(2, w.max());
        assertEquals(-20.0, w.maxStart()); // the window starts at the earlier bucket
        w.add(1, 200.0);   // bucket 40: all earlier buckets leave
        w.add(1, 50.0);    // bucket 10: too old for the window, not counted
        assertEquals(2, w.max());
    }

    @Test
    void siblingsGoByCountThenNameBackwardsAndTheRootsChildrenAsMade() {
        StatsTree tree = new StatsTree("T/Tree");
        int b = tree.createNode("b", 0, false, true);
        tree.createNode("a", 0, false, true);
        tree.record(0);
        tree.tick("x", b, false);
        tree.tick("y", b, false);
        tree.tick("z", b, false);
        tree.tick("z", b, false);
        tree.average("a", 0, false, 1);
        tree.average("a", 0, false, 2);
        tree.average("a", 0, false, 2);
        tree.record(4000);
        String text = StatsTreeText.render(tree);
        List<String> names = text.lines().skip(5).filter(l -> !l.isBlank() && !l.startsWith("-"))
                .map(l -> l.substring(0, 4).strip()).toList();
        assertEquals(List.of("b", "z", "y", "x", "a"), names);
        // a float division: 5/3 is 1.66666663 as a float, printed 1.67; the rate is per ms
        assertTrue(text.contains("\na    3             1.67          1             2             0.0008        100%"),
                text);
        // "b" was never ticked itself: its children's percent has no base
        assertTrue(text.contains("\n x   1                                                       0.0003        "
                + "              0.0100        0.000"), text);
    }
}
