package io.sharkfin.ioc.files;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
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
 * <p>MIME parts are files when their Content-Disposition names one or their first bytes show a
 * kind (form fields and a message's text are not; a multipart body is not, its parts are): form uploads and mail attachments, hashed as
 * decoded ({@code mime_multipart.part.*}); a part belongs to the HTTP message around it, or to a
 * mail message when no HTTP carried it.
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
        final String protocol;
        final String sha256;
        final long size;
        /** The field whose value is the hash: the filter selecting the content's frames. */
        final String field;
        String md5;
        String magic;
        final DistinctValues names = new DistinctValues();
        final DistinctValues declared = new DistinctValues();
        final DistinctValues uris = new DistinctValues();
        final DistinctValues clients = new DistinctValues();
        final DistinctValues servers = new DistinctValues();
        final Evidence evidence = new Evidence();
        long downloads;
        long uploads;

        Entry(String protocol, String sha256, long size, String field) {
            this.protocol = protocol;
            this.sha256 = sha256;
            this.size = size;
            this.field = field;
        }
    }

    public FilesCollector(IocFields fields) {
        this.f = fields;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        for (int sha = PacketValues.first(p, f.fileSha256); sha >= 0; sha = p.next(sha)) {
            file(frame, p, sha, false);
        }
        for (int sha = PacketValues.first(p, f.partSha256); sha >= 0; sha = p.next(sha)) {
            file(frame, p, sha, true);
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

    /**
     * The file whose hash is entry {@code sha}: an HTTP body, or a MIME part ({@code part}), which
     * belongs to the HTTP message around it or, with none, to a mail message.
     */
    private void file(FrameContext frame, Packet p, int sha, boolean part) {
        PacketValues v = frame.values();
        int request = PacketValues.before(p, f.httpMethod, sha);
        int response = PacketValues.before(p, f.httpResponseCode, sha);
        boolean http = Math.max(request, response) >= 0;
        boolean upload = !http || request > response;
        int start = Math.max(request, response);
        int end = Math.min(PacketValues.after(p, f.httpMethod, sha), PacketValues.after(p, f.httpResponseCode, sha));
        // a part's own fields follow its item; a body's follow its message's first line
        int from = part ? PacketValues.before(p, f.part, sha) : start;
        int to = part ? Math.min(end, PacketValues.after(p, f.part, sha)) : end;
        String name = null;
        if (part) {
            int disposition = PacketValues.within(p, f.partDisposition, from, sha);
            name = disposition < 0 ? null : fileName(v.string(p, disposition));
            if (name == null && PacketValues.within(p, f.partMagic, from, to) < 0) {
                return; // a form field or a message's text: no file
            }
        }
        int type = part ? PacketValues.within(p, f.partContentType, from, sha)
                : PacketValues.within(p, f.httpContentType, start, end);
        String declared = type < 0 ? null : Strings.mediaType(v.string(p, type));
        if (!part && declared != null && declared.startsWith("multipart/")) {
            return; // its parts are the files
        }
        String field = part ? "mime_multipart.part.sha256" : "http.file_data.sha256";
        Entry e = files.get(field + ' ' + v.string(p, sha), k -> new Entry(http ? "http" : "mail", v.string(p, sha),
                size(p, sha, part, from, to), field));
        if (e == null) {
            return;
        }
        if (e.md5 == null) {
            int md5 = PacketValues.within(p, part ? f.partMd5 : f.fileMd5, from, to);
            e.md5 = md5 < 0 ? "" : v.string(p, md5);
            int magic = PacketValues.within(p, part ? f.partMagic : f.fileMagic, from, to);
            e.magic = magic < 0 ? null : v.string(p, magic);
        }
        if (name != null) {
            e.names.add(name);
        }
        if (declared != null) {
            e.declared.add(declared);
        }
        int uri = http ? PacketValues.within(p, upload ? f.httpFullUri : f.httpResponseForUri, start, end) : -1;
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

    /** A file's length: the hash item's span for a body, the part's decoded size for a part. */
    private long size(Packet p, int sha, boolean part, int from, int to) {
        int size = part ? PacketValues.within(p, f.partSize, from, to) : -1;
        return size >= 0 ? p.num(size) : p.rawLen(sha);
    }

    /**
     * The {@code filename} parameter of a Content-Disposition value (quoted or not), or null. The
     * RFC 2231 {@code filename*} form is taken as written.
     */
    public static String fileName(String disposition) {
        // one pass over the parameters: the value is attacker's text of any length
        int at = disposition.indexOf(';');
        while (at >= 0) {
            int next = disposition.indexOf(';', at + 1);
            String param = disposition.substring(at + 1, next < 0 ? disposition.length() : next).strip();
            int eq = param.indexOf('=');
            String name = eq < 0 ? "" : param.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (name.equals("filename") || name.equals("filename*")) {
                String value = param.substring(eq + 1).strip();
                if (value.startsWith("\"")) {
                    // a quoted name may hold ';': it ends at its closing quote
                    int open = disposition.indexOf('"', at + 1);
                    int close = disposition.indexOf('"', open + 1);
                    return close < 0 ? disposition.substring(open + 1) : disposition.substring(open + 1, close);
                }
                return value;
            }
            at = next;
        }
        return null;
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
            out.add(new FilesReport.File(e.protocol, e.sha256, e.md5, e.size, e.names.list(), e.magic, e.declared.list(),
                    e.downloads, e.uploads, e.uris.list(), e.clients.list(), e.servers.list(),
                    ctx.evidence(e.evidence, FilterText.eq(e.field, e.sha256))));
        }
        for (FtpTransfer t : transfers.values()) {
            if (!t.hasData()) {
                continue;
            }
            out.add(new FilesReport.File("ftp", t.sha256(), t.md5(), t.size(), List.of(t.name), t.magic(), List.of(),
                    t.upload ? 0 : 1,
                    t.upload ? 1 : 0, List.of("ftp://" + t.server + "/" + t.name), List.of(t.client), List.of(t.server),
                    ctx.evidence(t.evidence, "ftp-data.command-frame == " + t.commandFrame)));
        }
        out.sort(Comparator.comparingLong(x -> x.evidence().firstFrame()));
        return new FilesReport(out);
    }
}
