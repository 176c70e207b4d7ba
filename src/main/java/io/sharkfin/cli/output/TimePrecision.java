package io.sharkfin.cli.output;

import io.sharkfin.capture.Frame;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.zip.GZIPInputStream;

/**
 * The precision of a capture's time stamps, which is how many decimals tshark gives a frame's time:
 * 6 for microsecond pcap files, 9 for nanosecond ones, and for pcapng the resolution of the
 * frame's interface ({@code if_tsresol}: 9 from nanoseconds on, 6 from microseconds, 3, 2, 1, 0).
 * Reads the file's header (pcapng: the blocks before the first packet); a file it cannot read
 * gets microseconds, tshark's usual precision.
 */
public final class TimePrecision {

    private static final int MICRO = 6;
    private static final int NANO = 9;
    private static final int SHB = 0x0a0d0d0a;
    private static final int IDB = 1;
    private static final int OPT_TSRESOL = 9;
    /** Blocks before the first packet are few; a damaged file must not make this read forever. */
    private static final int MAX_BLOCKS = 10_000;

    private TimePrecision() {
    }

    /** The number of decimals of each frame's time in {@code file}. */
    public static ToIntFunction<Frame> of(Path file) {
        try (InputStream in = open(file)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4) {
                return f -> MICRO;
            }
            int le = ByteBuffer.wrap(magic).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (le == 0xa1b23c4d || Integer.reverseBytes(le) == 0xa1b23c4d) {
                return f -> NANO;
            }
            if (le == SHB) {
                List<Integer> digits = interfaces(in);
                return f -> f.interfaceId() >= 0 && f.interfaceId() < digits.size() ? digits.get(f.interfaceId()) : MICRO;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable here means unreadable for the reader too, which reports it
        }
        return f -> MICRO;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new BufferedInputStream(new GZIPInputStream(in)) : in;
    }

    /** The precision of each interface of the first section (its header's first 4 bytes read). */
    private static List<Integer> interfaces(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        List<Integer> digits = new ArrayList<>();
        byte[] lengthBytes = in.readNBytes(4);
        byte[] bom = in.readNBytes(4);
        ByteOrder order = ByteBuffer.wrap(bom).order(ByteOrder.BIG_ENDIAN).getInt() == 0x1a2b3c4d
                ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int length = ByteBuffer.wrap(lengthBytes).order(order).getInt();
        in.skipNBytes(Math.max(0, length - 12));
        try {
            for (int n = 0; n < MAX_BLOCKS; n++) {
                ByteBuffer head = ByteBuffer.wrap(in.readNBytes(8)).order(order);
                if (head.remaining() < 8) {
                    break;
                }
                int type = head.getInt();
                int blockLength = head.getInt();
                if (blockLength < 12 || type == SHB) {
                    break;
                }
                byte[] body = in.readNBytes(blockLength - 8);
                if (type == IDB) {
                    digits.add(tsresolDigits(ByteBuffer.wrap(body).order(order)));
                } else if (type == 2 || type == 3 || type == 6) {
                    break;
                }
            }
        } catch (EOFException e) {
            // a short file: what was read stands
        }
        return digits;
    }

    /** Decimals for an interface description block's body (after type and length). */
    private static int tsresolDigits(ByteBuffer body) {
        int pos = 8; // link type, reserved, snap length
        while (pos + 4 <= body.limit() - 4) {
            int code = body.getShort(pos) & 0xffff;
            int len = body.getShort(pos + 2) & 0xffff;
            if (code == 0) {
                break;
            }
            if (code == OPT_TSRESOL && len >= 1) {
                return digits(body.get(pos + 4) & 0xff);
            }
            pos += 4 + ((len + 3) & ~3);
        }
        return MICRO;
    }

    /** wiretap's precision for a resolution of 10^-n (or 2^-n with the high bit) units per second. */
    static int digits(int tsresol) {
        int exponent = tsresol & 0x7f;
        double unitsPerSecond = (tsresol & 0x80) != 0 ? Math.pow(2, exponent) : Math.pow(10, exponent);
        if (unitsPerSecond >= 1e9) {
            return NANO;
        }
        if (unitsPerSecond >= 1e6) {
            return MICRO;
        }
        if (unitsPerSecond >= 1e3) {
            return 3;
        }
        if (unitsPerSecond >= 100) {
            return 2;
        }
        return unitsPerSecond >= 10 ? 1 : 0;
    }
}
