package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Fully dissected frames on demand, for {@code :show N}.
 *
 * <p>A frame's tree depends on every frame before it (TCP analysis and stream numbers,
 * reassembly, DNS request/response links), so frame N is dissected by running a full session
 * ({@link Session#full()}) from the first frame up to N. The cursor keeps that session: a later
 * {@code :show M} with M after N goes on from N, and only going back starts again from the first
 * frame. Keeping per-frame state instead would cost memory for every frame of the capture; this
 * keeps one session.
 */
final class TreeCursor implements AutoCloseable {

    private final LoadedCapture capture;
    private PacketStream stream;
    private Packet current;

    TreeCursor(LoadedCapture capture) {
        this.capture = capture;
    }

    /**
     * Frame {@code number} of the shell's capture, fully dissected, for commands that show it
     * whole ({@code :show}, {@code :hex}): the frames before it are dissected too, with a progress
     * line, and Ctrl-C stops.
     */
    static Packet dissected(Shell shell, long number) throws ReplError {
        LoadedCapture c = shell.workspace().require();
        AtomicBoolean stop = new AtomicBoolean();
        Packet p;
        try (Console.Hook _ = shell.console().onInterrupt(() -> stop.set(true))) {
            shell.console().progress("dissecting frames 1.." + number + " — Ctrl-C stops");
            p = c.trees().seek(number, stop::get);
        } catch (CaptureException e) {
            throw ReplError.of(e);
        } finally {
            shell.console().progress(null);
        }
        if (p == null) {
            throw stop.get() ? new ReplError("stopped", 2) : ReplError.usage("there is no frame " + number);
        }
        return p;
    }

    /**
     * The packet of frame {@code number}, valid until the next call; null when the capture has no
     * such frame or {@code stop} said to stop.
     */
    synchronized Packet seek(long number, BooleanSupplier stop) throws CaptureException {
        if (current != null && current.number() == number) {
            return current;
        }
        if (stream == null || current == null || current.number() > number) {
            restart();
        }
        Packet p;
        while (!stop.getAsBoolean() && (p = stream.next()) != null) {
            current = p;
            if (p.number() == number) {
                return p;
            }
            if (p.number() > number) {
                return null;
            }
        }
        if (stream.error() != null && !stop.getAsBoolean()) {
            CaptureException e = stream.error();
            restartLater();
            throw e;
        }
        restartLater();
        return null;
    }

    private void restart() throws CaptureException {
        close();
        stream = new PacketStream(capture.openReader(), Session.full());
    }

    /** The stream is spent (or was stopped midway): the next seek starts again. */
    private void restartLater() {
        current = null;
    }

    @Override
    public synchronized void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // read-only: nothing to lose
            }
            stream = null;
        }
        current = null;
    }
}
