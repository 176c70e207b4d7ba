package io.sharkfin.capture;

import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.PcapAddress;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.Pcaps;
import org.pcap4j.core.NotOpenException;

import java.io.EOFException;
import java.lang.foreign.MemorySegment;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Frames captured live from a network interface through libpcap (pcap4j). The handle is polled
 * without blocking, so {@link #stop()} from another thread ends {@link #next(Frame)} within a few
 * milliseconds even when no traffic arrives; an optional frame limit and duration end it too.
 * Each frame owns its bytes (libpcap's buffer is reused), so frames stay valid after the next read.
 *
 * <p>Without libpcap, or without the permission to capture, opening fails with a
 * {@link CaptureException} that says what to do.
 */
public final class LiveCapture implements CaptureReader {
    /** libpcap's default and the largest snapshot length tshark uses. */
    public static final int DEFAULT_SNAPLEN = LinkType.MAX_CAPTURED_STANDARD;
    private static final long MIN_IDLE_NANOS = 200_000;
    private static final long MAX_IDLE_NANOS = 10_000_000;

    /**
     * What to capture.
     *
     * @param interfaceName the interface ({@code eth0}, {@code lo}, {@code any})
     * @param snaplen       bytes kept of each frame
     * @param promiscuous   whether to put the interface in promiscuous mode
     * @param filter        a capture (BPF) filter such as {@code udp port 53}, or null for all
     * @param frameLimit    stop after this many frames; 0 for no limit
     * @param duration      stop after this long; null for no limit
     */
    public record Options(String interfaceName, int snaplen, boolean promiscuous, String filter, long frameLimit,
                          Duration duration) {
        /** Everything on {@code interfaceName}, promiscuously, full frames, until stopped. */
        public static Options of(String interfaceName) {
            return new Options(interfaceName, DEFAULT_SNAPLEN, true, null, 0, null);
        }

        /** These options with {@code bytes} kept of each frame. */
        public Options withSnaplen(int bytes) {
            return new Options(interfaceName, bytes, promiscuous, filter, frameLimit, duration);
        }

        /** These options with promiscuous mode {@code on} or off. */
        public Options withPromiscuous(boolean on) {
            return new Options(interfaceName, snaplen, on, filter, frameLimit, duration);
        }

        /** These options with a capture (BPF) filter, or null for none. */
        public Options withFilter(String captureFilter) {
            return new Options(interfaceName, snaplen, promiscuous, captureFilter, frameLimit, duration);
        }

        /** These options stopping after {@code frames} frames (0: no limit). */
        public Options withFrameLimit(long frames) {
            return new Options(interfaceName, snaplen, promiscuous, filter, frames, duration);
        }

        /** These options stopping after {@code limit} (null: no limit). */
        public Options withDuration(Duration limit) {
            return new Options(interfaceName, snaplen, promiscuous, filter, frameLimit, limit);
        }
    }

    private final Options options;
    private final PcapHandle handle;
    private final int linkType;
    private final long deadline;
    private final Object handleLock = new Object();
    private volatile boolean stopped;
    private boolean closed;
    private long frames;

    private LiveCapture(Options options, PcapHandle handle, int linkType) {
        this.options = options;
        this.handle = handle;
        this.linkType = linkType;
        this.deadline = options.duration() == null ? Long.MAX_VALUE
                : System.nanoTime() + options.duration().toNanos();
    }

    /** Starts capturing on {@code interfaceName} with a capture filter (or null). */
    public static LiveCapture open(String interfaceName, int snaplen, boolean promiscuous, String filter)
            throws CaptureException {
        return open(Options.of(interfaceName).withSnaplen(snaplen).withPromiscuous(promiscuous).withFilter(filter));
    }

    /** Starts capturing as {@code options} say. */
    public static LiveCapture open(Options options) throws CaptureException {
        String device = options.interfaceName();
        PcapHandle handle = NativePcap.call(() -> new PcapHandle.Builder(device)
                .snaplen(options.snaplen())
                .promiscuousMode(options.promiscuous() ? PcapNetworkInterface.PromiscuousMode.PROMISCUOUS
                        : PcapNetworkInterface.PromiscuousMode.NONPROMISCUOUS)
                .timeoutMillis(10)
                .immediateMode(true)
                .timestampPrecision(PcapHandle.TimestampPrecision.NANO)
                .build(), e -> NativePcap.openFailure(device, e));
        try {
            if (options.filter() != null && !options.filter().isBlank()) {
                NativePcap.call(() -> {
                    handle.setFilter(options.filter(), BpfProgram.BpfCompileMode.OPTIMIZE);
                    return null;
                }, e -> Bpf.invalidFilter(options.filter(), "interface '" + device + "'", e));
            }
            NativePcap.call(() -> {
                handle.setBlockingMode(PcapHandle.BlockingMode.NONBLOCKING);
                return null;
            }, e -> NativePcap.openFailure(device, e));
            return new LiveCapture(options, handle, handle.getDlt().value());
        } catch (CaptureException | RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    /** The interfaces libpcap can capture on, for {@code -D}. */
    public static List<LiveInterface> interfaces() throws CaptureException {
        List<PcapNetworkInterface> devices = NativePcap.call(Pcaps::findAllDevs,
                e -> new CaptureException("The list of interfaces could not be obtained.\n("
                        + NativePcap.libpcapText(e) + ")", 0, e));
        List<LiveInterface> list = new ArrayList<>();
        for (PcapNetworkInterface d : devices) {
            List<String> addresses = new ArrayList<>();
            for (PcapAddress a : d.getAddresses()) {
                if (a.getAddress() != null) {
                    addresses.add(a.getAddress().getHostAddress());
                }
            }
            list.add(new LiveInterface(d.getName(), d.getDescription(), addresses, d.isLoopBack(), d.isUp()));
        }
        return list;
    }

    /**
     * Fills {@code frame} with the next captured frame, waiting for one.
     *
     * @return false once stopped, closed, or past the frame limit or duration
     */
    @Override
    public boolean next(Frame frame) throws CaptureException {
        long idle = MIN_IDLE_NANOS;
        while (!stopped && (options.frameLimit() <= 0 || frames < options.frameLimit())
                && System.nanoTime() - deadline < 0) {
            if (poll(frame)) {
                return true;
            }
            // nothing waiting: back off a little, never longer than the stop latency we promise
            LockSupport.parkNanos(Math.min(idle, Math.max(deadline - System.nanoTime(), 1)));
            idle = Math.min(idle * 2, MAX_IDLE_NANOS);
        }
        return false;
    }

    private boolean poll(Frame frame) throws CaptureException {
        synchronized (handleLock) {
            if (closed) {
                return false;
            }
            try {
                byte[] data = handle.getNextRawPacketEx();
                Timestamp ts = handle.getTimestamp();
                Integer original = handle.getOriginalLength();
                frames++;
                frame.set(frames, 0, data.length, original != null ? original : data.length, linkType, 0,
                        MemorySegment.ofArray(data), 0);
                frame.timestamp(Math.floorDiv(ts.getTime(), 1000), ts.getNanos());
                frame.onInterface(options.interfaceName());
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (EOFException e) {
                stopped = true;
                return false;
            } catch (PcapNativeException | NotOpenException e) {
                throw new CaptureException("An error occurred while capturing packets on \""
                        + options.interfaceName() + "\": " + e.getMessage() + ".", frames, e);
            }
        }
    }

    /** Ends the capture: {@link #next(Frame)} returns false soon after. Safe from any thread. */
    @Override
    public void stop() {
        stopped = true;
    }

    /** Frames received by the interface but dropped by the kernel for lack of buffer, or -1 if unknown. */
    public long droppedFrames() {
        synchronized (handleLock) {
            if (closed) {
                return -1;
            }
            try {
                return handle.getStats().getNumPacketsDropped();
            } catch (PcapNativeException | NotOpenException | RuntimeException e) {
                return -1;
            }
        }
    }

    @Override
    public String format() {
        return "live";
    }

    @Override
    public int linkType() {
        return linkType;
    }

    /** The snapshot length asked of libpcap, which a capture file written from it declares. */
    @Override
    public int snapshotLength() {
        return options.snaplen();
    }

    @Override
    public void close() {
        stopped = true;
        synchronized (handleLock) {
            if (!closed) {
                closed = true;
                handle.close();
            }
        }
    }
}
