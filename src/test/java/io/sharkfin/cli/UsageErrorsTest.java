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
    void aMisspelledOutputFieldGetsTheNearestNamesAndAMissingMacroFileSaysSo() {
        CliRun field = CliRun.of("-r", LAB, "-T", "fields", "-e", "dns.qry.nme");
        assertEquals(1, field.code());
        assertEquals("sharkfin: Some fields aren't valid:\n\tdns.qry.nme\nDid you mean dns.qry.name?\n", field.err());
        CliRun macros = CliRun.of("-r", LAB, "-Y", "${x}", "--macros", "no-such-macros-file");
        assertEquals(2, macros.code());
        assertEquals("sharkfin: --macros: cannot read \"no-such-macros-file\": No such file or directory\n", macros.err());
    }

    @Test
    void aFrameCountMustBePositiveAsInTshark() {
        CliRun zero = CliRun.of("-r", LAB, "-c", "0");
        assertEquals(1, zero.code());
        assertEquals("sharkfin: The specified packet count is zero\n", zero.err());
        CliRun negative = CliRun.of("-r", LAB, "-c", "-1");
        assertEquals(1, negative.code());
        assertEquals("sharkfin: The specified packet count \"-1\" is a negative number\n", negative.err());
    }

    @Test
    void anExportDirectoryThatCannotBeMadeSaysWhy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createFile(tmp.resolve("a-file"));
        CliRun r = CliRun.of("-r", LAB, "-q", "--export-objects", "http," + file);
        assertEquals(1, r.code());
        assertEquals("sharkfin: --export-objects: Failed to create export objects output directory \"" + file
                + "\": Not a directory\n", r.err());
    }

    @Test
    void aFilterOnAFieldNeverDissectedSaysSoAndRunsOn() {
        // smb (SMB1) is Wireshark's and compiles, as in tshark, but sharkfin never fills it: the
        // read says why nothing matches; a field it dissects says nothing
        CliRun r = CliRun.of("-r", LAB, "-Y", "smb || dns.flags.rcode == 3", "-T", "fields", "-e", "frame.number");
        assertEquals(0, r.code(), r.err());
        assertEquals("sharkfin: warning: smb is not dissected by sharkfin: it never occurs\n", r.err());
        assertTrue(r.out().startsWith("48\n50\n"), r.out());
        assertEquals("", CliRun.of("-r", LAB, "-Y", "dns.flags.rcode == 3", "-T", "fields", "-e", "frame.number").err());
    }

    @Test
    void aMisspelledNameGetsTheNearestOnes() {
        CliRun fields = CliRun.of("fields", "tcp.prot");
        assertEquals(1, fields.code());
        assertEquals("sharkfin: no field starts with \"tcp.prot\" (try --all for fields sharkfin does not dissect)\n"
                + "Did you mean tcp.port?\n", fields.err());
        CliRun read = CliRun.of("-r", LAB, "-Y", "dns.qry.nme == \"x\"");
        assertEquals(2, read.code());
        assertTrue(read.err().endsWith("^~~~~~~~~~~\nDid you mean dns.qry.name?\n"), read.err());
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

    @Test
    void aSubcommandPointsToItsOwnHelpAndPackRunNeverSaysAlertsForATypo() {
        CliRun rules = CliRun.of("rules", "--bogus");
        assertEquals(1, rules.code());
        assertTrue(rules.err().endsWith("Try 'sharkfin rules --help' for more information.\n"), rules.err());
        // pack run's status 1 means alerts and pack test's a failed test: a usage error is 2 there
        for (String sub : new String[]{"run", "test"}) {
            CliRun pack = sub.equals("run") ? CliRun.of("pack", sub, "--bogus", "-r", LAB, "filters/dns.yaml")
                    : CliRun.of("pack", sub, "--bogus", "filters/dns.yaml");
            assertEquals(2, pack.code(), pack.err());
            assertTrue(pack.err().startsWith("sharkfin: Unknown option: '--bogus'"), pack.err());
            assertTrue(pack.err().endsWith("Try 'sharkfin pack " + sub + " --help' for more information.\n"),
                    pack.err());
        }
    }
}
