package io.sharkfin.repl;

import io.sharkfin.filter.Filter;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The last filter run over a capture: finished, or still counting in the background after its
 * first page was shown. Commands that need its matches ({@code :count}, {@code :write},
 * {@code :stats}) wait for it.
 */
final class PendingResult {

    private final LoadedCapture capture;
    private final Filter filter;
    private final FilterScan scan;
    private final CompletableFuture<ScanResult> result;

    PendingResult(LoadedCapture capture, Filter filter, FilterScan scan, CompletableFuture<ScanResult> result) {
        this.capture = capture;
        this.filter = filter;
        this.scan = scan;
        this.result = result;
    }

    static PendingResult done(LoadedCapture capture, ScanResult r) {
        return new PendingResult(capture, r.filter(), null, CompletableFuture.completedFuture(r));
    }

    LoadedCapture capture() {
        return capture;
    }

    /** The filter that was run. */
    Filter filter() {
        return filter;
    }

    boolean isDone() {
        return result.isDone();
    }

    /** Stops a background count (the result then says the scan was stopped). */
    void cancel() {
        if (scan != null) {
            scan.cancel();
        }
    }

    /**
     * Waits for the result, showing progress on the console and stopping the scan on Ctrl-C.
     *
     * @throws ReplError when the scan failed
     */
    ScanResult await(Console console) throws ReplError {
        try (Console.Hook _ = console.onInterrupt(this::cancel)) {
            while (true) {
                try {
                    return result.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    console.progress(Progress.text(scan));
                }
            }
        } catch (ExecutionException e) {
            throw ReplError.of(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplError("interrupted", 2);
        } finally {
            console.progress(null);
        }
    }
}
