package io.sharkfin.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code sharkfin --version}: the jar's version and the Wireshark version it follows. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {
            "sharkfin " + (v == null ? "(development build)" : v),
            "display-filter language and fields of Wireshark 4.0.17",
            "Java " + Runtime.version()
        };
    }
}
