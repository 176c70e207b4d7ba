package io.sharkfin.cli.output.summary;

import java.util.Arrays;

/**
 * FTP as packet-ftp.c words its columns: "Request: " or "Response: " and the segment's first
 * line as format_text shows it, without its line end.
 */
final class FtpWriter implements ColumnWriter {

    private final int request;

    FtpWriter(ColumnFields f) {
        f.id("ftp"); // the layer's item: its bytes hold the line
        request = f.id("ftp.request");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("FTP");
        if (layer.entry() < 0) {
            return;
        }
        byte[] b = layer.packet().bytes(layer.entry());
        int n = 0;
        while (n < b.length && b[n] != '\r' && b[n] != '\n') {
            n++;
        }
        c.setInfo((layer.num(request, 0) != 0 ? "Request: " : "Response: ") + FormatText.of(Arrays.copyOf(b, n)));
    }
}
