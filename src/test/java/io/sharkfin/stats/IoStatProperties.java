package io.sharkfin.stats;

import io.sharkfin.cli.CliRun;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever an {@code io,stat} argument holds, sharkfin prints a table or refuses the argument
 * with a message: no other exception, no frame it fails to count, no endless table.
 */
class IoStatProperties {
    private static final FieldRegistry REGISTRY = FieldRegistry.standard();
    private static final String CAPTURE = "src/test/resources/corpus/captures/cs-dns_lab.pcapng";

    @Provide
    Arbitrary<String> arguments() {
        Arbitrary<String> interval = Arbitraries.oneOf(
                Arbitraries.of("0", "1", "0.5", "1.0", "1.00", " 2", "-1", "1e-7", "1e300", "nan", "inf", "0x10",
                        "0.000001", "0.3", "99999999999999999999", "", "1x", "+3", ".5", "5."),
                Arbitraries.doubles().between(0, 100).map(d -> Double.toString(d)));
        Arbitrary<String> token = Arbitraries.of("COUNT", "SUM", "MIN", "MAX", "AVG", "LOAD", "FRAMES", "BYTES",
                "FRAMES BYTES", "(", ")", "()", "frame.len", "tcp.len", "dns.time", "frame.time_delta", "ip.src",
                "ip.ttl", "udp", " ", ",", "dns", " == ", "1", "&&", "tcp.time_delta", "icmp.resptime", "\"",
                "no.such", "tcp.flags.syn", "{", "}", "é", "\t");
        Arbitrary<String> columns = token.list().ofMaxSize(14).map(l -> String.join("", l));
        return Combinators.combine(Arbitraries.of("io,stat,", "io,stat", "io,stat,,", "io,stats,"), interval,
                Arbitraries.of("", ","), columns).as((a, b, c, d) -> a + b + c + d);
    }

    @Property(tries = 3000)
    void anArgumentIsReadOrRefusedWithAMessage(@ForAll("arguments") String arg) {
        try {
            Statistic s = Statistic.of(arg, REGISTRY);
            assertTrue(s instanceof IoStat || !arg.startsWith("io,stat"), arg);
        } catch (IllegalArgumentException | FilterException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), arg);
        }
    }

    @Property(tries = 150)
    void aReadArgumentPrintsATableOverACapture(@ForAll("arguments") String arg) {
        CliRun r = CliRun.of("-r", CAPTURE, "-q", "-z", arg);
        assertTrue(List.of(0, 1, 2).contains(r.code()), arg + ": " + r.err());
        assertFalse(r.err().contains("could not be counted"), arg + ": " + r.err());
        assertFalse(r.err().contains("Exception"), arg + ": " + r.err());
        if (r.code() == 0) {
            String[] lines = r.out().split("\n");
            assertEquals("", lines[0], arg);
            assertTrue(lines[1].matches("=+"), arg);
            assertEquals(lines[1], lines[lines.length - 1], arg);
        } else {
            assertEquals("", r.out(), arg);
            assertTrue(r.err().startsWith("sharkfin: -z"), arg + ": " + r.err());
        }
    }
}
