package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Packet;

/** The TCP options as the Info column lists them: {@code MSS=1460 SACK_PERM TSval=1 TSecr=0 WS=128}. */
final class TcpOptionText {

    private final int mss;
    private final int windowScale;
    private final int sackPermitted;
    private final int tsval;
    private final int tsecr;
    private final int sackLeft;
    private final int sackRight;
    private final int echo;
    private final int cc;
    private final int userTimeout;
    private final int md5;
    private final int tfoRequest;
    private final int tfoCookie;

    TcpOptionText(ColumnFields f) {
        mss = f.id("tcp.options.mss_val");
        windowScale = f.id("tcp.options.wscale.multiplier");
        sackPermitted = f.id("tcp.options.sack_perm");
        tsval = f.id("tcp.options.timestamp.tsval");
        tsecr = f.id("tcp.options.timestamp.tsecr");
        sackLeft = f.id("tcp.options.sack_le");
        sackRight = f.id("tcp.options.sack_re");
        echo = f.id("tcp.options.echo_value");
        cc = f.id("tcp.options.cc_value");
        userTimeout = f.id("tcp.options.user_to_val");
        md5 = f.id("tcp.options.md5");
        tfoRequest = f.id("tcp.options.tfo.request");
        tfoCookie = f.id("tcp.options.tfo.cookie");
    }

    /** Appends the options of the TCP layer, in the order they were dissected. */
    void append(Layer layer, StringBuilder info) {
        Packet p = layer.packet();
        for (int e = layer.nextField(layer.entry()); e >= 0; e = layer.nextField(e)) {
            int fid = p.field(e);
            if (fid == mss) {
                info.append(" MSS=").append(p.num(e));
            } else if (fid == windowScale) {
                info.append(" WS=").append(p.num(e));
            } else if (fid == sackPermitted) {
                info.append(" SACK_PERM");
            } else if (fid == tsval) {
                info.append(" TSval=").append(p.num(e));
            } else if (fid == tsecr) {
                info.append(" TSecr=").append(p.num(e));
            } else if (fid == sackLeft) {
                info.append(" SLE=").append(p.num(e));
            } else if (fid == sackRight) {
                info.append(" SRE=").append(p.num(e));
            } else if (fid == echo) {
                info.append(" ECHO=").append(p.num(e));
            } else if (fid == cc) {
                info.append(" CC=").append(p.num(e));
            } else if (fid == userTimeout) {
                info.append(" USER_TO=").append(p.num(e));
            } else if (fid == md5) {
                info.append(" MD5");
            } else if (fid == tfoRequest) {
                info.append(" TFO=R");
            } else if (fid == tfoCookie) {
                info.append(" TFO=C");
            }
        }
    }
}
