package io.sharkfin.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command lines picocli cannot read: status 1, the reason, and a pointer to what was likely meant. */
class UsageErrorsTest {

    private static final String LAB = "src/test/resources/corpus/captures/lab-c2-a.pcap";

    @Test
    void aCaptureWithoutDashRSaysHowToReadIt() {
        CliRun r = CliRun.of(LAB);
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("sharkfin: Unmatched argument at index 0: '" + LAB + "'\n"
                + "To read it: sharkfin -r " + LAB + "; to explore it: sharkfin repl " + LAB + "\n"
                + "Try 'sharkfin --help' for more information.\n", r.err());
    }

    @Test
    void otherUnmatchedArgumentsGetNoSuchHint() {
        CliRun missing = CliRun.of("no/such/capture.pcap");
        assertEquals(1, missing.code());
        assertFalse(missing.err().contains("To read it"), missing.err());
        CliRun option = CliRun.of("-r", LAB, "--bogus");
        assertEquals(1, option.code());
        assertTrue(option.err().startsWith("sharkfin: Unknown option: '--bogus'"), option.err());
        assertFalse(option.err().contains("To read it"), option.err());
    }
}
