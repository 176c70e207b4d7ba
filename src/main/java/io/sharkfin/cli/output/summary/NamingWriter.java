package io.sharkfin.cli.output.summary;

/**
 * A protocol whose dissector only names the Protocol column (or, for helpers like {@code data}
 * and the ASN.1 parts of certificates, writes nothing).
 */
final class NamingWriter implements ColumnWriter {

    /** Writes nothing. */
    static final NamingWriter SILENT = new NamingWriter(null);

    private final String name;

    NamingWriter(String name) {
        this.name = name;
    }

    @Override
    public void begin(Layer layer, Columns c) {
        if (name != null) {
            c.setProtocol(name);
        }
    }
}
