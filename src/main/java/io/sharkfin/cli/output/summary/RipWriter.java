package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.ValueStrings;

import java.util.Locale;

/**
 * RIP as packet-rip.c words it: the version's name as Protocol ("RIPv2", else "RIP"), the
 * command's as Info ("Response"), both from the fields' value names the tree uses too.
 */
final class RipWriter implements ColumnWriter {

    private final int command;
    private final int version;

    RipWriter(ColumnFields f) {
        command = f.id("rip.command");
        version = f.id("rip.version");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        String v = name(layer, version);
        c.setProtocol(v != null ? v : "RIP");
        String cmd = name(layer, command);
        c.setInfo(cmd != null ? cmd : String.format(Locale.ROOT, "Unknown command (%d)", layer.num(command, -1)));
    }

    /** The value name of the layer's first item of {@code field}, or null. */
    private static String name(Layer layer, int field) {
        int e = layer.first(field);
        if (e < 0) {
            return null;
        }
        ValueStrings names = layer.packet().registry().byId(field).strings();
        return names == null ? null : names.nameOf(layer.packet().num(e));
    }
}
