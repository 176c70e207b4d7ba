package io.sharkfin.dissect.protocol.dns;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus filter cases (cases.tsv, tshark 4.0.17's verdicts) that use only DNS fields, ip.addr
 * and udp, each written here as a predicate over the fields our dissector gives: the frames
 * selected must be tshark's, capture by capture.
 */
class DnsFilterCasesTest {

    private static final List<String> FIELDS = List.of("dns", "dns.a", "dns.flags.rcode",
            "dns.flags.response", "dns.qry.type", "dns.qry.name", "ip.addr", "udp");
    private static final Pattern QNAME_EQ = Pattern.compile("dns\\.qry\\.name == \"([^\"]*)\"");
    private static final Pattern DNS_ADDR = Pattern.compile("dns && ip\\.addr == ([0-9.]+)(?:/(\\d+))?");

    /** Wireshark's `matches` is case-insensitive by default. */
    private static final Pattern DGA = Pattern.compile("^[a-z0-9]{10,16}\\.(com|net|biz|info|top|xyz)$",
            Pattern.CASE_INSENSITIVE);

    @Test
    void dnsFilterCasesSelectTsharksFrames() throws IOException {
        Map<String, List<DnsRun.FrameView>> runs = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        List<String> cases = Files.readAllLines(DnsRun.CAPTURES.resolve("cases.tsv"), StandardCharsets.UTF_8);
        for (String line : cases.subList(1, cases.size())) {
            String[] c = line.split("\t", -1);
            Predicate<DnsRun.FrameView> filter = predicate(c[1]);
            if (filter == null) {
                continue;
            }
            List<DnsRun.FrameView> frames = runs.computeIfAbsent(c[0], DnsFilterCasesTest::run);
            List<String> selected = new ArrayList<>();
            for (DnsRun.FrameView f : frames) {
                if (filter.test(f)) {
                    selected.add(Long.toString(f.number()));
                }
            }
            String got = String.join(",", selected);
            if (!got.equals(c[2])) {
                problems.add(c[0] + " [" + c[1] + "]: tshark " + c[2] + " ours " + got);
            }
            checked++;
        }
        assertTrue(checked >= 300, "only " + checked + " cases checked");
        assertEquals(List.of(), problems);
    }

    private static List<DnsRun.FrameView> run(String capture) {
        return DnsRun.run(DnsRun.CAPTURES.resolve(capture), FIELDS);
    }

    /** The hand-written equivalent of a filter, or null for filters that need other protocols. */
    static Predicate<DnsRun.FrameView> predicate(String filter) {
        switch (filter) {
            case "dns":
                return f -> f.has("dns");
            case "dns.a":
                return f -> f.has("dns.a");
            case "dns.flags.rcode == 3":
                return f -> f.all("dns.flags.rcode").contains("3");
            case "dns.flags.rcode == 0 && dns.flags.response == 1":
                return f -> f.all("dns.flags.rcode").contains("0") && f.all("dns.flags.response").contains("1");
            case "dns.flags.rcode != 0":
                return f -> f.has("dns.flags.rcode") && !f.all("dns.flags.rcode").contains("0");
            case "dns.qry.type == 28":
                return f -> f.all("dns.qry.type").contains("28");
            case "dns.qry.name contains \"example\"":
                return f -> f.all("dns.qry.name").stream().anyMatch(n -> n.contains("example"));
            case "dns.qry.name matches \"^[a-z0-9]{10,16}\\\\.(com|net|biz|info|top|xyz)$\"":
                return f -> f.all("dns.qry.name").stream().anyMatch(n -> DGA.matcher(n).find());
            case "len(dns.qry.name) > 20":
                return f -> f.all("dns.qry.name").stream()
                        .anyMatch(n -> n.getBytes(StandardCharsets.UTF_8).length > 20);
            case "dns.a == 127.0.0.0/8":
                return f -> f.all("dns.a").stream().anyMatch(a -> a.startsWith("127."));
            case "udp && !dns":
                return f -> f.has("udp") && !f.has("dns");
            default:
                break;
        }
        Matcher m = QNAME_EQ.matcher(filter);
        if (m.matches()) {
            String name = m.group(1);
            return f -> f.all("dns.qry.name").contains(name);
        }
        m = DNS_ADDR.matcher(filter);
        if (m.matches()) {
            long net = address(m.group(1));
            int bits = m.group(2) == null ? 32 : Integer.parseInt(m.group(2));
            long mask = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
            return f -> f.has("dns") && f.all("ip.addr").stream().map(DnsFilterCasesTest::address)
                    .anyMatch(a -> (a & mask) == (net & mask));
        }
        return null;
    }

    private static long address(String dotted) {
        long v = 0;
        for (String part : dotted.split("\\.")) {
            v = (v << 8) | Integer.parseInt(part);
        }
        return v;
    }
}
