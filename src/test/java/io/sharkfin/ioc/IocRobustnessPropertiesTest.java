package io.sharkfin.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.filter.Filter;
import io.sharkfin.ioc.pack.PackEmitter;
import io.sharkfin.ioc.report.EvidenceReport;
import io.sharkfin.ioc.report.Html;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.MarkdownReport;
import io.sharkfin.ioc.report.TextReport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
    private static final List<List<byte[]>> SEED_FRAMES = SEEDS.stream().map(IocRobustnessPropertiesTest::frames).toList();
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = IocRobustnessPropertiesTest.class.getResourceAsStream("/io/sharkfin/ioc/iocs-report.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each frame's bytes (all seeds are Ethernet). */
    private static List<byte[]> frames(Path capture) {
        List<byte[]> out = new ArrayList<>();
        try (CaptureReader r = CaptureFiles.open(capture)) {
            Frame f = new Frame();
            while (r.next(f)) {
                out.add(f.segment().asSlice(f.offset(), f.capturedLength()).toArray(ValueLayout.JAVA_BYTE));
            }
        } catch (IOException | CaptureException e) {
            throw new AssertionError(capture + ": " + e, e);
        }
        return out;
    }

    /** One kind of damage to one frame, at a relative position. */
    enum Mutation { SET_BYTE, HOSTILE_LENGTH, CUT_SHORT, REPEAT, DROP }

    record Damage(Mutation kind, double frame, double where, int value) {
        void apply(List<byte[]> frames) {
            if (frames.isEmpty()) {
                return;
            }
            int i = Math.min(frames.size() - 1, (int) (frame * frames.size()));
            byte[] b = frames.get(i);
            int at = Math.min(Math.max(0, b.length - 1), (int) (where * b.length));
            switch (kind) {
                case SET_BYTE -> {
                    if (b.length > 0) {
                        b[at] = (byte) value;
                    }
                }
                case HOSTILE_LENGTH -> {
                    int[] hostile = {0xffff, 0x7fff, 0x8000, 0, 0xfffe, 0x0101};
                    if (at + 2 <= b.length) {
                        ByteBuffer.wrap(b, at, 2).putShort((short) hostile[Math.floorMod(value, hostile.length)]);
                    }
                }
                case CUT_SHORT -> frames.set(i, java.util.Arrays.copyOf(b, at));
                case REPEAT -> frames.add(i, b.clone());
                case DROP -> frames.remove(i);
            }
        }
    }

    @Provide
    Arbitrary<List<byte[]>> damagedTraffic() {
        Arbitrary<Damage> damage = Combinators.combine(Arbitraries.of(Mutation.class),
                Arbitraries.doubles().between(0, 1).ofScale(6), Arbitraries.doubles().between(0, 1).ofScale(6),
                Arbitraries.integers().between(0, 255)).as(Damage::new);
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1), damage.list().ofMinSize(1).ofMaxSize(40))
                .as((seed, damages) -> {
                    List<byte[]> frames = new ArrayList<>();
                    for (byte[] b : SEED_FRAMES.get(seed)) {
                        frames.add(b.clone());
                    }
                    for (Damage d : damages) {
                        d.apply(frames);
                    }
                    return frames;
                });
    }

    @Property(tries = 80)
    void damagedTrafficIsAnalysedAndReported(@ForAll("damagedTraffic") List<byte[]> frames) throws Exception {
        Path file = Files.createTempFile("sharkfin-iocs-damaged-", ".pcap");
        try {
            Files.write(file, pcap(frames));
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

    /** A little-endian pcap with nanosecond times, one Ethernet record per frame, 1 ms apart. */
    private static byte[] pcap(List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b23c4d).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1);
        out.writeBytes(h.array());
        long t = 1_764_500_000L * 1_000_000_000L;
        for (byte[] b : frames) {
            ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            r.putInt((int) (t / 1_000_000_000L)).putInt((int) (t % 1_000_000_000L)).putInt(b.length).putInt(b.length);
            out.writeBytes(r.array());
            out.writeBytes(b);
            t += 1_000_000;
        }
        return out.toByteArray();
    }
}
