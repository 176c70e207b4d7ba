/**
 * Accounts and what they reached: Kerberos logons and service tickets
 * ({@link io.sharkfin.ioc.accounts.KerberosCollector}), NTLM authentications over SMB2 and HTTP
 * ({@link io.sharkfin.ioc.accounts.NtlmCollector}), SMB2 shares mounted and files opened
 * ({@link io.sharkfin.ioc.accounts.SmbCollector}), and the findings they support
 * ({@link io.sharkfin.ioc.accounts.AccountFindings}: Kerberoasting, AS-REP roasting, password
 * guessing, administrative shares, executables copied to a share).
 */
package io.sharkfin.ioc.accounts;
