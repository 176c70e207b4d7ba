package io.sharkfin.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.sharkfin.capture.DamagedTraffic;
import io.sharkfin.filter.Filter;
import io.sharkfin.ioc.pack.PackEmitter;
import io.sharkfin.ioc.report.EvidenceReport;
import io.sharkfin.ioc.report.Html;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.MarkdownReport;
import io.sharkfin.ioc.report.TextReport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysis on hostile traffic: real captures of the protocols the report reads (DNS, HTTP with
 * logins and files, TLS and QUIC, SMTP, POP3, IMAP, FTP, Kerberos, NTLM, SMB2, SSH, DHCP and
 * NetBIOS names, guessing runs) whose frames are damaged inside (bytes set, lengths made hostile,
 * frames cut short, repeated or dropped), written back as well-formed pcap files. The analysis completes in bounded time, its JSON
 * validates against the schema, every format renders, the emitted pack is made, and no evidence
 * names a frame past the capture's end, and every filter the report gives compiles.
 */
class IocRobustnessPropertiesTest {
    private static final List<Path> SEEDS = List.of(IocTestSupport.LAB_C2, IocTestSupport.GUESSING,
            IocTestSupport.HTTP_AUTH, IocTestSupport.HTTP_FILES, IocTestSupport.SMTP, IocTestSupport.POP,
            IocTestSupport.IMAP, IocTestSupport.FTP, IocTestSupport.KERBEROS, IocTestSupport.SMB,
            IocTestSupport.SSH_TOOLS, IocTestSupport.DNS_TUNNEL, IocTestSupport.MULTIPART, IocTestSupport.HTTP_NTLM,
            IocTestSupport.NBNS, IocTestSupport.SYNTHETIC, IocTestSupport.CORPUS.resolve("ppp-tls.pcap"),
            IocTestSupport.CORPUS.resolve("ja4-tls-sni.pcapng"), IocTestSupport.CORPUS.resolve("cs-dns_lab.pcapng"));
    private static final List<List<byte[]>> SEED_FRAMES = SEEDS.stream().map(DamagedTraffic::frames).toList();
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = IocRobustnessPropertiesTest.class.getResourceAsStream("/io/sharkfin/ioc/iocs-report.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<List<byte[]>> damagedTraffic() {
        return DamagedTraffic.of(SEED_FRAMES);
    }

    @Property(tries = 80)
    void damagedTrafficIsAnalysedAndReported(@ForAll("damagedTraffic") List<byte[]> frames) throws Exception {
        Path file = Files.createTempFile("sharkfin-iocs-damaged-", ".pcap");
        try {
            Files.write(file, DamagedTraffic.pcap(frames));
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                IocReport r = IocAnalysis.run(file, null);
                assertEquals(frames.size(), r.capture().frames());
                JsonNode json = IocTestSupport.json(r);
                assertTrue(SCHEMA.validate(json).isEmpty(), () -> SCHEMA.validate(json).toString());
                for (IocReport.Finding f : r.findings()) {
                    EvidenceReport e = f.evidence();
                    assertTrue(e.lastFrame() <= frames.size() && e.frames().stream().allMatch(n -> n >= 1 && n <= frames.size()),
                            f.title() + ": " + e.frames());
                }
                assertTrue(TextReport.render(r).startsWith("sharkfin iocs: "));
                assertTrue(MarkdownReport.render(r).contains(file.getFileName().toString()));
                assertTrue(Html.render(r).endsWith("</body></html>\n"));
                // every filter the report gives compiles, however hostile the strings it quotes
                List<String> filters = new ArrayList<>();
                json.findValues("filter").forEach(n -> filters.add(n.asText()));
                for (String text : filters) {
                    Filter.compile(text);
                }
                assertTrue(PackEmitter.yaml(r, "damaged", file.toString()).startsWith("name: damaged"));
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
