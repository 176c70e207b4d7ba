package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.cli.output.SummaryColumns.Row;
import io.sharkfin.filter.Filter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a filter over a capture and prints the matching frames, then the count line.
 *
 * <p>In batch mode everything happens on the calling thread and every row is printed. On a
 * terminal the scan runs on a worker thread and hands rows over a small queue: the first page
 * prints as soon as it is found, then the user pages on or stops listing; a scan that is still
 * running then goes on counting in the background, its count line printed above the prompt
 * when it ends ({@code :count} waits for it). Ctrl-C stops the scan.
 */
final class FilterRunner {

    private static final AttributedStyle SUMMARY = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).bold();

    private final Console console;

    FilterRunner(Console console) {
        this.console = console;
    }

    PendingResult run(LoadedCapture capture, Filter filter) throws ReplError {
        return console.interactive() ? runPaged(capture, filter) : runBatch(capture, filter);
    }

    private PendingResult runBatch(LoadedCapture capture, Filter filter) throws ReplError {
        ResultTable table = new ResultTable(0, capture.framesIfKnown());
        boolean[] header = {false};
        ScanResult r;
        try {
            r = new FilterScan(capture, filter).run(row -> {
                if (!header[0]) {
                    console.print(table.header());
                    header[0] = true;
                }
                console.print(table.row(row));
                return true;
            });
        } catch (CaptureException e) {
            throw ReplError.of(e);
        }
        finish(r);
        return PendingResult.done(capture, r);
    }

    private PendingResult runPaged(LoadedCapture capture, Filter filter) throws ReplError {
        int page = Math.max(1, console.pageRows());
        long start = System.nanoTime();
        FilterScan scan = new FilterScan(capture, filter);
        BlockingQueue<Row> rows = new ArrayBlockingQueue<>(page);
        ListingSwitch listing = new ListingSwitch();
        CompletableFuture<ScanResult> future = CompletableFuture.supplyAsync(() -> {
            try {
                return scan.run(row -> offer(rows, row, listing));
            } catch (CaptureException e) {
                throw new CompletionException(e);
            }
        }, Workers::start);
        ResultTable table = new ResultTable(console.width(), capture.framesIfKnown());
        long firstPage = -1;
        long onPage = 0;
        long shown = 0;
        boolean all = false;
        AtomicBoolean interrupted = new AtomicBoolean();
        try (Console.Hook _ = console.onInterrupt(() -> {
            interrupted.set(true);
            listing.stop();
            scan.cancel();
        })) {
            while (true) {
                Row row = rows.poll(100, TimeUnit.MILLISECONDS);
                if (row == null) {
                    if (future.isDone() && rows.isEmpty()) {
                        break;
                    }
                    if (!listing.on()) {
                        break;
                    }
                    console.progress(Progress.text(scan));
                    continue;
                }
                if (onPage == page && !all) {
                    console.progress(null);
                    Console.More answer = console.askMore(shown);
                    if (answer == Console.More.QUIT) {
                        listing.stop();
                        rows.clear();
                        break;
                    }
                    all = answer == Console.More.ALL;
                    onPage = 0;
                }
                if (shown == 0) {
                    console.print(table.header());
                }
                console.progress(null);
                console.print(table.row(row));
                onPage++;
                shown++;
                if (shown == page) {
                    firstPage = System.nanoTime() - start;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scan.cancel();
        } finally {
            console.progress(null);
        }
        // the first page matters when there was more than a page; a shorter result is just the scan
        long pageTime = firstPage;
        PendingResult pending = new PendingResult(capture, filter, scan,
                future.thenApply(r -> r.withFirstPage(pageTime)));
        if (future.isDone() || interrupted.get()) {
            // finished, or stopped with Ctrl-C (the scan ends at its next frame)
            finish(pending.await(console));
        } else {
            console.print(new AttributedString("… counting the rest in the background (:count waits for it)",
                    AttributedStyle.DEFAULT.faint()));
            future.whenComplete((r, t) -> {
                // a count stopped because another filter replaced it is of no interest
                if (r != null && r.complete()) {
                    console.later(new AttributedString(r.withFirstPage(pageTime).summary(), SUMMARY));
                }
            });
        }
        return pending;
    }

    /** Hands a row to the pager, waiting while the page is full, unless listing stopped. */
    private static boolean offer(BlockingQueue<Row> rows, Row row, ListingSwitch listing) throws InterruptedException {
        while (listing.on()) {
            if (rows.offer(row, 50, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    private void finish(ScanResult r) {
        if (r.damage() != null) {
            console.warn(r.damage());
        }
        console.print(new AttributedString(r.summary(), SUMMARY));
    }

    /** Whether the pager still wants rows (turned off once, from either thread). */
    private static final class ListingSwitch {
        private volatile boolean on = true;

        boolean on() {
            return on;
        }

        void stop() {
            on = false;
        }
    }
}
