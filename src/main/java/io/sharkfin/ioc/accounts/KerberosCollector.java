package io.sharkfin.ioc.accounts;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.report.AccountsReport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Kerberos as the KDC's clients use it, from the messages' clear parts: AS exchanges are logons of
 * the client principal (AS-REQ, then AS-REP or KRB-ERROR), TGS exchanges ask for service tickets
 * (the requested principal in the request body, the ticket's principal and encryption type in the
 * TGS-REP, which also names the client). An AS-REQ without pre-authentication data answered by
 * an AS-REP is recorded: that reply can be cracked offline (AS-REP roasting). The KDC's
 * KDC_ERR_PREAUTH_REQUIRED is the normal first answer, not a failure.
 */
public final class KerberosCollector implements Collector {
    private static final int AS_REQ = 10;
    private static final int AS_REP = 11;
    private static final int TGS_REQ = 12;
    private static final int TGS_REP = 13;
    private static final int KRB_ERROR = 30;
    private static final int PREAUTH_REQUIRED = 25;
    /** PA-ENC-TIMESTAMP, PA-PK-AS-REQ (old and new), PA-ENCRYPTED-CHALLENGE: pre-authentication. */
    private static final Set<Long> PREAUTH = Set.of(2L, 14L, 16L, 138L);
    private static final int RC4_HMAC = 23;
    private static final int PENDING = 1 << 10;

    private final IocFields f;
    private final Logons logons;
    private final BoundedTable<String, Service> services = new BoundedTable<>("Kerberos services");
    /** The last AS-REQ of each client, principal and KDC without pre-authentication (a bounded set). */
    private final Set<String> unauthenticated = new LinkedHashSet<>();

    private static final class Service {
        final String name;
        final String kdc;
        final String filter;
        final DistinctValues accounts = new DistinctValues();
        final DistinctValues clients = new DistinctValues();
        final Set<Integer> ticketEtypes = new LinkedHashSet<>();
        final Map<String, Long> errors = new TreeMap<>();
        final Evidence evidence = new Evidence();
        long requests;
        long issued;
        long rc4Only;

        Service(String name, String kdc, String filter) {
            this.name = name;
            this.kdc = kdc;
            this.filter = filter;
        }
    }

    KerberosCollector(IocFields fields, Logons logons) {
        this.f = fields;
        this.logons = logons;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        long type = PacketValues.num(p, f.krbMsgType, -1);
        if (type < 0 || frame.src() == null) {
            return;
        }
        List<String> sname = components(p, f.krbSname, -1);
        boolean toKdc = type == AS_REQ || type == TGS_REQ;
        String kdc = toKdc ? frame.dst() : frame.src();
        String client = toKdc ? frame.src() : frame.dst();
        boolean tgt = !sname.isEmpty() && sname.getFirst().equals("krbtgt");
        if (type == AS_REQ || type == AS_REP || type == KRB_ERROR && tgt) {
            logon(frame, p, (int) type, kdc, client);
        } else if (type == TGS_REQ || type == TGS_REP || type == KRB_ERROR) {
            ticket(frame, p, (int) type, kdc, client);
        }
    }

    private void logon(FrameContext frame, Packet p, int type, String kdc, String client) {
        List<String> cname = components(p, f.krbCname, -1);
        if (cname.isEmpty()) {
            return;
        }
        String realm = PacketValues.firstText(p, type == AS_REQ ? f.krbRealm : f.krbCrealm);
        if (realm == null) {
            realm = PacketValues.firstText(p, f.krbRealm);
        }
        String account = String.join("/", cname) + "@" + realm;
        String filter = FilterText.and("kerberos.msg_type in {10, 11, 30}", names("kerberos.CNameString", cname),
                FilterText.eq("kerberos.SNameString", "krbtgt"), address(kdc));
        Logons.Entry e = logons.seen("kerberos", account, kdc, filter, frame, client);
        if (e == null) {
            return;
        }
        String key = client + '\0' + kdc + '\0' + account;
        switch (type) {
            case AS_REQ -> {
                e.attempts++;
                if (preauthenticated(p)) {
                    unauthenticated.remove(key);
                } else if (unauthenticated.size() < PENDING || unauthenticated.contains(key)) {
                    unauthenticated.add(key);
                }
            }
            case AS_REP -> {
                e.successes++;
                if (unauthenticated.remove(key)) {
                    e.withoutPreauth++;
                }
            }
            default -> {
                long code = PacketValues.num(p, f.krbErrorCode, -1);
                if (code != PREAUTH_REQUIRED) {
                    e.failed(errorName(code));
                }
            }
        }
    }

    private boolean preauthenticated(Packet p) {
        for (int e = PacketValues.first(p, f.krbPadataType); e >= 0; e = p.next(e)) {
            if (PREAUTH.contains(p.num(e))) {
                return true;
            }
        }
        return false;
    }

    private void ticket(FrameContext frame, Packet p, int type, String kdc, String client) {
        // the requested service is the request body's; a TGS-REP's is its ticket's
        int scope = type == TGS_REQ ? PacketValues.first(p, f.krbReqBody) : type == TGS_REP ? PacketValues.first(p, f.krbTicket) : -1;
        List<String> sname = components(p, f.krbSname, scope);
        if (sname.isEmpty()) {
            return;
        }
        String realm = scope >= 0 ? under(p, f.krbRealm, scope) : PacketValues.firstText(p, f.krbRealm);
        String name = String.join("/", sname) + (realm == null ? "" : "@" + realm);
        String filter = FilterText.and("kerberos.msg_type in {12, 13, 30}", names("kerberos.SNameString", sname), address(kdc));
        Service s = services.get(name + '\0' + kdc, k -> new Service(name, kdc, filter));
        if (s == null) {
            return;
        }
        s.evidence.add(frame.number(), frame.time());
        s.clients.add(client);
        switch (type) {
            case TGS_REQ -> {
                s.requests++;
                List<Integer> asked = numbers(p, f.krbRequestedEtype, scope);
                if (!asked.isEmpty() && asked.stream().allMatch(x -> x == RC4_HMAC)) {
                    s.rc4Only++;
                }
            }
            case TGS_REP -> {
                s.issued++;
                List<String> cname = components(p, f.krbCname, -1);
                String crealm = PacketValues.firstText(p, f.krbCrealm);
                if (!cname.isEmpty()) {
                    s.accounts.add(String.join("/", cname) + (crealm == null ? "" : "@" + crealm));
                }
                int etype = scope < 0 ? -1 : p.firstUnder(scope, f.krbEtype);
                if (etype >= 0) {
                    s.ticketEtypes.add((int) p.num(etype));
                }
            }
            default -> s.errors.merge(errorName(PacketValues.num(p, f.krbErrorCode, -1)), 1L, Long::sum);
        }
    }

    /** The values of a name's components (all occurrences, or those under entry {@code scope}). */
    private static List<String> components(Packet p, int field, int scope) {
        List<String> out = new ArrayList<>(2);
        for (int e = PacketValues.first(p, field); e >= 0; e = p.next(e)) {
            if (scope < 0 || p.isUnder(e, scope)) {
                out.add(PacketValues.text(p, e));
            }
        }
        return out;
    }

    private static List<Integer> numbers(Packet p, int field, int scope) {
        List<Integer> out = new ArrayList<>();
        for (int e = PacketValues.first(p, field); e >= 0; e = p.next(e)) {
            if (scope < 0 || p.isUnder(e, scope)) {
                out.add((int) p.num(e));
            }
        }
        return out;
    }

    private static String under(Packet p, int field, int scope) {
        int e = field < 0 ? -1 : p.firstUnder(scope, field);
        return e < 0 ? null : PacketValues.text(p, e);
    }

    /** An error code by its RFC 4120 name as Wireshark's Info column writes it (KDC_ERR_PREAUTH_FAILED). */
    private String errorName(long code) {
        String name = f.valueName(f.krbErrorCode, code);
        if (name == null) {
            return "error " + code;
        }
        String upper = name.toUpperCase(Locale.ROOT).replace('-', '_');
        return upper.startsWith("ERR_") ? "KDC_" + upper : upper;
    }

    private static String names(String field, List<String> components) {
        StringJoiner j = new StringJoiner(" && ");
        for (String c : new LinkedHashSet<>(components)) {
            j.add(FilterText.eq(field, c));
        }
        return j.toString();
    }

    static String address(String a) {
        return (FilterText.isIpv6(a) ? "ipv6.addr == " : "ip.addr == ") + a;
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        services.reportDrops(out);
    }

    List<AccountsReport.ServiceTicket> report(ReportContext ctx) {
        List<AccountsReport.ServiceTicket> out = new ArrayList<>();
        for (Service s : services.values()) {
            out.add(new AccountsReport.ServiceTicket(s.name, s.kdc, s.accounts.list(), s.clients.list(),
                    List.copyOf(s.ticketEtypes), s.requests, s.issued, s.rc4Only, Map.copyOf(s.errors),
                    ctx.evidence(s.evidence, s.filter)));
        }
        return out;
    }
}
