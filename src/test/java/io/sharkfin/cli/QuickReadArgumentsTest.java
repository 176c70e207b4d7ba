package io.sharkfin.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link QuickReadArguments} reads an argument list into exactly the options picocli reads from
 * it, or declines it (and picocli then handles it as before).
 */
class QuickReadArgumentsTest {

    private static final List<String[]> TAKEN = List.of(
            new String[]{"-r", "a.pcap"},
            new String[]{"-r", "-"},
            new String[]{"-r", "a.pcap", "-Y", "ip.addr == 127.0.0.10 && tcp.port == 443", "-T", "fields",
                    "-e", "frame.number"},
            new String[]{"-n", "-r", "a.pcapng", "--display-filter", "dns", "-T", "fields", "-e", "frame.number",
                    "-e", "dns.qry.name", "-E", "header=y", "-E", "separator=,", "-q"},
            new String[]{"-r", "a.pcap", "-c", "100", "-w", "out.pcap", "-F", "pcap", "-p", "-s", "96"},
            new String[]{"-r", "a.pcap", "--macros", "m.txt", "-Y", "${x}", "-T", "json"},
            new String[]{"-r", "a.pcap", "-c", "010"},
            new String[]{"-r", "a.pcap", "-q", "-z", "conv,tcp", "-z", "follow,tcp,ascii,0"});

    private static final List<String[]> DECLINED = List.of(
            new String[]{},
            new String[]{"--help"},
            new String[]{"-V"},
            new String[]{"fields", "dns."},
            new String[]{"check", "tcp"},
            new String[]{"-i", "eth0"},
            new String[]{"-D"},
            new String[]{"-Y", "tcp"},                       // no -r: picocli's usage and messages
            new String[]{"-rfile.pcap"},                     // attached value
            new String[]{"-qn", "-r", "a.pcap"},             // clustered flags
            new String[]{"-r", "a.pcap", "-r", "b.pcap"},    // given twice
            new String[]{"-r", "a.pcap", "-c", "x"},         // not a number
            new String[]{"-r", "a.pcap", "-Y", "-1 == frame.number"},
            new String[]{"-r", "a.pcap", "--display-filter=tcp"},
            new String[]{"-r", "a.pcap", "-Y"},              // value missing
            new String[]{"-r", "a.pcap", "extra"});

    @Test
    void plainReadsGiveWhatPicocliGives() throws Exception {
        for (String[] args : TAKEN) {
            ReadCommand quick = new ReadCommand();
            assertTrue(QuickReadArguments.parse(args, quick), String.join(" ", args));
            ReadCommand picocli = new ReadCommand();
            new CommandLine(picocli).parseArgs(args);
            for (Field f : optionFields()) {
                assertEquals(f.get(picocli), f.get(quick), f.getName() + " for " + String.join(" ", args));
            }
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (String[] args : DECLINED) {
            assertFalse(QuickReadArguments.parse(args, new ReadCommand()), String.join(" ", args));
        }
    }

    /** A new option of the read command must be taken by the quick path, or be declined on purpose. */
    @Test
    void everyOptionIsKnown() {
        // live capture, and help, version, packet details, bytes and exported objects (picocli's,
        // or slow anyway)
        Set<String> declined = Set.of("-i", "-D", "-f", "-a", "-h", "--help", "-v", "--version", "-V", "-x",
                "--export-objects");
        Set<String> unknown = new TreeSet<>();
        for (Field f : optionFields()) {
            for (String name : f.getAnnotation(CommandLine.Option.class).names()) {
                if (!QuickReadArguments.WITH_VALUE.contains(name) && !QuickReadArguments.FLAGS.contains(name)
                        && !declined.contains(name)) {
                    unknown.add(name);
                }
            }
        }
        assertEquals(Set.of(), unknown);
    }

    private static List<Field> optionFields() {
        return PicocliOptions.of(ReadCommand.class);
    }
}
