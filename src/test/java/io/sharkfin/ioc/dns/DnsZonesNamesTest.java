package io.sharkfin.ioc.dns;

import io.sharkfin.filter.Filter;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.dga.PublicSuffixes;
import io.sharkfin.ioc.report.DnsReport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Zones from names as packets may carry them: characters whose lower case is longer (İ),
 * regular-expression and string metacharacters, empty labels, non-ASCII. The report never fails
 * and every zone's evidence filter compiles.
 */
class DnsZonesNamesTest {

    private static List<DnsReport.Zone> zones(List<String> names) {
        List<NameStats> stats = new ArrayList<>();
        long frame = 1;
        for (String n : names) {
            NameStats ns = new NameStats(n);
            ns.queries++;
            ns.evidence.add(frame, frame * 1_000_000L);
            frame++;
            stats.add(ns);
        }
        return DnsZones.of(stats, PublicSuffixes.shipped(), new ReportContext(0, null));
    }

    @Test
    void oddCharactersMakeZonesWithWorkingFilters() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add("İİ" + i + "x\"\\(*[+?.wEird$.Example.COM");
            names.add("a" + i + "..b.tü.de");
        }
        List<DnsReport.Zone> zones = zones(names);
        assertEquals(2, zones.size(), zones.toString());
        for (DnsReport.Zone z : zones) {
            Filter.compile(z.evidence().filter());
            assertEquals(12, z.names());
        }
        assertTrue(zones.stream().anyMatch(z -> z.zone().equals("weird$.example.com")), zones.toString());
    }

    @Property(tries = 200)
    void anyNamesMakeAReport(@ForAll @Size(min = 10, max = 40) List<@StringLength(max = 80) String> labels,
                             @ForAll @StringLength(min = 1, max = 20) String domain) throws Exception {
        List<String> names = new ArrayList<>();
        for (String l : labels) {
            names.add(l + "." + domain + ".com");
        }
        for (DnsReport.Zone z : zones(names)) {
            Filter.compile(z.evidence().filter());
            assertTrue(z.tunnelScore() >= 0 && z.tunnelScore() <= 100);
        }
    }
}
