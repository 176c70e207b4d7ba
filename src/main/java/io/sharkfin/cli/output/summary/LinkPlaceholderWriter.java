package io.sharkfin.cli.output.summary;

/** Link types without addresses (loopback, raw IP): "N/A" and a description until IP writes. */
final class LinkPlaceholderWriter implements ColumnWriter {

    private final String info;

    LinkPlaceholderWriter(String info) {
        this.info = info;
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("N/A");
        c.setInfoConstant(info);
    }
}
