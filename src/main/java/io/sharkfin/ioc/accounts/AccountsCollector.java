package io.sharkfin.ioc.accounts;

import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.report.AccountsReport;

import java.util.Map;

/** The accounts part of the analysis: Kerberos, NTLM and SMB2, sharing one table of logons. */
public final class AccountsCollector implements Collector {
    private final Logons logons = new Logons();
    private final KerberosCollector kerberos;
    private final NtlmCollector ntlm;
    private final SmbCollector smb;

    public AccountsCollector(IocFields fields) {
        kerberos = new KerberosCollector(fields, logons);
        ntlm = new NtlmCollector(fields, logons);
        smb = new SmbCollector(fields);
    }

    @Override
    public void accept(FrameContext frame) {
        kerberos.accept(frame);
        ntlm.accept(frame);
        smb.accept(frame);
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        logons.reportDrops(out);
        kerberos.reportDrops(out);
        smb.reportDrops(out);
    }

    /** Logons, service tickets, shares and files in the order they were first seen. */
    public AccountsReport report(ReportContext ctx) {
        return new AccountsReport(logons.report(ctx), kerberos.report(ctx), smb.shares(ctx), smb.files(ctx));
    }
}
