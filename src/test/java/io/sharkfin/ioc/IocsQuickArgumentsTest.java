package io.sharkfin.ioc;

import io.sharkfin.cli.PicocliOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.lang.reflect.Field;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code iocs} without picocli ({@link IocsCommand#runQuick}) reads an argument list into exactly
 * the options picocli reads from it, or declines it (and picocli then handles it as before).
 */
class IocsQuickArgumentsTest {

    private static final List<String[]> TAKEN = List.of(
            new String[]{"iocs", "-r", "a.pcap"},
            new String[]{"iocs", "-r", "-"},
            new String[]{"iocs", "-r", "a.pcap", "--format", "json", "-o", "report.json"},
            new String[]{"iocs", "-Y", "ip.addr == 10.0.0.5", "-r", "c2.pcapng", "--emit-pack", "c2.yaml",
                    "--format", "html", "-o", "c2.html"},
            new String[]{"iocs", "-r", "a.pcap", "-Y", ""});

    private static final List<String[]> DECLINED = List.of(
            new String[]{},
            new String[]{"iocs"},
            new String[]{"iocs", "--help"},
            new String[]{"iocs", "-r", "a.pcap", "-h"},
            new String[]{"iocs", "-r"},                                 // value missing
            new String[]{"iocs", "-Y", "tcp"},                          // no -r: picocli's message
            new String[]{"iocs", "-r", "a.pcap", "-r", "b.pcap"},       // given twice
            new String[]{"iocs", "-r", "a.pcap", "--format", "xml"},    // picocli lists the formats
            new String[]{"iocs", "-r", "a.pcap", "--format", "JSON"},
            new String[]{"iocs", "-r", "a.pcap", "--format=json"},      // attached value
            new String[]{"iocs", "-ra.pcap"},
            new String[]{"iocs", "-r", "a.pcap", "-Y", "-1 == frame.number"},
            new String[]{"iocs", "-r", "a.pcap", "extra", "words"},
            new String[]{"-r", "a.pcap", "-Y", "dns"},                  // the read command
            new String[]{"pack", "run", "filters/"});

    @Test
    void plainArgumentsGiveWhatPicocliGives() throws Exception {
        for (String[] args : TAKEN) {
            assertSame(args);
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (String[] args : DECLINED) {
            assertFalse(new IocsCommand().parseQuick(args), String.join(" ", args));
        }
    }

    /** A new option of iocs must be taken by the quick path too. */
    @Test
    void everyOptionIsTaken() throws Exception {
        for (Field f : optionFields()) {
            for (String name : f.getAnnotation(CommandLine.Option.class).names()) {
                String[] args = name.equals("-r") ? new String[]{"iocs", "-r", "a.pcap"}
                        : new String[]{"iocs", "-r", "a.pcap", name, name.equals("--format") ? "md" : "value"};
                assertSame(args);
            }
        }
    }

    private static void assertSame(String[] args) throws Exception {
        IocsCommand quick = new IocsCommand();
        assertTrue(quick.parseQuick(args), String.join(" ", args));
        IocsCommand picocli = new IocsCommand();
        new CommandLine(picocli).parseArgs(List.of(args).subList(1, args.length).toArray(String[]::new));
        for (Field f : optionFields()) {
            assertEquals(f.get(picocli), f.get(quick), f.getName() + " for " + String.join(" ", args));
        }
    }

    private static List<Field> optionFields() {
        return PicocliOptions.of(IocsCommand.class);
    }
}
