package io.sharkfin.export;

import io.sharkfin.cli.CliRun;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SMB export's bounds on hostile offsets (insert_chunk's G_MAXUINT32 limit, kept on disk
 * rather than in memory) and its behaviour on cut captures. Its files on whole captures are
 * ExportObjectsTest's.
 */
class SmbObjectExportTest {
    @TempDir
    Path temp;

    private SmbObjectExport.SmbObject object(String name) throws Exception {
        Path f = temp.resolve(name);
        Files.write(f, new byte[0]);
        return new SmbObjectExport.SmbObject(f);
    }

    @Test
    void chunksLandAtTheirOffsetsWithZerosBetween() throws Exception {
        SmbObjectExport.SmbObject o = object("gaps");
        SmbObjectExport.insert(o, 4, new byte[] {5, 6});
        SmbObjectExport.insert(o, 0, new byte[] {1, 2});
        SmbObjectExport.insert(o, 1, new byte[] {9});
        assertArrayEquals(new byte[] {1, 9, 0, 0, 5, 6}, Files.readAllBytes(o.file));
    }

    @Test
    void aChunkPastFourGibibytesEmptiesTheFileForGood() throws Exception {
        SmbObjectExport.SmbObject o = object("huge");
        SmbObjectExport.insert(o, 0, new byte[] {1, 2, 3});
        SmbObjectExport.insert(o, SmbObjectExport.MAX_LENGTH - 1, new byte[] {7, 7});
        assertEquals(0, Files.size(o.file));
        // as tshark: the next chunk gives the file a length again, but no bytes are written into it
        SmbObjectExport.insert(o, 2, new byte[] {4, 4});
        assertArrayEquals(new byte[4], Files.readAllBytes(o.file));
        SmbObjectExport.insert(o, 0, new byte[] {1});
        assertArrayEquals(new byte[4], Files.readAllBytes(o.file));
    }

    @Test
    void offsetsThatWrapOrReachTheBoundAreNeverAllocated() throws Exception {
        for (long offset : new long[] {Long.MIN_VALUE, -1, SmbObjectExport.MAX_LENGTH, 1L << 40}) {
            SmbObjectExport.SmbObject o = object("wrap" + Long.toHexString(offset));
            SmbObjectExport.insert(o, offset, new byte[] {1});
            assertEquals(0, Files.size(o.file), Long.toHexString(offset));
        }
        // the largest file tshark allocates ends at G_MAXUINT32 (sparse here)
        SmbObjectExport.SmbObject last = object("last");
        SmbObjectExport.insert(last, SmbObjectExport.MAX_LENGTH - 1, new byte[] {8});
        assertEquals(SmbObjectExport.MAX_LENGTH, Files.size(last.file));
        Files.delete(last.file);
    }

    /** A capture cut anywhere exports, of each file, what the whole capture exports, or nothing. */
    @Test
    void cutCapturesExportWhatTheyHold() throws Exception {
        Path capture = TestCaptures.DISSECT.resolve("smb.pcapng");
        Path wholeDir = temp.resolve("whole");
        assertEquals(0, CliRun.of("-r", capture.toString(), "-q", "--export-objects", "smb," + wholeDir).code());
        byte[] whole = Files.readAllBytes(capture);
        for (int cut = 200; cut < whole.length; cut += whole.length / 19) {
            Path part = temp.resolve("cut-" + cut + ".pcapng");
            Files.write(part, Arrays.copyOf(whole, cut));
            Path dir = temp.resolve("cut-" + cut);
            CliRun r = CliRun.of("-r", part.toString(), "-q", "--export-objects", "smb," + dir);
            assertTrue(r.code() == 0 || r.code() == 2, r.err());
            assertTrue(!r.err().contains("Exception") && !r.err().contains("could not be exported"), r.err());
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    assertArrayEquals(Files.readAllBytes(wholeDir.resolve(f.getFileName())), Files.readAllBytes(f),
                            "cut at " + cut + ": " + f.getFileName());
                }
            }
        }
    }
}
