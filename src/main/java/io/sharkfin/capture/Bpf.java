package io.sharkfin.capture;

import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A capture filter ({@code tcp port 443 and host 10.0.0.1}) compiled by libpcap for one link
 * type and snapshot length. Compiling proves the text is a valid capture filter (or gives
 * libpcap's error); {@link #matches(Frame)} runs the compiled program on a frame, as the kernel
 * would have, so generated capture filters can be tested against captures.
 */
public final class Bpf implements AutoCloseable {
    private final String expression;
    private final BpfProgram program;
    private byte[] scratch = new byte[2048];

    private Bpf(String expression, BpfProgram program) {
        this.expression = expression;
        this.program = program;
    }

    /**
     * Compiles {@code expression} for frames of {@code linkType} captured with {@code snaplen}.
     *
     * @throws CaptureException with libpcap's error when the filter is not valid, or when libpcap
     *                          is missing
     */
    public static Bpf compile(String expression, int linkType, int snaplen) throws CaptureException {
        Path header = headerOnlyCapture(linkType, snaplen);
        try {
            PcapHandle handle = NativePcap.call(() -> Pcaps.openOffline(header.toString()),
                    e -> new CaptureException("libpcap cannot compile filters for link type " + linkType + ".\n("
                            + NativePcap.libpcapText(e) + ")", 0, e));
            try {
                BpfProgram program = NativePcap.call(() -> handle.compileFilter(expression,
                                BpfProgram.BpfCompileMode.OPTIMIZE, PcapHandle.PCAP_NETMASK_UNKNOWN),
                        e -> invalidFilter(expression, LinkType.name(linkType), e));
                return new Bpf(expression, program);
            } finally {
                handle.close();
            }
        } finally {
            try {
                Files.deleteIfExists(header);
            } catch (IOException ignored) {
                // a leftover 24-byte temporary file is harmless
            }
        }
    }

    /**
     * A pcap file with only a header. libpcap compiles a filter for a capture file a little
     * differently than for a live interface: a BSD loopback frame's address family may then be
     * any system's value, as in files made elsewhere. Compiling against a file (rather than
     * pcap4j's dead handle, which also drops libpcap's error text) gives what {@code tcpdump -r}
     * does, and lets libpcap map the LINKTYPE_ value to its DLT_ value.
     */
    private static Path headerOnlyCapture(int linkType, int snaplen) throws CaptureException {
        try {
            Path file = Files.createTempFile("sharkfin-bpf-", ".pcap");
            ByteBuffer b = ByteBuffer.allocate(PcapReader.FILE_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(PcapReader.MAGIC_USEC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                    .putInt(snaplen).putInt(linkType);
            Files.write(file, b.array());
            return file;
        } catch (IOException e) {
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
            throw new CaptureException("A temporary file for compiling the capture filter could not be written in "
                    + System.getProperty("java.io.tmpdir") + " (" + why + ").", 0, e);
        }
    }

    /** dumpcap's message for a capture filter libpcap rejects; {@code target} names the interface or link type. */
    static CaptureException invalidFilter(String expression, String target, PcapNativeException e) {
        return new CaptureException("Invalid capture filter \"" + expression + "\" for " + target + ".\n\n"
                + "That string isn't a valid capture filter (" + NativePcap.libpcapText(e) + ").\n"
                + "See the User's Guide for a description of the capture filter syntax.", 0, e);
    }

    /** The filter text. */
    public String expression() {
        return expression;
    }

    /** Whether the compiled filter accepts {@code frame} (given its captured bytes and wire length). */
    public synchronized boolean matches(Frame frame) {
        int n = frame.capturedLength();
        if (scratch.length < n) {
            scratch = new byte[Math.max(n, scratch.length * 2)];
        }
        MemorySegment.copy(frame.segment(), ValueLayout.JAVA_BYTE, frame.offset(), scratch, 0, n);
        return program.applyFilter(scratch, frame.originalLength(), n);
    }

    /** Frees the compiled program. */
    @Override
    public synchronized void close() {
        program.free();
    }
}
