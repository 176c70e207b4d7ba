package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The captures open in a REPL session, the current one, and the last filter run over each.
 */
public final class Workspace implements AutoCloseable {

    private final List<LoadedCapture> captures = new ArrayList<>();
    private final Map<LoadedCapture, PendingResult> lastRuns = new HashMap<>();
    private int current = -1;

    /** Opens a capture and makes it the current one; returns its number (1-based). */
    public int open(Path path) throws CaptureException {
        LoadedCapture c = LoadedCapture.open(path);
        captures.add(c);
        current = captures.size() - 1;
        return captures.size();
    }

    /**
     * Opens the captures named on the command line; the first that opens becomes current.
     * Problems are reported on the console.
     *
     * @param announce whether to print each capture's number and name
     * @return 0, or 2 when a capture could not be opened
     */
    public int openAll(List<Path> files, Console console, boolean announce) {
        int status = 0;
        int first = -1;
        for (Path p : files) {
            try {
                int n = open(p);
                first = first < 0 ? n - 1 : first;
                if (announce) {
                    console.print(n + ": " + current().name());
                }
            } catch (CaptureException e) {
                console.error(e.getMessage());
                status = 2;
            }
        }
        if (first >= 0) {
            current = first;
        }
        return status;
    }

    public List<LoadedCapture> captures() {
        return List.copyOf(captures);
    }

    /** The current capture, or null when none is open. */
    public LoadedCapture current() {
        return current < 0 ? null : captures.get(current);
    }

    /** The current capture's number (1-based), 0 when none. */
    public int currentNumber() {
        return current + 1;
    }

    /** The current capture, or a usage error saying how to open one. */
    LoadedCapture require() throws ReplError {
        LoadedCapture c = current();
        if (c == null) {
            throw ReplError.usage("no capture is open: :open FILE");
        }
        return c;
    }

    /** Makes capture {@code n} (1-based) current. */
    void use(int n) throws ReplError {
        if (n < 1 || n > captures.size()) {
            throw ReplError.usage("no capture " + n + " (" + captures.size() + " open; :use lists them)");
        }
        current = n - 1;
    }

    /** The last filter run over the current capture, or null. */
    PendingResult lastRun() {
        LoadedCapture c = current();
        return c == null ? null : lastRuns.get(c);
    }

    /** Records the last run over its capture; a count still running for an earlier filter stops. */
    void setLastRun(PendingResult r) {
        PendingResult before = lastRuns.put(r.capture(), r);
        if (before != null && before != r && !before.isDone()) {
            // a newer filter replaces it: its background count is of no use any more
            before.cancel();
        }
    }

    @Override
    public void close() {
        for (PendingResult r : lastRuns.values()) {
            r.cancel();
        }
        for (LoadedCapture c : captures) {
            c.close();
        }
        captures.clear();
    }
}
