package io.sharkfin.cli.output.summary;

/** Link types without addresses (loopback, raw IP): "N/A" and a description until IP writes. */
final class LinkPlaceholderWriter implements ColumnWriter {

    private final String info;

    LinkPlaceholderWriter(String info) {
        this.info = info;
    }

    @Override
    public void begin(Layer layer, Columns c) {
        // packet-raw.c and packet-null.c set the link-layer address columns, which the default
        // Source and Destination columns show until the network layer sets its own
        c.setAddresses("N/A", "N/A");
        c.setProtocol("N/A");
        c.setInfoConstant(info);
    }
}
