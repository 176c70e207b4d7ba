package io.sharkfin.ioc.accounts;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.StreamSlots;

import java.util.Map;

/**
 * NTLM authentications (NTLMSSP AUTHENTICATE messages) over SMB2 and HTTP, by account
 * (<code>DOMAIN&#92;user</code>, {@code (anonymous)} for a null session) and server, with the
 * workstation each came from. The result is the answer that follows on the same connection: the
 * SMB2 SESSION_SETUP response's status, or the HTTP response's code (401: refused).
 */
public final class NtlmCollector implements Collector {
    private static final int AUTHENTICATE = 3;
    private static final int SESSION_SETUP = 1;
    private static final long STATUS_SUCCESS = 0;
    private static final int STREAM_SLOTS = 1 << 12;
    /** The account of an anonymous (null session) authentication, whose user and domain are empty. */
    static final String ANONYMOUS = "(anonymous)";

    private final IocFields f;
    private final Logons logons;
    /** Each connection's last authentication, which the next answer on it settles. */
    private final StreamSlots<Logons.Entry> pending = new StreamSlots<>(STREAM_SLOTS);

    NtlmCollector(IocFields fields, Logons logons) {
        this.f = fields;
        this.logons = logons;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        long stream = PacketValues.num(p, f.tcpStream, -1);
        if (PacketValues.num(p, f.ntlmMessageType, -1) == AUTHENTICATE && frame.dst() != null) {
            authenticate(frame, p, stream);
            return;
        }
        if (PacketValues.first(p, f.smb2Cmd) < 0 && PacketValues.first(p, f.httpResponseCode) < 0) {
            return; // no answer to a pending logon
        }
        Logons.Entry e = pending.get(stream);
        if (e == null) {
            return;
        }
        if (PacketValues.num(p, f.smb2Cmd, -1) == SESSION_SETUP && PacketValues.num(p, f.smb2Response, 0) != 0) {
            long status = PacketValues.num(p, f.smb2Status, -1);
            if (status == STATUS_SUCCESS) {
                e.successes++;
            } else {
                e.failed(statusName(status));
            }
            pending.put(stream, null);
        } else if (PacketValues.first(p, f.httpResponseCode) >= 0) {
            long code = PacketValues.num(p, f.httpResponseCode, 0);
            if (code == 401 || code == 407) {
                e.failed("HTTP " + code);
            } else {
                e.successes++;
            }
            pending.put(stream, null);
        }
    }

    private void authenticate(FrameContext frame, Packet p, long stream) {
        String user = PacketValues.firstText(p, f.ntlmUser);
        String domain = PacketValues.firstText(p, f.ntlmDomain);
        if (user == null) {
            return;
        }
        // Wireshark writes an empty name as NULL
        boolean noDomain = domain == null || domain.isEmpty() || domain.equals("NULL");
        boolean anonymous = user.equals("NULL") && noDomain;
        String account = anonymous ? ANONYMOUS : noDomain ? user : domain + "\\" + user;
        String protocol = PacketValues.first(p, f.smb2Cmd) >= 0 ? "ntlm-smb2" : "ntlm-http";
        String server = frame.dst();
        String filter = FilterText.and("ntlmssp.messagetype == 3", FilterText.eq("ntlmssp.auth.username", user),
                domain == null ? null : FilterText.eq("ntlmssp.auth.domain", domain), FilterText.dst(server));
        Logons.Entry e = logons.seen(protocol, account, server, filter, frame, frame.src());
        if (e == null) {
            return;
        }
        e.attempts++;
        e.workstations.add(PacketValues.firstText(p, f.ntlmHost));
        pending.put(stream, e);
    }

    /** An NT status by its name (STATUS_LOGON_FAILURE), as Wireshark names it. */
    private String statusName(long status) {
        String name = f.valueName(f.smb2Status, status);
        return name != null ? name : String.format("0x%08x", status);
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        // the logons' table is reported once, by the analysis
    }
}
