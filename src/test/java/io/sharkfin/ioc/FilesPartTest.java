package io.sharkfin.ioc;

import io.sharkfin.dissect.protocol.FileMagic;
import io.sharkfin.ioc.files.FileKinds;
import io.sharkfin.ioc.files.FilesCollector;
import io.sharkfin.ioc.report.FilesReport;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.TextReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files part of the analysis on {@code http-files.pcapng} (make-http-files.py): each body's
 * hashes (those of the files tshark's Export Objects saves: HttpObjectsTest), its kind by content
 * beside its declared type, downloads and uploads with their URIs; and the findings: a disguised
 * executable, executables over plain HTTP, an archive uploaded, nothing for an archive fetched or
 * for ordinary pages and images.
 */
class FilesPartTest {

    private static FilesReport.File byUri(FilesReport r, String uri) {
        return r.files().stream().filter(f -> f.uris().contains(uri)).findFirst().orElseThrow();
    }

    @Test
    void everyBodyOnceByContent() {
        FilesReport r = IocTestSupport.report(IocTestSupport.HTTP_FILES).files();
        // twelve distinct contents of thirteen bodies: the executable fetched twice is one file
        assertEquals(12, r.files().size());
        FilesReport.File update = byUri(r, "http://update.cdn-files.test/svc/update.exe");
        assertEquals("0a973eb17347ea35a5d12d3ae5846e7f8a7b7ac65ba635066ffcc2f2fc45d72c", update.sha256());
        assertEquals("52921dca752fb7489056379ced33b959", update.md5());
        assertEquals(6000, update.size());
        assertEquals(FileMagic.DOSEXEC, update.magic());
        assertEquals(List.of("application/octet-stream"), update.declaredTypes());
        assertEquals(2, update.downloads());
        assertEquals(0, update.uploads());
        assertEquals(List.of("10.20.0.15", "10.20.0.23"), update.clients());
        assertEquals(List.of("203.0.113.10"), update.servers());
        assertEquals(List.of(14L, 58L), update.evidence().frames());
        assertEquals("http.file_data.sha256 == \"" + update.sha256() + "\"", update.evidence().filter());

        // gzip content coding: the hash is of the decoded script, as Export Objects saves it
        FilesReport.File script = byUri(r, "http://static-img.test/app.js");
        assertEquals(2560, script.size());
        assertNull(script.magic());

        // a request body is an upload, its client the sender; the reply's body is another file
        FilesReport.File loot = byUri(r, "http://collect.example.test/upload.php");
        assertEquals(FileMagic.ZIP, loot.magic());
        assertEquals(1, loot.uploads());
        assertEquals(List.of("10.20.0.15"), loot.clients());
        assertEquals(List.of("192.0.2.45"), loot.servers());
        assertEquals(FileMagic.ELF, byUri(r, "http://198.51.100.20/x86_64/agent").magic());
        assertTrue(TextReport.render(IocTestSupport.report(IocTestSupport.HTTP_FILES)).contains(update.sha256()),
                "the text table shows whole hashes");
    }

    @Test
    void findingsForDisguisedExecutableAndUploadedFiles() {
        List<IocReport.Finding> found = IocTestSupport.report(IocTestSupport.HTTP_FILES).findings();
        Map<String, List<String>> titles = found.stream().collect(Collectors.groupingBy(IocReport.Finding::kind,
                Collectors.mapping(IocReport.Finding::title, Collectors.toList())));
        assertEquals(List.of("File type disguised: logo.jpg is a Windows executable, declared image/jpeg"),
                titles.get("disguised-file"));
        assertEquals(List.of("Executable over HTTP: update.exe", "Executable over HTTP: agent"),
                titles.get("executable-transfer"));
        assertEquals(List.of("Archive uploaded: upload.php"), titles.get("archive-upload"));
        IocReport.Finding disguised = found.stream().filter(f -> f.kind().equals("disguised-file")).findFirst().orElseThrow();
        assertEquals(1, disguised.rank());
        assertEquals("high", disguised.severity());
        assertEquals(List.of("T1036.008", "T1105"), disguised.attack());
        assertEquals(List.of(30L), disguised.evidence().frames());
        assertTrue(disguised.indicators().contains("34e9da4078e8fe26e15cb76639772371"), disguised.indicators().toString());
        // the archive fetched (declared as what it is), the page, the icon and the script are no findings
        assertTrue(found.stream().noneMatch(f -> f.title().contains("invoice.zip") || f.title().contains("app.js")
                || f.title().contains("favicon")), found.toString());
    }

    /**
     * FTP's files (ftp.pcapng: RETR and STOR over passive and active data connections, a name in
     * UTF-8) are hashed as their data comes: the hashes and sizes of the files tshark's
     * {@code --export-objects ftp-data} saves (conformance/export-objects.tsv), one entry per
     * transfer, its frames selected by the transfer's command frame.
     */
    @Test
    void ftpTransfersAreTheFilesTsharkExports() throws Exception {
        List<String> truth = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                "src/test/resources/conformance/export-objects.tsv")).stream()
                .filter(l -> l.startsWith("src/test/resources/dissect/ftp.pcapng\tftp-data\t"))
                .map(l -> l.split("\t")[3] + " " + l.split("\t")[4]).sorted().toList();
        assertEquals(4, truth.size());
        List<FilesReport.File> ftp = IocTestSupport.report(IocTestSupport.FTP).files().files().stream()
                .filter(f -> f.protocol().equals("ftp")).toList();
        assertEquals(truth, ftp.stream().map(f -> f.sha256() + " " + f.size()).sorted().toList());
        for (FilesReport.File f : ftp) {
            assertTrue(f.evidence().filter().matches("ftp-data\\.command-frame == \\d+"), f.evidence().filter());
            assertTrue(f.uris().getFirst().startsWith("ftp://"), f.uris().toString());
            assertEquals(1, f.downloads() + f.uploads());
        }
    }

    /**
     * MIME parts that are files (multipart.pcapng, make-multipart.py): a form upload's file with
     * its name, and a mail's base64 attachments hashed as decoded, the hashes and sizes of the
     * bytes the script encoded (noise(700, 7), its zip and exe-like bytes); form fields and the
     * message's text are no files. The exe-like attachment is a finding.
     */
    @Test
    void partsThatAreFiles() {
        IocReport r = IocTestSupport.report(IocTestSupport.MULTIPART);
        FilesReport.File upload = r.files().files().stream().filter(f -> f.names().contains("notes.txt")).findFirst()
                .orElseThrow();
        assertEquals("http", upload.protocol());
        assertEquals(List.of("http://files.example.net/upload"), upload.uris());
        assertEquals(1, upload.uploads());
        FilesReport.File blob = r.files().files().stream().filter(f -> f.size() == 700).findFirst().orElseThrow();
        assertEquals("667461d9805dbc23cdd30970ebbdad3bf438c095b818fb79cd204064aff05e15", blob.sha256());
        assertNull(blob.magic());
        Map<String, FilesReport.File> mail = r.files().files().stream().filter(f -> f.protocol().equals("mail"))
                .collect(Collectors.toMap(f -> f.names().getFirst(), f -> f));
        assertEquals(java.util.Set.of("invoice 4411.zip", "scan.pdf.exe"), mail.keySet());
        assertEquals("15a0b866a95175b260b91f5e92f70540372cdb85740b56bea0c21ced777861c6", mail.get("invoice 4411.zip").sha256());
        assertEquals(130, mail.get("invoice 4411.zip").size());
        assertEquals(FileMagic.ZIP, mail.get("invoice 4411.zip").magic());
        FilesReport.File exe = mail.get("scan.pdf.exe");
        assertEquals("2ee5956770cc58da18949da7970650d2a82bf976be8436ec44534e6d2748759f", exe.sha256());
        assertEquals(143, exe.size());
        assertEquals(List.of("192.0.2.25"), exe.clients());
        assertEquals("mime_multipart.part.sha256 == \"" + exe.sha256() + "\"", exe.evidence().filter());
        assertTrue(r.files().files().stream().noneMatch(f -> f.size() == 5 && f.names().isEmpty()),
                "a form field is no file");
        assertEquals(List.of("Executable attached to mail: scan.pdf.exe"), r.findings().stream()
                .filter(f -> f.kind().equals("executable-transfer")).map(IocReport.Finding::title).toList());
    }

    @Test
    void fileNamesOfContentDispositions() {
        assertEquals("a b.zip", FilesCollector.fileName("attachment; filename=\"a b.zip\""));
        assertEquals("x;y.txt", FilesCollector.fileName("form-data; name=\"f\"; filename=\"x;y.txt\""));
        assertEquals("plain.bin", FilesCollector.fileName("attachment; FILENAME = plain.bin ; size=3"));
        assertEquals("UTF-8''na%C3%AFve.txt", FilesCollector.fileName("attachment; filename*=UTF-8''na%C3%AFve.txt"));
        assertNull(FilesCollector.fileName("form-data; name=\"user\""));
        assertNull(FilesCollector.fileName("inline"));
        // the parameter's name must be filename, not one that ends with it
        assertNull(FilesCollector.fileName("attachment; xfilename=\"no\""));
    }

    @Test
    void labelsThatHideAKind() {
        assertEquals("image/jpeg", FileKinds.disguise(List.of("image/jpeg"), FileMagic.DOSEXEC));
        assertEquals("text/plain", FileKinds.disguise(List.of("application/octet-stream", "text/plain"), FileMagic.ZIP));
        // a generic or honest label hides nothing, nor does any label of a harmless kind
        assertNull(FileKinds.disguise(List.of("application/octet-stream"), FileMagic.DOSEXEC));
        assertNull(FileKinds.disguise(List.of("application/zip"), FileMagic.ZIP));
        assertNull(FileKinds.disguise(List.of("text/plain"), FileMagic.SCRIPT));
        assertNull(FileKinds.disguise(List.of("image/png"), FileMagic.PNG));
        assertNull(FileKinds.disguise(List.of("text/html"), null));
        assertEquals("a Windows executable", FileKinds.describe(FileMagic.DOSEXEC));
    }

    @Test
    void noFilesWhereNoBodies() {
        // the shared corpus's captures have pages, images and posts but nothing risky
        for (var c : IocTestSupport.captures()) {
            IocReport r = IocTestSupport.report(c);
            assertTrue(r.findings().stream().noneMatch(f -> f.kind().equals("disguised-file")
                    || f.kind().equals("executable-transfer")), c.toString());
        }
        assertEquals(3, IocTestSupport.report(java.nio.file.Path.of("src/test/resources/corpus/captures/cs-http_post.pcapng"))
                .files().files().size());
    }
}
