package io.sharkfin.capture;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Real traffic damaged inside its frames, for the property tests of what consumes dissected
 * packets (the report, the statistics, the exports): each seed capture's frames are read, up to
 * 40 damages are applied (a byte set, a 16-bit length made hostile, a frame cut short, repeated
 * or dropped), and the frames are written back as a well-formed pcap, so that the damage reaches
 * the dissectors and what reads their fields rather than stopping the reader.
 */
public final class DamagedTraffic {
    private DamagedTraffic() {
    }

    /** The frames of an Ethernet capture, as bytes. */
    public static List<byte[]> frames(Path capture) {
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

    /** One kind of damage to one frame, at relative positions. */
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
                case CUT_SHORT -> frames.set(i, Arrays.copyOf(b, at));
                case REPEAT -> frames.add(i, b.clone());
                case DROP -> frames.remove(i);
            }
        }
    }

    /** Frames of one of the seeds (each a list of frames), with damage. */
    public static Arbitrary<List<byte[]>> of(List<List<byte[]>> seeds) {
        Arbitrary<Damage> damage = Combinators.combine(Arbitraries.of(Mutation.class),
                Arbitraries.doubles().between(0, 1).ofScale(6), Arbitraries.doubles().between(0, 1).ofScale(6),
                Arbitraries.integers().between(0, 255)).as(Damage::new);
        return Combinators.combine(Arbitraries.integers().between(0, seeds.size() - 1), damage.list().ofMinSize(1).ofMaxSize(40))
                .as((seed, damages) -> {
                    List<byte[]> frames = new ArrayList<>();
                    for (byte[] b : seeds.get(seed)) {
                        frames.add(b.clone());
                    }
                    for (Damage d : damages) {
                        d.apply(frames);
                    }
                    return frames;
                });
    }

    /** A little-endian pcap with nanosecond times, one Ethernet record per frame, 1 ms apart. */
    public static byte[] pcap(List<byte[]> frames) {
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
