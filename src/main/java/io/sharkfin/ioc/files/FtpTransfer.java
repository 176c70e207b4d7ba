package io.sharkfin.ioc.files;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.FileFingerprints;
import io.sharkfin.dissect.protocol.FileMagic;
import io.sharkfin.ioc.Evidence;

import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * One file FTP moved (RETR or STOR), hashed as its FTP-DATA segments come: the bytes
 * {@code --export-objects ftp-data} saves for it (each segment's data in frame order; a segment
 * cut by the snapshot length adds nothing), with the frames that carried them.
 */
final class FtpTransfer {
    private static final HexFormat HEX = HexFormat.of();

    final long commandFrame;
    final boolean upload;
    final String name;
    final String client;
    final String server;
    final Evidence evidence = new Evidence();
    private final MessageDigest sha256 = FileFingerprints.digest("SHA-256");
    private final MessageDigest md5 = FileFingerprints.digest("MD5");
    private final byte[] head = new byte[FileMagic.HEAD];
    private long size;
    private long pieces;

    FtpTransfer(long commandFrame, String command, String src, String dst) {
        this.commandFrame = commandFrame;
        this.upload = command.startsWith("STOR");
        this.name = command.length() > 5 ? command.substring(5) : "(MISSING)";
        // FTP-DATA flows from the file's origin: the server for RETR, the client for STOR
        this.client = upload ? src : dst;
        this.server = upload ? dst : src;
    }

    /** Adds a segment's data: the {@code ftp-data} item's span, when it was all captured. */
    void add(Packet p, int data) {
        byte[] bytes = p.capturedSpan(data);
        if (bytes == null) {
            return;
        }
        int len = bytes.length;
        if (size < FileMagic.HEAD) {
            System.arraycopy(bytes, 0, head, (int) size, (int) Math.min(len, FileMagic.HEAD - size));
        }
        sha256.update(bytes);
        md5.update(bytes);
        size += len;
        pieces++;
    }

    /** Whether any segment's data was captured whole: else there is no file (nor in tshark's export). */
    boolean hasData() {
        return pieces > 0;
    }

    long size() {
        return size;
    }

    String sha256() {
        return HEX.formatHex(clone(sha256).digest());
    }

    String md5() {
        return HEX.formatHex(clone(md5).digest());
    }

    /** The media type the file's first bytes show, or null. */
    String magic() {
        return FileMagic.of(head, (int) Math.min(size, FileMagic.HEAD));
    }

    private static MessageDigest clone(MessageDigest d) {
        try {
            return (MessageDigest) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's digests clone", e);
        }
    }
}
