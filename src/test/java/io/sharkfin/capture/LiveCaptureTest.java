package io.sharkfin.capture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Live capture on the loopback interface with UDP datagrams the test sends itself. Skipped when
 * capturing is not possible here (no libpcap, no permission, no "lo").
 */
@Timeout(30)
class LiveCaptureTest {
    private static final String LOOPBACK = "lo";

    @BeforeAll
    static void needsCapturePermission() {
        try (LiveCapture probe = LiveCapture.open(LOOPBACK, 128, false, null)) {
            assumeTrue(probe.linkType() >= 0);
        } catch (CaptureException e) {
            assumeTrue(false, "live capture is not possible here: " + e.getMessage());
        }
    }

    @Test
    void capturesADatagramSentToLoopback() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             LiveCapture capture = LiveCapture.open(LiveCapture.Options.of(LOOPBACK)
                     .withFilter("udp and dst port " + socket.getLocalPort())
                     .withDuration(Duration.ofSeconds(10)))) {
            byte[] marker = ("sharkfin live test " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
            long before = System.currentTimeMillis() * 1_000_000L;
            send(socket, socket.getLocalPort(), marker);
            Frame f = new Frame();
            assertTrue(capture.next(f), "a frame arrives");
            long after = System.currentTimeMillis() * 1_000_000L;
            assertEquals(LinkType.ETHERNET, capture.linkType(), "Linux loopback is Ethernet-framed");
            assertEquals(LinkType.ETHERNET, f.linkType());
            assertEquals(1, f.number());
            assertEquals("lo", f.interfaceName());
            assertEquals("live", capture.format());
            // Ethernet 14 + IPv4 20 + UDP 8 + payload
            assertEquals(14 + 20 + 8 + marker.length, f.capturedLength());
            assertEquals(f.capturedLength(), f.originalLength());
            assertTrue(contains(f, marker), "the payload is in the frame");
            assertTrue(f.timestampNanos() >= before - 1_000_000_000L && f.timestampNanos() <= after + 1_000_000_000L,
                    "time stamp " + f.timestampNanos() + " near now");
        }
    }

    @Test
    void frameLimitEndsTheCapture() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             LiveCapture capture = LiveCapture.open(LiveCapture.Options.of(LOOPBACK)
                     .withFilter("udp and dst port " + socket.getLocalPort())
                     .withFrameLimit(2).withDuration(Duration.ofSeconds(10)))) {
            for (int i = 0; i < 5; i++) {
                send(socket, socket.getLocalPort(), new byte[]{(byte) i});
            }
            List<Long> numbers = new ArrayList<>();
            Frame f = new Frame();
            while (capture.next(f)) {
                numbers.add(f.number());
            }
            assertEquals(List.of(1L, 2L), numbers);
        }
    }

    @Test
    void stopFromAnotherThreadEndsAnIdleCapture() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        // a port nobody uses: no frame will come
        try (LiveCapture capture = LiveCapture.open(LOOPBACK, 65535, false, "udp port 9 and udp port 7")) {
            long start = System.nanoTime();
            timer.schedule(capture::stop, 300, TimeUnit.MILLISECONDS);
            assertFalse(capture.next(new Frame()));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms >= 250 && ms < 3000, "stopped after " + ms + " ms");
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void durationEndsAnIdleCapture() throws Exception {
        try (LiveCapture capture = LiveCapture.open(LiveCapture.Options.of(LOOPBACK)
                .withFilter("udp port 9 and udp port 7").withDuration(Duration.ofMillis(300)))) {
            long start = System.nanoTime();
            assertFalse(capture.next(new Frame()));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms >= 250 && ms < 3000, "ended after " + ms + " ms");
        }
    }

    @Test
    void invalidCaptureFilterIsReportedLikeDumpcap() {
        CaptureException e = assertThrows(CaptureException.class, () -> LiveCapture.open(LOOPBACK, 65535, false, "udp prot 53"));
        assertEquals("Invalid capture filter \"udp prot 53\" for interface 'lo'.\n\n"
                + "That string isn't a valid capture filter (can't parse filter expression: syntax error).\n"
                + "See the User's Guide for a description of the capture filter syntax.", e.getMessage());
    }

    @Test
    void unknownInterfaceIsReportedLikeDumpcap() {
        CaptureException e = assertThrows(CaptureException.class,
                () -> LiveCapture.open("sharkfin-no-such0", 65535, false, null));
        assertTrue(e.getMessage().startsWith("There is no device named \"sharkfin-no-such0\".\n("), e.getMessage());
    }

    @Test
    void interfacesIncludeLoopback() throws Exception {
        LiveInterface lo = LiveCapture.interfaces().stream().filter(i -> i.name().equals(LOOPBACK)).findFirst()
                .orElseThrow();
        assertTrue(lo.loopback());
        assertTrue(lo.addresses().contains("127.0.0.1"), lo.addresses().toString());
    }

    private static void send(DatagramSocket socket, int port, byte[] payload) throws Exception {
        socket.send(new DatagramPacket(payload, payload.length, InetAddress.getLoopbackAddress(), port));
    }

    private static boolean contains(Frame f, byte[] needle) {
        byte[] hay = f.bytes().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
