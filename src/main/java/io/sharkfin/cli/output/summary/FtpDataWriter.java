package io.sharkfin.cli.output.summary;

/**
 * FTP-DATA as packet-ftp.c words its columns: "FTP Data: N bytes" (as the segment reports them),
 * then the method that set the connection up and the command it answers, each in parentheses.
 */
final class FtpDataWriter implements ColumnWriter {

    private final int method;
    private final int command;

    FtpDataWriter(ColumnFields f) {
        f.id("ftp-data"); // the layer's item: its span is the count
        method = f.id("ftp-data.setup-method");
        command = f.id("ftp-data.command");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("FTP-DATA");
        if (layer.entry() < 0) {
            return;
        }
        StringBuilder info = new StringBuilder("FTP Data: ").append(layer.packet().rawLen(layer.entry()))
                .append(" bytes");
        for (int field : new int[] {method, command}) {
            String text = layer.text(field);
            if (text != null) {
                info.append(" (").append(text).append(')');
            }
        }
        c.setInfo(info.toString());
    }
}
