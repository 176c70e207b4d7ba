package io.sharkfin.capture;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Real captures with random damage (bytes changed, hostile lengths written, cut short, bytes
 * inserted or removed): the reader returns frames and then either ends or throws exactly one
 * {@link CaptureException}, within a bounded time, and never anything else.
 */
class MutatedCaptureProperties {
    private static final List<Path> SEEDS = List.of(
            TestFiles.CORPUS.resolve("tcpdump-802.1ad_QinQ.pcap"),
            TestFiles.CORPUS.resolve("tcpdump-dnssec.pcap"),
            TestFiles.CORPUS.resolve("cs-dns_query_nonexistent.pcapng"),
            TestFiles.CORPUS.resolve("cs-tcp_retransmissions.pcapng"),
            TestFiles.SYNTHETIC.resolve("multi-if.pcapng"),
            TestFiles.SYNTHETIC.resolve("multi-section.pcapng"),
            TestFiles.SYNTHETIC.resolve("spb-be.pcapng"),
            TestFiles.SYNTHETIC.resolve("opb.pcapng"),
            TestFiles.SYNTHETIC.resolve("be-nsec.pcap"),
            TestFiles.SYNTHETIC.resolve("multi-if.pcapng.gz"),
            TestFiles.SYNTHETIC.resolve("le-nsec-two-members.pcap.gz"));
    private static final List<byte[]> SEED_BYTES = SEEDS.stream().map(MutatedCaptureProperties::bytes).toList();
    private static final ExecutorService READER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mutated-capture-reader");
        t.setDaemon(true);
        return t;
    });

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One kind of damage at a relative position. */
    enum Mutation { SET_BYTE, HOSTILE_LENGTH, TRUNCATE, INSERT, DELETE }

    record Damage(Mutation kind, double where, int value) {
        byte[] apply(byte[] in) {
            int at = (int) (where * in.length);
            return switch (kind) {
                case SET_BYTE -> {
                    byte[] out = in.clone();
                    if (at < out.length) {
                        out[at] = (byte) value;
                    }
                    yield out;
                }
                case HOSTILE_LENGTH -> {
                    // lengths sit at 4-byte boundaries in both formats
                    int aligned = at & ~3;
                    byte[] out = in.clone();
                    if (aligned + 4 <= out.length) {
                        int[] hostile = {0xffffffff, 0x7fffffff, 0x80000000, 0, 0xfffffffc, 0x00040001};
                        ByteBuffer.wrap(out, aligned, 4).order(value % 2 == 0 ? ByteOrder.LITTLE_ENDIAN
                                : ByteOrder.BIG_ENDIAN).putInt(hostile[Math.floorMod(value, hostile.length)]);
                    }
                    yield out;
                }
                case TRUNCATE -> Arrays.copyOf(in, at);
                case INSERT -> {
                    byte[] out = new byte[in.length + 4];
                    System.arraycopy(in, 0, out, 0, at);
                    Arrays.fill(out, at, at + 4, (byte) value);
                    System.arraycopy(in, at, out, at + 4, in.length - at);
                    yield out;
                }
                case DELETE -> {
                    int n = Math.min(1 + Math.floorMod(value, 8), in.length - at);
                    byte[] out = new byte[in.length - n];
                    System.arraycopy(in, 0, out, 0, at);
                    System.arraycopy(in, at + n, out, at, in.length - at - n);
                    yield out;
                }
            };
        }
    }

    @Provide
    Arbitrary<byte[]> damagedCaptures() {
        Arbitrary<Damage> damage = Combinators.combine(
                Arbitraries.of(Mutation.class),
                Arbitraries.doubles().between(0, 1).ofScale(6),
                Arbitraries.integers().between(0, 255)).as(Damage::new);
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1), damage.list().ofMinSize(1).ofMaxSize(4))
                .as((seed, damages) -> {
                    byte[] b = SEED_BYTES.get(seed);
                    for (Damage d : damages) {
                        b = d.apply(b);
                    }
                    return b;
                });
    }

    @Property(tries = 400)
    void damagedCapturesGiveFramesThenAtMostOneCaptureException(@ForAll("damagedCaptures") byte[] capture)
            throws Exception {
        Path file = Files.createTempFile("sharkfin-mutated-", ".cap");
        try {
            Files.write(file, capture);
            // mapped, and as a stream read as it comes (a pipe's): the same frames, the same words;
            // but a damaged deflate stream yields more or less before its damage depending on
            // how its input came (the inflater drops what the failing call made)
            boolean gzip = capture.length > 1 && (capture[0] & 0xff) == 0x1f && (capture[1] & 0xff) == 0x8b;
            Future<?> reading = READER.submit(() -> {
                String mapped = readCompletely(() -> CaptureFiles.open(file));
                // read in pieces of any length, records cut anywhere, as a pipe gives them
                String piped = readCompletely(() -> CaptureFiles.stream(
                        new Trickle(Files.newInputStream(file), capture.length), file.toString()));
                if (!gzip) {
                    assertEquals(mapped, piped, "read as a stream");
                }
                return null;
            });
            try {
                reading.get(5, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                reading.cancel(true);
                fail("reading a damaged capture did not finish in 5 s");
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError("reading threw " + e.getCause(), e.getCause());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Reads every frame; returns how many and the problem met, checking what must hold on the way. */
    private static String readCompletely(TruncationTest.Opening opening) throws IOException {
        long frames = 0;
        String problem = null;
        try (CaptureReader r = opening.open()) {
            Frame f = new Frame();
            try {
                while (r.next(f)) {
                    frames++;
                    assertTrue(f.capturedLength() >= 0 && f.offset() + f.capturedLength() <= f.segment().byteSize(),
                            "frame inside the capture");
                    if (f.capturedLength() > 0) {
                        f.byteAt(f.capturedLength() - 1);
                    }
                }
            } catch (CaptureException e) {
                problem = e.getMessage();
                assertEquals(frames, e.framesRead());
                assertTrue(e.getMessage().startsWith("The file \"") || e.getMessage().startsWith("\""), e.getMessage());
                // the reader stays failed: the same problem again, no more frames
                try {
                    r.next(f);
                    fail("a failed reader did not fail again");
                } catch (CaptureException again) {
                    assertEquals(e.getMessage(), again.getMessage());
                }
            }
        } catch (CaptureException e) {
            assertEquals(0, frames);
            problem = e.getMessage();
        }
        return frames + " frames, then " + problem;
    }
}
