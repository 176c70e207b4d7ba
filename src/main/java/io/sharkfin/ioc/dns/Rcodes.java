package io.sharkfin.ioc.dns;

/** DNS response codes by their usual mnemonics (RFC 1035, 2136, 6895). */
public final class Rcodes {
    private Rcodes() {
    }

    public static final int NXDOMAIN = 3;

    private static final String[] NAMES = {"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP",
        "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "DSOTYPENI"};

    public static String name(int rcode) {
        return rcode >= 0 && rcode < NAMES.length ? NAMES[rcode] : "RCODE" + rcode;
    }
}
