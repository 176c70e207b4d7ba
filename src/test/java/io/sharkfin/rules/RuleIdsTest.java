package io.sharkfin.rules;

import io.sharkfin.cli.CliRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ids of generated rules: a filter given alone gets ids derived from its text (the same filter
 * the same ids, two filters different ones), so the rules of several runs can be put in one
 * file; a pack rule keeps the ids it had.
 */
class RuleIdsTest {
    private static final Pattern SIGMA_ID = Pattern.compile("(?m)^id: (\\S+)$");
    private static final Pattern SID = Pattern.compile("sid:(\\d+);");

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String sigma(String filter) throws Exception {
        return SigmaGenerator.generate(RuleSource.of(filter)).text();
    }

    private static String suricata(String filter) throws Exception {
        return SuricataGenerator.generate(RuleSource.of(filter)).text();
    }

    @Test
    void sigmaIdsFollowTheFilter() throws Exception {
        List<String> c = all(SIGMA_ID, sigma("dns.qry.name == \"c\""));
        List<String> d = all(SIGMA_ID, sigma("dns.qry.name == \"d\""));
        assertEquals(1, c.size());
        assertNotEquals(c, d);
        assertEquals(c, all(SIGMA_ID, sigma("dns.qry.name == \"c\"")));
        assertEquals(c, all(SIGMA_ID, sigma("  dns.qry.name   ==\t\"c\" ")), "white space outside strings does not count");
        assertNotEquals(c, all(SIGMA_ID, sigma("dns.qry.name == \"c \"")), "white space inside a string does");
        // the Zeek and the proxy rule of one HTTP filter stay apart
        List<String> http = all(SIGMA_ID, sigma("http.user_agent contains \"curl\""));
        assertEquals(2, new HashSet<>(http).size(), http.toString());
    }

    @Test
    void suricataSidsFollowTheFilterInTheLocalRange() throws Exception {
        Set<Long> bases = new HashSet<>();
        for (String f : List.of("dns.qry.name == \"c\"", "dns.qry.name == \"d\"", "tcp.dstport == 80",
                "http.user_agent contains \"curl\"", "ip.addr == 10.0.0.1 || ip.addr == 10.0.0.2")) {
            RuleSource s = RuleSource.of(f);
            assertTrue(s.sid() >= 1_000_000 && s.sid() + 9 <= 1_999_999, f + ": " + s.sid());
            assertEquals(0, s.sid() % 10, "a block of ten: " + s.sid());
            assertEquals(s.sid(), RuleSource.of(f).sid());
            bases.add(s.sid());
        }
        assertEquals(5, bases.size(), bases.toString());
        // rules of separate runs concatenated: no sid twice
        String file = suricata("dns.qry.name == \"c\"") + "\n" + suricata("dns.qry.name == \"d\"") + "\n"
                + suricata("ip.addr == 10.0.0.1 || ip.addr == 10.0.0.2");
        assertEquals(List.of(), SuricataLint.check(file));
        assertEquals(4, new HashSet<>(all(SID, file)).size(), file);
    }

    @Test
    void theSidOptionSetsTheFirstSid() {
        CliRun r = CliRun.of("rules", "--to", "suricata", "--sid", "1500000", "tcp.port == 80 || udp.port == 53");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("1500000", "1500001"), all(SID, r.out()));
        CliRun pack = CliRun.of("rules", "--to", "suricata", "--sid", "1500000", "filters/dns.yaml");
        assertEquals(2, pack.code());
        assertTrue(pack.err().contains("--sid is for a filter given alone"), pack.err());
        assertEquals(2, CliRun.of("rules", "--to", "suricata", "--sid", "0", "tcp").code());
    }

    @Test
    void packRulesKeepTheirIds() throws Exception {
        RuleSource basic = GeneratedRulesTest.shipped().stream()
                .filter(s -> s.qualifiedId().equals("account-indicators/http-basic-refused-repeatedly")).findFirst()
                .orElseThrow();
        // as generated before ids of filters given alone followed their text
        assertEquals("5f26c572-ac33-364b-b55a-f5753e7ca5db", all(SIGMA_ID, SigmaGenerator.generate(basic).text()).getFirst());
        assertTrue(SuricataGenerator.generate(basic).text().contains("sid:" + basic.sid() + ";"));
    }
}
