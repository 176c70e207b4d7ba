package io.sharkfin.capture;

/**
 * Runs in a separate JVM for {@link NativeFailureTest}: tries to open a live capture on the
 * interface given and to compile a capture filter, printing each outcome on its own line.
 */
public final class LiveProbe {
    private LiveProbe() {
    }

    public static void main(String[] args) {
        try (LiveCapture c = LiveCapture.open(args[0], 128, false, null)) {
            System.out.println("open: ok " + c.linkType());
        } catch (CaptureException e) {
            System.out.println("open: " + e.getMessage().replace('\n', '|'));
        }
        try (Bpf b = Bpf.compile("udp port 53", LinkType.ETHERNET, 128)) {
            System.out.println("bpf: ok " + b.expression());
        } catch (CaptureException e) {
            System.out.println("bpf: " + e.getMessage().replace('\n', '|'));
        }
    }
}
