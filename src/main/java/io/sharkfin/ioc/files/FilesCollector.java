package io.sharkfin.ioc.files;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.report.FilesReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Files carried by HTTP bodies, from sharkfin's {@code http.file_data.sha256}, {@code .md5} and
 * {@code .magic}: one entry per distinct content, with the Content-Type it was declared as, its
 * URIs ({@code http.response_for.uri} for a response, {@code http.request.full_uri} for a
 * request) and its clients and servers. A frame may complete several pipelined messages: a body's
 * fields are those between its message's first line ({@code http.request.method} or
 * {@code http.response.code}) and the next message's (entries are in tree order).
 *
 * <p>And files FTP moved: one entry per RETR or STOR whose data came ({@code ftp-data} frames by
 * {@code ftp-data.command-frame}), hashed as the segments come ({@link FtpTransfer}), so only
 * the transfers in progress hold state, never their bytes.
 */
public final class FilesCollector implements Collector {
    private final IocFields f;
    private final BoundedTable<String, Entry> files = new BoundedTable<>("HTTP files");
    private final BoundedTable<Long, FtpTransfer> transfers = new BoundedTable<>("FTP files");

    /** One content with what was seen of it. */
    private static final class Entry {
        final String sha256;
        final long size;
        String md5;
        String magic;
        final DistinctValues declared = new DistinctValues();
        final DistinctValues uris = new DistinctValues();
        final DistinctValues clients = new DistinctValues();
        final DistinctValues servers = new DistinctValues();
        final Evidence evidence = new Evidence();
        long downloads;
        long uploads;

        Entry(String sha256, long size) {
            this.sha256 = sha256;
            this.size = size;
        }
    }

    public FilesCollector(IocFields fields) {
        this.f = fields;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        for (int sha = PacketValues.first(p, f.fileSha256); sha >= 0; sha = p.next(sha)) {
            body(frame, p, sha);
        }
        int data = PacketValues.first(p, f.ftpData);
        if (data >= 0) {
            ftpData(frame, p, data);
        }
    }

    /** A segment of an FTP data connection: part of a file when a RETR or STOR opened it. */
    private void ftpData(FrameContext frame, Packet p, int data) {
        int command = PacketValues.first(p, f.ftpDataCommand);
        int commandFrame = PacketValues.first(p, f.ftpDataCommandFrame);
        if (command < 0 || commandFrame < 0) {
            return;
        }
        String text = frame.values().string(p, command);
        if (!text.startsWith("RETR") && !text.startsWith("STOR")) {
            return; // listings and the like are not files
        }
        FtpTransfer t = transfers.get(p.num(commandFrame), k -> new FtpTransfer(k, text, frame.src(), frame.dst()));
        if (t != null) {
            t.add(p, data);
            t.evidence.add(frame.number(), frame.time());
        }
    }

    /** The body whose hash is entry {@code sha}. */
    private void body(FrameContext frame, Packet p, int sha) {
        PacketValues v = frame.values();
        int request = before(p, f.httpMethod, sha);
        int response = before(p, f.httpResponseCode, sha);
        boolean upload = request > response;
        int start = Math.max(request, response);
        int end = Math.min(after(p, f.httpMethod, sha), after(p, f.httpResponseCode, sha));
        // the hash item spans the body
        Entry e = files.get(v.string(p, sha), k -> new Entry(k, p.rawLen(sha)));
        if (e == null) {
            return;
        }
        if (e.md5 == null) {
            int md5 = PacketValues.within(p, f.fileMd5, start, end);
            e.md5 = md5 < 0 ? "" : v.string(p, md5);
            int magic = PacketValues.within(p, f.fileMagic, start, end);
            e.magic = magic < 0 ? null : v.string(p, magic);
        }
        int type = PacketValues.within(p, f.httpContentType, start, end);
        if (type >= 0) {
            e.declared.add(mediaType(v.string(p, type)));
        }
        int uri = PacketValues.within(p, upload ? f.httpFullUri : f.httpResponseForUri, start, end);
        if (uri >= 0) {
            e.uris.add(v.string(p, uri));
        }
        String client = upload ? frame.src() : frame.dst();
        String server = upload ? frame.dst() : frame.src();
        if (client != null) {
            e.clients.add(client);
        }
        if (server != null) {
            e.servers.add(server);
        }
        if (upload) {
            e.uploads++;
        } else {
            e.downloads++;
        }
        e.evidence.add(frame.number(), frame.time());
    }

    /** The last entry of a field before entry {@code e}, or -1. */
    private static int before(Packet p, int field, int e) {
        int found = -1;
        for (int x = PacketValues.first(p, field); x >= 0 && x < e; x = p.next(x)) {
            found = x;
        }
        return found;
    }

    /** The first entry of a field after entry {@code e}, or {@link Integer#MAX_VALUE}. */
    private static int after(Packet p, int field, int e) {
        for (int x = PacketValues.first(p, field); x >= 0; x = p.next(x)) {
            if (x > e) {
                return x;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A Content-Type value without its parameters, in lower case (media types are case-insensitive). */
    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        files.reportDrops(out);
        transfers.reportDrops(out);
    }

    /** The files in the order they were first seen, each with the filter selecting the frames that carried it. */
    public FilesReport report(ReportContext ctx) {
        List<FilesReport.File> out = new ArrayList<>();
        for (Entry e : files.values()) {
            out.add(new FilesReport.File("http", e.sha256, e.md5, e.size, e.magic, e.declared.list(), e.downloads,
                    e.uploads, e.uris.list(), e.clients.list(), e.servers.list(),
                    ctx.evidence(e.evidence, FilterText.eq("http.file_data.sha256", e.sha256))));
        }
        for (FtpTransfer t : transfers.values()) {
            if (!t.hasData()) {
                continue;
            }
            out.add(new FilesReport.File("ftp", t.sha256(), t.md5(), t.size(), t.magic(), List.of(), t.upload ? 0 : 1,
                    t.upload ? 1 : 0, List.of("ftp://" + t.server + "/" + t.name), List.of(t.client), List.of(t.server),
                    ctx.evidence(t.evidence, "ftp-data.command-frame == " + t.commandFrame)));
        }
        out.sort(Comparator.comparingLong(x -> x.evidence().firstFrame()));
        return new FilesReport(out);
    }
}
