package io.sharkfin.dissect;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Captures for the dissector tests, read by the project's own reader ({@link CaptureFiles}) and
 * dissected by the real pipeline ({@link PacketStream}). A dissector bug that the session would
 * contain (an exception other than {@link Truncated}) fails the test instead.
 */
public final class TestCaptures {
    private TestCaptures() {
    }

    /** The shared corpus (captures, truth files, cases.tsv). */
    public static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    /** The dissector tests' own captures and recorded tshark output. */
    public static final Path DISSECT = Path.of("src/test/resources/dissect");

    /** The HTTP tests' synthetic captures ({@code make-synthetic.py}). */
    public static final Path HTTP_SYNTHETIC = Path.of("src/test/resources/http/synthetic");

    /**
     * The capture of that file name with recorded tshark output: the corpus's, else a dissector
     * test's, else an HTTP test's (names are unique across them).
     */
    public static Path named(String name) {
        return Stream.of(CORPUS, DISSECT, HTTP_SYNTHETIC).map(d -> d.resolve(name)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is in none of " + CORPUS + ", " + DISSECT
                        + ", " + HTTP_SYNTHETIC));
    }

    /**
     * Every capture of the corpus and of the dissector tests, by the name the recorded truth files
     * give it: a corpus capture's file name, a dissector test's path from the repository's root.
     */
    public static SortedMap<String, Path> all() {
        SortedMap<String, Path> out = new TreeMap<>();
        for (Path dir : List.of(CORPUS, DISSECT)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().matches(".*\\.pcap(ng)?$"))
                        .forEach(f -> out.put(dir == CORPUS ? f.getFileName().toString() : f.toString(), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Every frame of a capture, as copies that own their bytes. */
    public static List<Frame> read(Path file) {
        List<Frame> out = new ArrayList<>();
        try (CaptureReader r = CaptureFiles.open(file)) {
            Frame f = new Frame();
            while (r.next(f)) {
                out.add(f.copy());
            }
        } catch (CaptureException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Dissects every frame of a capture with {@code session} and hands each packet to
     * {@code perFrame} (the packet is reused by the next frame).
     */
    public static void each(Session session, Path file, Consumer<Packet> perFrame) {
        try (PacketStream packets = new PacketStream(CaptureFiles.open(file), session)) {
            for (Packet p : packets) {
                perFrame.accept(p);
                requireNoFailure(session, p);
            }
            if (packets.error() != null) {
                throw new AssertionError(file + ": " + packets.error().getMessage(), packets.error());
            }
        } catch (CaptureException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dissects one frame, failing on a dissector bug the session contained. */
    public static Packet dissect(Session session, Frame frame) {
        Packet p = session.dissect(frame);
        requireNoFailure(session, p);
        return p;
    }

    /**
     * Dissects {@code frames} in {@code session} in order up to frame {@code number} (from 1), as
     * a reader does, so that conversations are followed; returns that frame.
     */
    public static Packet upTo(List<Frame> frames, Session session, int number) {
        Packet p = null;
        for (Frame f : frames.subList(0, number)) {
            p = dissect(session, f);
        }
        return p;
    }

    /** The value of {@code field} in {@code p} as {@code tshark -T fields} prints it ("" when absent). */
    public static String cell(Packet p, String field) {
        return FieldFormat.cell(p, p.registry().lookup(field).id());
    }

    /** Whether the packet has a layer of this protocol ({@code "tls"}, {@code "quic"}). */
    public static boolean hasLayer(Packet p, String protocol) {
        int id = p.registry().lookup(protocol).id();
        for (int i = 0; i < p.layerCount(); i++) {
            if (p.layerProtocol(i) == id) {
                return true;
            }
        }
        return false;
    }

    /** The values of these fields in the packet, in its order: "name=value " each. */
    public static String values(Packet p, java.util.Collection<String> fields) {
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        fields.forEach(f -> ids.add(p.registry().lookup(f).id()));
        StringBuilder line = new StringBuilder();
        for (int e = 0; e < p.entryCount(); e++) {
            if (ids.contains(p.field(e))) {
                line.append(p.registry().byId(p.field(e)).name()).append('=');
                FieldFormat.append(p, e, line);
                line.append(' ');
            }
        }
        return line.toString();
    }

    private static void requireNoFailure(Session session, Packet p) {
        if (session.dissectorFailures() > 0) {
            throw new AssertionError("a dissector failed on frame " + p.number(),
                    session.lastDissectorFailure());
        }
    }
}
