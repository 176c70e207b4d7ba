package io.sharkfin.cli.output.summary;

import java.util.Locale;

/** RIP as packet-rip.c words it: the version as Protocol ("RIPv2"), the command as Info ("Response"). */
final class RipWriter implements ColumnWriter {

    private final int command;
    private final int version;

    RipWriter(ColumnFields f) {
        command = f.id("rip.command");
        version = f.id("rip.version");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        long v = layer.num(version, -1);
        c.setProtocol(v == 1 ? "RIPv1" : v == 2 ? "RIPv2" : "RIP");
        long cmd = layer.num(command, -1);
        String name = switch ((int) cmd) {
            case 1 -> "Request";
            case 2 -> "Response";
            case 3 -> "Traceon";
            case 4 -> "Traceoff";
            case 5 -> "Vendor specific (Sun)";
            default -> String.format(Locale.ROOT, "Unknown command (%d)", cmd);
        };
        c.setInfo(name);
    }
}
